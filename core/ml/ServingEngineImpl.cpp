// Continuous batching: sequences join after their own prefill, decode together, leave when done.
#include "ml/ServingEngineImpl.h"

#include "ml/AdapterRows.h"
#include "ml/BatchedDecoder.h"
#include "ml/FastDecoder.h"
#include "ml/GenerationLimits.h"
#include "ml/Generator.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/SequenceProgress.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QCoreApplication>
#include <map>
#include <optional>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml::ServingEngineImpl", text);
}

} // namespace

struct ServingEngineImpl::Sequence
{
    SequenceId id = 0;
    QString adapterName;
    std::shared_ptr<const ServingAdapter> adapter; // null on the base
    std::optional<FastLora> fastLora;              // the adapter for FastDecoder, when it can read it
    GenerationOptions options;
    SequenceProgress progress;
    KvCache cache;
    torch::Tensor logits; // (V): the next token's, from the prefill or the last step
    at::Generator rng;    // its own, so a seed reproduces whatever else runs beside it
    bool cancelled = false;
};

struct ServingEngineImpl::State
{
    BatchedDecoder decoder;
    std::map<QString, std::shared_ptr<const ServingAdapter>> adapters;
    std::vector<std::unique_ptr<Sequence>> rows; // in the order of rowAdapters' rows
    AdapterRows rowAdapters;
    SequenceId nextId = 1;
    WeightPrecision precision = WeightPrecision::F32;
    std::unique_ptr<FastDecoder> fastDecoder; // over the current fast copy of the weights
};

ServingEngineImpl::ServingEngineImpl(LanguageModel model) : m_model(std::move(model))
{
    Transformer base = m_model.internals().model; // shares the module
    d = std::make_unique<State>(State{BatchedDecoder(base),
                                      {},
                                      {},
                                      AdapterRows(int(projectionNames(base->config()).size()),
                                                  base->embed_tokens->weight.options()),
                                      1,
                                      WeightPrecision::F32,
                                      nullptr});
    base->eval();
    for (auto& p : base->parameters())
        p.set_requires_grad(false);
    // The batch-1 path's copy of the weights is made now, with the model's load, not while the
    // first lone request waits (tens of milliseconds and page faults for a small model).
    fastDecoderFor(1, true);
}

ServingEngineImpl::~ServingEngineImpl() = default;

Result<std::unique_ptr<ServingEngineImpl>> ServingEngineImpl::load(const ModelFiles& base,
                                                                   bool allowCuda)
{
    auto model = LanguageModel::load(base, allowCuda);
    if (!model)
        return model.error();
    return std::unique_ptr<ServingEngineImpl>(new ServingEngineImpl(std::move(*model)));
}

Result<std::vector<int>> ServingEngineImpl::tokenize(const QString& text) const
{
    return m_model.tokenize(text);
}

Result<std::vector<int>>
ServingEngineImpl::chatPromptIds(const std::vector<ChatMessage>& conversation) const
{
    return m_model.chatPromptIds(conversation);
}

Status ServingEngineImpl::addAdapter(const QString& name, const ModelFiles& files)
{
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("An adapter needs a name"));
    if (d->adapters.count(name))
        return makeError(ErrorCode::AlreadyExists,
                         tr("An adapter named \"%1\" is already loaded").arg(name));
    torch::NoGradGuard noGrad;
    auto adapter = makeServingAdapter(files, *m_model.internals().model);
    if (!adapter)
        return makeError(adapter.error().code,
                         tr("Adapter \"%1\": %2").arg(name, adapter.error().message));
    d->adapters.emplace(name, *adapter);
    return Status::success();
}

bool ServingEngineImpl::removeAdapter(const QString& name)
{
    if (adapterInUse(name))
        return false;
    return d->adapters.erase(name) > 0;
}

QStringList ServingEngineImpl::adapters() const
{
    QStringList names;
    for (const auto& entry : d->adapters)
        names << entry.first;
    return names;
}

