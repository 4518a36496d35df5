// Datanet versions -> SFT examples -> projected gradients per checkpoint, with each record's
// hash and author (the same walk as the span index's).
#include "attribution/GradientBuilder.h"

#include "attribution/IndexBuilder.h"
#include "attribution/ModelText.h"
#include "models/AdapterCheckpoints.h"
#include "models/ModelStore.h"

namespace fw::attribution {

Result<std::vector<ml::AdapterCheckpoint>> gradientCheckpoints(store::Workspace& workspace,
                                                               const models::ModelEntry& entry)
{
    if (entry.kind != models::ModelKind::Adapter)
        return makeError(ErrorCode::Unsupported,
                         GradientLineage::tr("Gradient attribution covers LoRA adapters; use spans "
                                             "(\"%1\" is a whole model).")
                             .arg(entry.name));
    Result<std::vector<ml::AdapterCheckpoint>> kept =
        models::AdapterCheckpoints(workspace).load(entry.id);
    if (!kept || !kept->empty())
        return kept;
    Result<ModelFiles> files = models::ModelStore(workspace).files(entry.id);
    if (!files)
        return files.error();
    const QJsonObject config = entry.lineage.value(QStringLiteral("config")).toObject();
    const double lr = config.value(QStringLiteral("learning_rate")).toDouble(1.0);
    return std::vector<ml::AdapterCheckpoint>{{0, lr, *files}};
}

GradientLineage expectedGradientLineage(const IndexLineage& text,
                                        const std::vector<ml::AdapterCheckpoint>& checkpoints,
                                        const ml::SketchSettings& settings)
{
    GradientLineage l;
    l.text = text;
    l.seed = settings.seed;
    l.dim = settings.dim;
    for (const ml::AdapterCheckpoint& c : checkpoints)
        l.checkpoints.append({c.step, c.learningRate, hashModelFiles(c.adapter)});
    return l;
}

Result<GradientIndex> buildGradientIndex(store::Workspace& workspace,
                                         const GradientLineage& lineage,
                                         ml::GradientSketcher& sketcher,
                                         const BuildProgress& progress)
{
    GradientIndex index;
    index.lineage = lineage;
    Status read = forEachLineageRecord(
        workspace, index.lineage.text.sources,
        [&](int source, const QByteArray& hash, const QString& contributor,
            const std::vector<ml::SftExample>& examples) -> Status {
            if (Status s = progress.check(); !s)
                return s;
            Result<std::vector<float>> g = sketcher.sketch(examples);
            if (!g)
                return g.error();
            index.gradients.insert(index.gradients.end(), g->begin(), g->end());
            index.records.push_back({source, hash, contributor});
            progress.report(qint64(index.records.size()));
            return {};
        });
    if (!read)
        return read.error();
    return index;
}

} // namespace fw::attribution
