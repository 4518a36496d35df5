// The attribution facade: registry entry -> current span index or gradient store (loaded, built
// or rebuilt) -> lines.
#include "attribution/AttributionService.h"

#include "attribution/GradientBuilder.h"
#include "attribution/GradientStore.h"
#include "attribution/IndexBuilder.h"
#include "attribution/IndexStore.h"
#include "ml/SftDataset.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "models/ModelStore.h"

namespace fw::attribution {

std::optional<AttributionMethod> parseMethod(const QString& name)
{
    if (name == QLatin1String("spans"))
        return AttributionMethod::Spans;
    if (name == QLatin1String("gradient"))
        return AttributionMethod::Gradient;
    if (name == QLatin1String("both"))
        return AttributionMethod::Both;
    return std::nullopt;
}

QString methodName(AttributionMethod method)
{
    switch (method) {
    case AttributionMethod::Spans:
        return QStringLiteral("spans");
    case AttributionMethod::Gradient:
        return QStringLiteral("gradient");
    case AttributionMethod::Both:
        break;
    }
    return QStringLiteral("both");
}

Result<std::shared_ptr<const AttributionService::Loaded>>
AttributionService::loaded(const models::ModelEntry& entry, bool* built, const BuildProgress& progress)
{
    Result<QList<IndexSource>> sources = lineageSources(models::ModelStore(m_workspace), entry);
    if (!sources)
        return sources.error();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_loaded.find(entry.id);
        // A registered model's tokenizer files never change; its lineage can.
        if (it != m_loaded.end() && it->second->modelCreatedAt == entry.createdAt &&
            it->second->index.lineage.sources == *sources)
            return it->second;
    }
    Result<ModelText> text = loadModelText(models::ModelStore(m_workspace), entry);
    if (!text)
        return text.error();
    const IndexLineage expected = expectedLineage(entry, *sources, *text);
    IndexStore store(m_workspace);
    Result<std::optional<AttributionIndex>> stored = store.load(entry.id);
    if (!stored)
        return stored.error();
    auto fresh = std::make_shared<Loaded>();
    fresh->modelCreatedAt = entry.createdAt;
    fresh->text = *text;
    if (*stored && (*stored)->lineage.matches(expected)) {
        fresh->index = std::move(**stored);
    } else {
        // Missing, or built from other versions or another tokenizer: answers would credit the
        // wrong records, so build it again.
        Result<AttributionIndex> index = buildIndex(m_workspace, expected, *text, progress);
        if (!index)
            return index.error();
        if (Status s = store.save(entry.id, *index); !s)
            return s.error();
        fresh->index = std::move(*index);
        if (built)
            *built = true;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_loaded[entry.id] = fresh;
    return std::shared_ptr<const Loaded>(fresh);
}

Result<bool> AttributionService::ensureIndex(const QString& model, const BuildProgress& progress)
{
    Result<models::ModelEntry> entry = models::ModelStore(m_workspace).model(model);
    if (!entry)
        return entry.error();
    bool built = false;
    Result<std::shared_ptr<const Loaded>> l = loaded(*entry, &built, progress);
    if (!l)
        return l.error();
    return built;
}

Result<AttributionIndex> AttributionService::exportIndex(const QString& model)
{
    Result<models::ModelEntry> entry = models::ModelStore(m_workspace).model(model);
    if (!entry)
        return entry.error();
    Result<std::shared_ptr<const Loaded>> l = loaded(*entry, nullptr, {});
    if (!l)
        return l.error();
    return (*l)->index;
}

Result<Attribution> AttributionService::attribute(const QString& model, const QString& prompt,
                                                  const QString& response,
                                                  const AttributionOptions& options)
{
    Result<models::ModelEntry> entry = models::ModelStore(m_workspace).model(model);
    if (!entry)
        return entry.error();
    const bool spans = options.method != AttributionMethod::Gradient;
    const bool gradient = options.method != AttributionMethod::Spans;
    if (gradient && entry->kind != models::ModelKind::Adapter)
        return makeError(ErrorCode::Unsupported,
                         tr("Gradient attribution covers LoRA adapters; use spans (\"%1\" is a "
                            "whole model).")
                             .arg(entry->name));
    Attribution out;
    out.model = entry->name;
    if (spans) {
        Result<Attribution> a = spanAttribution(*entry, prompt, response, options);
        if (!a)
            return a.error();
        out = std::move(*a);
    }
    if (gradient) {
        Result<QList<AttributionLine>> lines = gradientLines(*entry, prompt, response, options);
        if (!lines)
            return lines.error();
        out.lines.append(*lines);
    }
    return out;
}

Result<Attribution> AttributionService::spanAttribution(const models::ModelEntry& entry,
                                                        const QString& prompt,
                                                        const QString& response,
                                                        const AttributionOptions& options)
{
    if (options.spans.minSpan < 1 || options.spans.maxCount < 1 || options.spans.maxSpans < 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The minimum span and the maximum count must be at least 1, the span "
                            "limit at least 0."));
    Result<std::shared_ptr<const Loaded>> l = loaded(entry, nullptr, {});
    if (!l)
        return l.error();
    // The answer as the trainer would have seen it: same template, same tokenizer, reply only.
    const auto [ids, isResponse] = ml::SftDataset::encodeExample(
        {prompt, response, options.system}, *(*l)->text.tokenizer, (*l)->text.chat);
    std::vector<int32_t> responseIds;
    for (size_t i = 0; i < ids.size(); ++i)
        if (isResponse[i])
            responseIds.push_back(ids[i]);
    return linesFor(**l, entry, responseIds, options.spans);
}