bool ServingEngineImpl::adapterInUse(const QString& name) const
{
    return std::any_of(d->rows.begin(), d->rows.end(),
                       [&](const auto& s) { return s->adapterName == name; });
}

Result<SequenceId> ServingEngineImpl::start(const SequenceRequest& request)
{
    std::shared_ptr<const ServingAdapter> adapter;
    if (!request.adapter.isEmpty()) {
        const auto found = d->adapters.find(request.adapter);
        if (found == d->adapters.end())
            return makeError(ErrorCode::NotFound,
                             tr("No adapter named \"%1\" is loaded").arg(request.adapter));
        adapter = found->second;
    }
    if (request.promptIds.empty())
        return makeError(ErrorCode::InvalidArgument, tr("The prompt is empty"));
    if (const std::optional<Error> refused =
            generationLimitError({request.promptIds}, request.options, config()))
        return *refused;
    if (d->rows.size() >= kMaxBatch)
        return makeError(
            ErrorCode::Busy,
            tr("%1 sequences are running already, the most one engine decodes together")
                .arg(kMaxBatch));
    torch::NoGradGuard noGrad;
    const Transformer& base = d->decoder.base();
    const int64_t promptLength = int64_t(request.promptIds.size());
    // Generation ends (FinishReason::Length) when the context is full, whatever the token budget.
    const int64_t capacity =
        std::min<int64_t>(promptLength + request.options.maxNewTokens, config().maxSeqLen);
    auto s = std::make_unique<Sequence>(
        Sequence{d->nextId,
                 request.adapter,
                 adapter,
                 adapter ? fastLoraOf(*adapter) : std::nullopt,
                 request.options,
                 SequenceProgress(request.promptIds, request.options, m_model.tokenizer()),
                 base->makeCache(1, capacity),
                 {},
                 at::detail::createCPUGenerator(request.options.seed)});
    const torch::Tensor tokens =
        torch::tensor(std::vector<int64_t>(request.promptIds.begin(), request.promptIds.end()),
                      torch::kLong)
            .view({1, promptLength})
            .to(base->device());
    const std::optional<SingleAdapterDeltas> deltas =
        adapter ? std::optional<SingleAdapterDeltas>(*adapter) : std::nullopt;
    if (FastDecoder* fast = fastDecoderFor(d->rows.size() + 1, !adapter || s->fastLora);
        fast && d->precision == WeightPrecision::Int8)
        decodeRowFast(*fast, *s, request.promptIds); // the same weights as its decode steps
    else
        s->logits = d->decoder.forward(tokens, {&s->cache}, deltas ? &*deltas : nullptr)
                        .select(0, 0)
                        .cpu();
    d->rows.push_back(std::move(s));
    d->rowAdapters.push(adapter);
    return d->nextId++;
}

int ServingEngineImpl::running() const
{
    return int(d->rows.size());
}

void ServingEngineImpl::cancel(SequenceId id)
{
    for (auto& s : d->rows)
        if (s->id == id)
            s->cancelled = true;
}

bool ServingEngineImpl::advance(Sequence& s, SequenceEvent& event)
{
    event.id = s.id;
    SequenceProgress& p = s.progress;
    if (s.cancelled)
        p.cancel();
    else if (p.generated() < s.options.maxNewTokens) {
        event.delta = p.accept(int(Generator::sample(s.logits, p.context(), s.options, s.rng)));
        event.firstToken = p.generated() == 1;
    }
    const bool full = p.generated() >= s.options.maxNewTokens || s.cache.length >= s.cache.capacity;
    if (!p.done() && !full)
        return true;
    event.delta += p.flush();
    event.finished = true;
    event.result = p.takeResult();
    return false;
}

void ServingEngineImpl::removeRow(size_t row)
{
    d->rowAdapters.removeSwap(int(row));
    if (row + 1 != d->rows.size())
        d->rows[row] = std::move(d->rows.back());
    d->rows.pop_back();
}

