// Benchmarks over the real Transformer and AdamW: the training step llama2.c's train.py runs.
#include "ml/Benchmark.h"

#include "ml/DataParallelGroup.h"
#include "ml/DecodeFloor.h"
#include "ml/DecodeKernels.h"
#include "ml/FastDecoder.h"
#include "ml/FlatAdamW.h"
#include "ml/FusedCrossEntropy.h"
#include "ml/GradientBuckets.h"
#include "ml/MixedPrecision.h"
#include "ml/ThreadLayout.h"
#include "ml/Transformer.h"

#include <chrono>

namespace fw::ml {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

Result<ModelConfig> modelConfig(const BenchConfig& b)
{
    ModelConfig c;
    c.dim = b.dim, c.nLayers = b.layers, c.nHeads = b.heads, c.nKvHeads = b.kvHeads;
    c.vocabSize = b.vocab, c.hiddenDim = b.hiddenDim, c.maxSeqLen = std::max(b.seq, 64);
    c.tieEmbeddings = true; // as llama2.c's models of this size
    if (Status s = c.validate(); !s)
        return s.error();
    if (b.seq < 2 || b.batch < 1 || b.steps < 1 || b.warmupSteps < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("seq >= 2, batch >= 1, steps >= 1 needed"));
    return c;
}

} // namespace

Result<TrainBenchResult> benchmarkTraining(const BenchConfig& b)
{
    auto config = modelConfig(b);
    if (!config)
        return config.error();
    // The product's split of the cores for this precision (ThreadLayout.h), so the bench times it.
    if (b.threads > 0)
        applyThreadLayout(resolvePrecision(b.precision, torch::Device(torch::kCPU)) == Precision::Bf16
                              ? Workload::TorchPool
                              : Workload::Fp32Cpu,
                          b.threads);
    torch::manual_seed(int64_t(b.seed));
    Transformer model(*config);
    model->train();
    const std::vector<torch::Tensor> params = model->parameters();
    // llama2.c train.py's AdamW: weight decay 0.1 on every matrix, none on the norms.
    FlatAdamW optimizer(params, FlatAdamWOptions{5e-4, 0.9, 0.95, 1e-8, 0.1});
    const auto tokens = torch::randint(0, b.vocab, {b.batch, b.seq + 1}, torch::kLong);
    // A data-parallel rank takes its rows of the same batch; the loss stays the mean over all.
    std::unique_ptr<DataParallelGroup> group;
    int64_t firstRow = 0, rows = b.batch;
    if (b.distributed.enabled()) {
        if (b.batch % b.distributed.worldSize != 0)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the batch must divide by the world size"));
        auto joined = DataParallelGroup::join(b.distributed);
        if (!joined)
            return joined.error();
        group = std::move(*joined);
        rows = b.batch / b.distributed.worldSize;
        firstRow = rows * b.distributed.rank;
    }
    std::unique_ptr<GradientBuckets> buckets;
    if (group && b.distributed.overlapsExchange())
        buckets = std::make_unique<GradientBuckets>(*group, params);
    const auto mine = tokens.narrow(0, firstRow, rows);
    const auto inputs = mine.narrow(1, 0, b.seq), targets = mine.narrow(1, 1, b.seq).reshape({-1});
    const double lossTokens = double(b.batch) * b.seq;
    TrainBenchResult r;
    double exchangeMs = 0.0;
    Status exchanged; // the first failed all-reduce (a rank gone), reported after the loop
    // The step of llama2.c's train.py: forward, loss, backward, clip to norm 1, AdamW, gradients
    // cleared (there dropped, set_to_none; here zeroed in one pass, as backward adds into them).
    const Precision precision = resolvePrecision(b.precision, torch::Device(torch::kCPU));
    auto step = [&] {
        torch::Tensor loss;
        {
            MatmulPrecisionScope scope(precision);
            const auto logits = model->forward(inputs);
            loss = crossEntropySum(logits.view({-1, b.vocab}), targets) / lossTokens;
        }
        if (buckets && exchanged)
            buckets->arm();
        loss.backward();
        if (group && exchanged) { // the time spent waiting for the sums once backward is done
            const auto start = Clock::now();
            if (Status s = buckets ? buckets->finish() : group->allReduceSum(optimizer.gradients()); !s)
                exchanged = s;
            exchangeMs += secondsSince(start) * 1000.0;
        }
        optimizer.clipGradNorm(1.0);
        optimizer.step(5e-4);
        optimizer.zeroGrad();
        return loss;
    };
    for (int i = 0; i < b.warmupSteps; ++i)
        step();
    exchangeMs = 0.0;
    const auto start = Clock::now();
    torch::Tensor loss;
    for (int i = 0; i < b.steps; ++i)
        loss = step();
    r.finalLoss = loss.item<double>();
    const double seconds = secondsSince(start);
    r.exchangeMsPerStep = exchangeMs / b.steps;
    if (buckets) {
        r.buckets = buckets->bucketCount();
        r.bucketsSentDuringBackward = buckets->sentDuringBackward();
    }
    if (!exchanged)
        return exchanged.error();
    if (b.profileSteps > 0) {
        OpProfiler profiler;
        for (int i = 0; i < b.profileSteps; ++i)
            step();
        r.profile = profiler.take();
    }
    for (const auto& p : params)
        r.parameters += p.numel();
    const double tokensPerStep = double(b.batch) * b.seq;
    // PaLM appendix B: 6 N per token for the matmuls with weights, 12 L d T for attention scores.
    r.flopsPerStep = tokensPerStep * (6.0 * double(r.parameters) + 12.0 * b.layers * b.dim * double(b.seq));
    r.msPerStep = seconds * 1000.0 / b.steps;
    r.tokensPerSecond = tokensPerStep * b.steps / seconds;
    r.achievedGflops = r.flopsPerStep * b.steps / seconds / 1e9;
    return r;
}

