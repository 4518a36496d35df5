// benchmarkDpo: the trainer's own objectives on a random LoRA model, timed and metered alike.
#include "ml/Benchmark.h"
#include "ml/LoraAdapter.h"
#include "ml/PreferenceObjectives.h"
#include "ml/TensorMemoryMeter.h"
#include "ml/ThreadLayout.h"
#include "ml/Trainer.h"

#include <chrono>

namespace fw::ml {

namespace {

// The same batch every time: both objectives see exactly the same tokens.
class SameBatch : public BatchSource
{
public:
    explicit SameBatch(Batch batch) : m_batch(std::move(batch)) {}
    int64_t batchesPerEpoch() const override { return 1; }
    Batch batch(int64_t) const override { return m_batch; }

private:
    Batch m_batch;
};

// 2B rows: the first half "chosen", the second "rejected", loss on the second half of each row.
Batch pairBatch(const BenchConfig& b)
{
    Batch batch;
    batch.inputs = torch::randint(0, b.vocab, {2 * b.batch, b.seq}, torch::kLong);
    batch.targets = torch::randint(0, b.vocab, {2 * b.batch, b.seq}, torch::kLong);
    batch.targets.narrow(1, 0, b.seq / 2).fill_(SftDataset::kIgnore);
    batch.lastIndex = torch::full({2 * b.batch}, b.seq - 1, torch::kLong);
    batch.tokens = 2 * b.batch * b.seq;
    return batch;
}

struct StepCost
{
    double msPerStep = 0.0;
    int64_t peakBytes = 0;
};

// Builds a fresh LoRA model (the same seed each time), then times `steps` steps of the objective
// `make` wraps around it. Everything it made is gone when it returns.
template <typename Make>
Result<StepCost> measure(const BenchConfig& b, const ModelConfig& config, const Batch& batch,
                         Make make)
{
    TensorMemoryMeter& meter = TensorMemoryMeter::installed();
    torch::manual_seed(int64_t(b.seed));
    Transformer model(config);
    if (auto attached = attachLora(model, LoraSettings()); !attached)
        return attached.error();
    auto objective = make(model);
    SameBatch source(batch);
    TrainingConfig training;
    training.warmupSteps = 0;
    Trainer trainer(*objective, source, nullptr, training, b.steps + b.warmupSteps);
    for (int i = 0; i < b.warmupSteps; ++i)
        (void)trainer.step();
    meter.resetPeak();
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < b.steps; ++i)
        (void)trainer.step();
    StepCost cost;
    cost.msPerStep =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count() /
        b.steps;
    cost.peakBytes = meter.peak();
    return cost;
}

} // namespace

Result<DpoBenchResult> benchmarkDpo(const BenchConfig& b)
{
    ModelConfig config;
    config.dim = b.dim, config.nLayers = b.layers, config.nHeads = b.heads,
    config.nKvHeads = b.kvHeads;
    config.vocabSize = b.vocab, config.hiddenDim = b.hiddenDim,
    config.maxSeqLen = std::max(b.seq, 64);
    config.tieEmbeddings = true;
    if (Status s = config.validate(); !s)
        return s.error();
    if (b.seq < 2 || b.batch < 1 || b.steps < 1 || b.warmupSteps < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("seq >= 2, batch >= 1, steps >= 1 needed"));
    if (b.threads > 0)
        applyThreadLayout(Workload::Fp32Cpu, b.threads);
    (void)TensorMemoryMeter::installed(); // before the first tensor, so that every one is counted
    torch::manual_seed(int64_t(b.seed));
    const Batch batch = pairBatch(b);
    auto sft =
        measure(b, config, batch, [](Transformer m) { return std::make_unique<SftObjective>(m); });
    if (!sft)
        return sft.error();
    auto dpo = measure(b, config, batch,
                       [](Transformer m) { return std::make_unique<DpoObjective>(m, 0.1, false); });
    if (!dpo)
        return dpo.error();
    DpoBenchResult r;
    r.sftMsPerStep = sft->msPerStep;
    r.dpoMsPerStep = dpo->msPerStep;
    r.sftPeakBytes = sft->peakBytes;
    r.dpoPeakBytes = dpo->peakBytes;
    Transformer probe(config);
    for (const auto& p : probe->parameters())
        r.baseWeightBytes += p.numel() * int64_t(p.element_size());
    return r;
}

} // namespace fw::ml