std::vector<SequenceEvent> ServingEngineImpl::step()
{
    torch::NoGradGuard noGrad;
    std::vector<SequenceEvent> events;
    std::vector<int64_t> next; // row i's token, in row order
    for (size_t row = 0; row < d->rows.size();) {
        SequenceEvent event;
        const bool goesOn = advance(*d->rows[row], event);
        if (goesOn)
            next.push_back(d->rows[row]->progress.context().back());
        if (!event.delta.isEmpty() || event.finished || event.firstToken)
            events.push_back(std::move(event));
        if (goesOn)
            ++row;
        else
            removeRow(row); // the last row moves here and is looked at next
    }
    if (next.empty())
        return events;
    const bool adaptersReadable = std::all_of(
        d->rows.begin(), d->rows.end(), [](const auto& s) { return !s->adapter || s->fastLora; });
    if (FastDecoder* fast = fastDecoderFor(d->rows.size(), adaptersReadable)) {
        for (size_t row = 0; row < d->rows.size(); ++row)
            decodeRowFast(*fast, *d->rows[row], {int(next[row])});
        return events;
    }
    std::vector<KvCache*> caches;
    for (auto& s : d->rows)
        caches.push_back(&s->cache);
    const torch::Tensor tokens = torch::tensor(next, torch::kLong)
                                     .view({int64_t(next.size()), 1})
                                     .to(d->decoder.base()->device());
    const torch::Tensor logits =
        d->decoder.forward(tokens, caches, &d->rowAdapters).cpu(); // (N, V)
    for (size_t row = 0; row < d->rows.size(); ++row)
        d->rows[row]->logits = logits[int64_t(row)];
    return events;
}

Status ServingEngineImpl::setInt8Weights(bool on)
{
    if (on && !FastWeights::supports(*d->decoder.base()))
        return makeError(ErrorCode::Unsupported,
                         tr("Int8 weights need an F32 model on the CPU"));
    d->precision = on ? WeightPrecision::Int8 : WeightPrecision::F32;
    d->fastDecoder.reset();
    fastDecoderFor(1, true); // the copy in the new precision, now rather than at a request
    return Status::success();
}

FastDecoder* ServingEngineImpl::fastDecoderFor(size_t rows, bool adaptersReadable)
{
    // Batched GEMMs beat one matrix-vector pass per row once two rows share the F32 weights. With
    // int8 weights every row is decoded alone, its adapter's update (F32) included.
    const bool f32 = d->precision == WeightPrecision::F32;
    if ((f32 && rows > 1) || !adaptersReadable || !FastWeights::supports(*d->decoder.base()))
        return nullptr;
    std::shared_ptr<const FastWeights> weights =
        m_model.internals().fastWeights->get(*d->decoder.base(), d->precision);
    if (!d->fastDecoder || &d->fastDecoder->weights() != weights.get())
        d->fastDecoder = std::make_unique<FastDecoder>(std::move(weights));
    return d->fastDecoder.get();
}

void ServingEngineImpl::decodeRowFast(FastDecoder& decoder, Sequence& s,
                                      const std::vector<int>& tokens)
{
    const FastKvView view = FastKvView::of(s.cache);
    const float* logits = nullptr;
    for (size_t i = 0; i < tokens.size(); ++i)
        logits = decoder.step(tokens[i], s.cache.length++, view, i + 1 == tokens.size(),
                              s.fastLora ? &*s.fastLora : nullptr);
    s.logits = torch::from_blob(const_cast<float*>(logits), {decoder.weights().vocab},
                                torch::kFloat32)
                   .clone();
}

std::vector<SequenceEvent> ServingEngineImpl::failAll(const Error& error)
{
    std::vector<SequenceEvent> events;
    while (!d->rows.empty()) {
        SequenceEvent event;
        event.id = d->rows.back()->id;
        event.finished = true;
        event.result = GenerationResult::failed(error);
        events.push_back(std::move(event));
        removeRow(d->rows.size() - 1);
    }
    return events;
}

} // namespace fw::ml