Result<DecodeBenchResult> benchmarkDecode(const BenchConfig& b, int batch, int newTokens)
{
    auto config = modelConfig(b);
    if (!config)
        return config.error();
    if (batch < 1 || newTokens < 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("batch and tokens must be positive"));
    if (b.threads > 0)
        applyThreadLayout(Workload::Fp32Cpu, b.threads);
    torch::manual_seed(int64_t(b.seed));
    Transformer model(*config);
    model->eval();
    torch::NoGradGuard noGrad;
    const int prompt = 16;
    KvCache cache = model->makeCache(batch, prompt + newTokens);
    auto logits = model->forward(torch::randint(0, b.vocab, {batch, prompt}, torch::kLong), &cache);
    const auto start = Clock::now();
    for (int i = 0; i < newTokens; ++i) {
        const auto next = logits.select(1, -1).argmax(-1).unsqueeze(1); // greedy, (B, 1)
        logits = model->forward(next, &cache);
    }
    (void)logits.sum().item<float>();
    const double seconds = secondsSince(start);
    DecodeBenchResult r;
    r.tokensPerSecond = double(batch) * newTokens / seconds;
    r.msPerToken = seconds * 1000.0 / newTokens;
    return r;
}

namespace {

// Greedy decode of `newTokens` after `prompt` with `step(token, position) -> logits`; the tokens
// and the best tokens/s of `repeats` runs.
template <typename Step>
std::pair<std::vector<int>, double> timeDecode(const std::vector<int>& prompt, int newTokens, int64_t vocab,
                                               int repeats, Step step)
{
    std::vector<int> tokens;
    double best = 0.0;
    for (int r = 0; r < repeats; ++r) {
        tokens.clear();
        const float* logits = nullptr;
        for (size_t t = 0; t < prompt.size(); ++t)
            logits = step(prompt[t], int64_t(t));
        const auto start = Clock::now();
        for (int i = 0; i < newTokens; ++i) {
            tokens.push_back(int(decode::argmax(logits, vocab)));
            logits = step(tokens.back(), int64_t(prompt.size()) + i);
        }
        best = std::max(best, newTokens / secondsSince(start));
    }
    return {tokens, best};
}

} // namespace

Result<DecodePathsResult> benchmarkDecodePaths(const BenchConfig& b, int newTokens, int repeats)
{
    auto config = modelConfig(b);
    if (!config)
        return config.error();
    if (newTokens < 1 || repeats < 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("tokens and repeats must be positive"));
    const int prompt = 16;
    config->maxSeqLen = std::max(config->maxSeqLen, prompt + newTokens + 1);
    if (b.threads > 0)
        applyThreadLayout(Workload::Fp32Cpu, b.threads);
    torch::manual_seed(int64_t(b.seed));
    Transformer model(*config);
    model->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor promptTensor = torch::randint(0, b.vocab, {prompt}, torch::kLong);
    const std::vector<int> promptIds(promptTensor.data_ptr<int64_t>(), promptTensor.data_ptr<int64_t>() + prompt);
    const int64_t capacity = prompt + newTokens + 1;
    DecodePathsResult r;
    KvCache cache = model->makeCache(1, capacity);
    torch::Tensor last;
    const auto torchPath = timeDecode(promptIds, newTokens, b.vocab, repeats, [&](int token, int64_t position) {
        cache.length = position; // a new run starts over the same buffers
        last = model->forward(torch::tensor({{int64_t(token)}}, torch::kLong), &cache).reshape({-1}).contiguous();
        return last.data_ptr<float>();
    });
    const auto f32 = FastWeights::build(*model, WeightPrecision::F32);
    const auto int8 = FastWeights::build(*model, WeightPrecision::Int8);
    KvCache fastCache = model->makeCache(1, capacity);
    const FastKvView view = FastKvView::of(fastCache);
    FastDecoder fastF32(f32), fastInt8(int8);
    const auto f32Path = timeDecode(promptIds, newTokens, b.vocab, repeats,
                                    [&](int token, int64_t position) { return fastF32.step(token, position, view); });
    const auto int8Path = timeDecode(promptIds, newTokens, b.vocab, repeats,
                                     [&](int token, int64_t position) { return fastInt8.step(token, position, view); });
    DecodeFloor floor(*f32, capacity);
    const auto floorPath = timeDecode(promptIds, newTokens, b.vocab, repeats,
                                      [&](int token, int64_t position) { return floor.step(token, position); });
    r.torchTokensPerSecond = torchPath.second;
    r.fastF32TokensPerSecond = f32Path.second;
    r.fastInt8TokensPerSecond = int8Path.second;
    r.floorTokensPerSecond = floorPath.second;
    r.fastMatchesTorch = f32Path.first == torchPath.first;
    r.int8MatchesF32 = int8Path.first == f32Path.first;
    r.floorMatchesFast = floorPath.first == f32Path.first;
    return r;
}

double measureMatmulGflops(int n, int repeats)
{
    torch::NoGradGuard noGrad;
    const auto a = torch::randn({n, n}), c = torch::randn({n, n});
    (void)torch::mm(a, c); // warm the BLAS threads up
    double best = 0.0;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        const auto out = torch::mm(a, c);
        (void)out.data_ptr();
        best = std::max(best, 2.0 * n * double(n) * n / secondsSince(start) / 1e9);
    }
    return best;
}

} // namespace fw::ml
