// Closed-loop clients over one ServingEngineImpl: a finished request is replaced by the client's
// next.
#include "ml/ServingBenchmark.h"

#include "ml/FixtureCheckpoint.h"
#include "ml/HfCheckpoint.h"
#include "ml/LoraSettings.h"
#include "ml/Safetensors.h"
#include "ml/ServingEngineImpl.h"
#include "ml/ThreadLayout.h"

#include <QJsonDocument>
#include <chrono>
#include <map>

namespace fw::ml {

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

} // namespace

double percentileOf(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[size_t(p * double(values.size() - 1) + 0.5)];
}

Result<ModelFiles> randomServingBase(const ServeBenchConfig& b)
{
    auto files = fixtureFiles();
    if (!files)
        return files.error();
    ModelConfig c;
    c.dim = kServeBenchDim, c.nLayers = kServeBenchLayers, c.nHeads = 6, c.nKvHeads = 6,
    c.hiddenDim = 768,
    c.vocabSize = b.vocab;
    c.maxSeqLen = std::max(256, b.promptTokens + b.maxTokens);
    c.tieEmbeddings = true;
    if (Status s = c.validate(); !s)
        return s.error();
    torch::manual_seed(int64_t(b.seed));
    Transformer model(c);
    ModelFiles base;
    for (const QString& name :
         {QStringLiteral("tokenizer.json"), QStringLiteral("tokenizer_config.json")})
        base.insert(name, files->value(name));
    if (Status s = saveHfModel(model, base); !s)
        return s.error();
    return base;
}

ModelFiles randomServingAdapter(int index, int dim, int layers)
{
    LoraSettings s; // rank 8 on q, k, v, o
    TensorMap weights;
    torch::manual_seed(1000 + index);
    for (int l = 0; l < layers; ++l)
        for (const QString& target : s.targetModules) {
            const std::string prefix = "base_model.model.model.layers." + std::to_string(l) +
                                       ".self_attn." + target.toStdString();
            weights[prefix + ".lora_A.weight"] = torch::randn({s.rank, dim}) * 0.05;
            weights[prefix + ".lora_B.weight"] = torch::randn({dim, s.rank}) * 0.05;
        }
    ModelFiles files;
    files.insert(QStringLiteral("adapter_config.json"),
                 QJsonDocument(s.toPeftConfig(QStringLiteral("bench"))).toJson());
    files.insert(QStringLiteral("adapter_model.safetensors"), *safetensorsBytes(weights));
    return files;
}

Result<ServeBenchResult> benchmarkServing(const ServeBenchConfig& b)
{
    if (b.adapters < 0 || b.clients < 1 || b.requests < 1 || b.maxTokens < 1 || b.promptTokens < 1)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral(
                "adapters >= 0, clients, requests, max tokens and prompt tokens >= 1 needed"));
    if (b.threads > 0)
        applyThreadLayout(Workload::Serving, b.threads);
    auto base = randomServingBase(b);
    if (!base)
        return base.error();
    auto engine = ServingEngineImpl::load(*base, false);
    if (!engine)
        return engine.error();
    if (b.int8)
        if (Status s = (*engine)->setInt8Weights(true); !s)
            return s.error();
    ServeBenchResult r;
    std::vector<double> loadMs, ttftMs;
    for (int i = 0; i < b.adapters; ++i) {
        const ModelFiles files =
            randomServingAdapter(i, (*engine)->config().dim, (*engine)->config().nLayers);
        const auto started = Clock::now();
        if (Status s = (*engine)->addAdapter(QStringLiteral("a%1").arg(i), files); !s)
            return s.error();
        loadMs.push_back(msBetween(started, Clock::now()));
    }
    struct Pending
    {
        int client;
        Clock::time_point started;
    };
    std::map<SequenceId, Pending> pending;
    std::vector<int> left(size_t(b.clients), b.requests);
    torch::manual_seed(int64_t(b.seed) + 1);
    const auto submit = [&](int client) -> Status {
        --left[size_t(client)];
        SequenceRequest request;
        const torch::Tensor prompt = torch::randint(0, b.vocab, {b.promptTokens}, torch::kLong);
        for (int64_t t = 0; t < b.promptTokens; ++t)
            request.promptIds.push_back(int(prompt[t].item<int64_t>()));
        request.adapter =
            b.adapters > 0 ? QStringLiteral("a%1").arg(client % b.adapters) : QString();
        request.options.maxNewTokens = b.maxTokens;
        const auto started = Clock::now();
        auto id = (*engine)->start(request);
        if (!id)
            return id.error();
        pending[*id] = {client, started};
        return Status::success();
    };
    const auto begin = Clock::now();
    for (int c = 0; c < b.clients; ++c)
        if (Status s = submit(c); !s)
            return s.error();
    while ((*engine)->running() > 0) {
        std::vector<SequenceEvent> events = (*engine)->step();
        const auto now = Clock::now();
        for (const SequenceEvent& e : events) {
            Pending& p = pending[e.id];
            if (e.firstToken) // reported at a request's first token, text or not
                ttftMs.push_back(msBetween(p.started, now));
            if (!e.finished)
                continue;
            if (e.result.error)
                return *e.result.error;
            r.tokens += int64_t(e.result.tokenIds.size());
            r.promptTokens += b.promptTokens;
            ++r.requests;
            const int client = p.client;
            pending.erase(e.id);
            if (left[size_t(client)] > 0)
                if (Status s = submit(client); !s)
                    return s.error();
        }
    }
    r.tokensPerSecond = double(r.tokens) / (msBetween(begin, Clock::now()) / 1000.0);
    r.ttftMsP50 = percentileOf(ttftMs, 0.5);
    r.ttftMsP99 = percentileOf(ttftMs, 0.99);
    r.adapterLoadMsP50 = percentileOf(loadMs, 0.5);
    return r;
}

} // namespace fw::ml