Result<std::shared_ptr<const AttributionService::GradientLoaded>>
AttributionService::gradientLoaded(const models::ModelEntry& entry, bool* built,
                                   const BuildProgress& progress)
{
    Result<std::vector<ml::AdapterCheckpoint>> checkpoints = gradientCheckpoints(m_workspace, entry);
    if (!checkpoints)
        return checkpoints.error();
    Result<QList<IndexSource>> sources = lineageSources(models::ModelStore(m_workspace), entry);
    if (!sources)
        return sources.error();
    Result<ModelText> text = loadModelText(models::ModelStore(m_workspace), entry);
    if (!text)
        return text.error();
    const GradientLineage expected = expectedGradientLineage(
        expectedLineage(entry, *sources, *text), *checkpoints, ml::SketchSettings{});
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_gradients.find(entry.id);
        if (it != m_gradients.end() && it->second->modelCreatedAt == entry.createdAt &&
            it->second->index.lineage.matches(expected))
            return it->second;
    }
    Result<ml::MlRuntime*> engine = ml::loadMlRuntime();
    if (!engine)
        return engine.error();
    Result<ModelFiles> base = models::ModelStore(m_workspace).files(entry.baseModelId);
    if (!base)
        return base.error();
    Result<std::unique_ptr<ml::GradientSketcher>> sketcher =
        (*engine)->gradientSketcher(*base, *checkpoints, ml::SketchSettings{});
    if (!sketcher)
        return sketcher.error();
    auto fresh = std::make_shared<GradientLoaded>();
    fresh->modelCreatedAt = entry.createdAt;
    fresh->sketcher = std::move(*sketcher);
    fresh->sketching = std::make_unique<std::mutex>();
    GradientStore store(m_workspace);
    Result<std::optional<GradientIndex>> stored = store.load(entry.id);
    if (!stored)
        return stored.error();
    if (*stored && (*stored)->lineage.matches(expected)) {
        fresh->index = std::move(**stored);
    } else {
        // Missing, or from other versions, checkpoints or projection: rebuild, or answers would
        // be compared with gradients of another run.
        Result<GradientIndex> index =
            buildGradientIndex(m_workspace, expected, *fresh->sketcher, progress);
        if (!index)
            return index.error();
        if (Status s = store.save(entry.id, *index); !s)
            return s.error();
        fresh->index = std::move(*index);
        if (built)
            *built = true;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_gradients[entry.id] = fresh;
    return std::shared_ptr<const GradientLoaded>(fresh);
}

Result<bool> AttributionService::ensureGradients(const QString& model, const BuildProgress& progress)
{
    Result<models::ModelEntry> entry = models::ModelStore(m_workspace).model(model);
    if (!entry)
        return entry.error();
    bool built = false;
    Result<std::shared_ptr<const GradientLoaded>> l = gradientLoaded(*entry, &built, progress);
    if (!l)
        return l.error();
    return built;
}

Result<QList<AttributionLine>> AttributionService::gradientLines(const models::ModelEntry& entry,
                                                                 const QString& prompt,
                                                                 const QString& response,
                                                                 const AttributionOptions& options)
{
    if (options.gradient.maxLines < 1 || options.gradient.maxNegative < 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Gradient attribution lists at least 1 line and at least 0 negative "
                            "ones."));
    Result<std::shared_ptr<const GradientLoaded>> l = gradientLoaded(entry, nullptr, {});
    if (!l)
        return l.error();
    const GradientLoaded& g = **l;
    Result<std::vector<float>> answer = [&] {
        std::lock_guard<std::mutex> lock(*g.sketching);
        return g.sketcher->sketch({{prompt, response, options.system}});
    }();
    if (!answer)
        return answer.error();
    QList<AttributionLine> lines;
    for (const GradientScore& s :
         rankGradientScores(tracinScores(g.index, *answer), options.gradient.maxLines,
                            options.gradient.maxNegative)) {
        const IndexedRecord& record = g.index.records[size_t(s.record)];
        const IndexSource& source = g.index.lineage.text.sources[record.source];
        lines.append({QString::fromLatin1(record.hash.toHex()), source.datanetUid,
                      source.datanetName, source.version, record.contributor, s.score, s.share,
                      QStringLiteral("gradient"), {}});
    }
    return lines;
}

Attribution AttributionService::linesFor(const Loaded& l, const models::ModelEntry& entry,
                                         const std::vector<int32_t>& response,
                                         const SpanOptions& options) const
{
    Attribution out;
    out.model = entry.name;
    out.responseTokens = int(response.size());
    for (const RecordScore& score : attributeSpans(l.index.spans, response, options)) {
        const IndexedRecord& record = l.index.records[size_t(score.record)];
        const IndexSource& source = l.index.lineage.sources[record.source];
        AttributionLine line{QString::fromLatin1(record.hash.toHex()),
                             source.datanetUid,
                             source.datanetName,
                             source.version,
                             record.contributor,
                             score.score,
                             score.share,
                             QStringLiteral("spans"),
                             {}};
        for (const RecordSpan& s : score.spans) {
            const std::vector<int> piece(response.begin() + s.answerBegin,
                                         response.begin() + s.answerEnd);
            line.spans.append({s.answerBegin, s.answerEnd, s.recordBegin, s.recordEnd,
                               l.text.tokenizer->decode(piece)});
        }
        out.lines.append(std::move(line));
    }
    return out;
}

} // namespace fw::attribution
