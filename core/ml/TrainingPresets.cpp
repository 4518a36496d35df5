// Preset numbers, measured on the demo instruction datanet (see tests/cli/CliPresetTest.cpp).
#include "ml/TrainingPresets.h"

#include <algorithm>
#include <array>

namespace fw::ml {

namespace {

// A learning rate that a from-scratch model of this size learns the demo datanet with in the
// Quick preset's epochs: smaller (wider) models take smaller steps, as usual for Adam.
double scratchLearningRate(const QString& sizePreset)
{
    if (sizePreset == QLatin1String("micro"))
        return 2e-3;
    if (sizePreset == QLatin1String("mini"))
        return 1e-3;
    return 5e-3; // nano
}

} // namespace

TrainingConfig presetConfig(RunPreset preset, const PresetTarget& target)
{
    const auto tier = size_t(preset);
    TrainingConfig c;
    c.method = target.method;
    c.objective = target.objective;
    c.packing = false; // whole examples from position 0, as the model sees them when answering
    c.minLrRatio = 0.05;
    // Every preset holds some out: without it eval loss, perplexity and the Evaluation tab are empty.
    c.evalFraction = 0.1;
    c.lora.rank = 8;
    c.lora.alpha = 16;
    c.seed = 1234;
    if (!target.sizePreset.isEmpty()) {
        // About 30 passes make nano answer the demo datanet's ~260 training prompts (about 480
        // steps of 16, 10% held out).
        c.steps = 0;
        c.epochs = std::array{30, 90, 240}[tier];
        c.learningRate = scratchLearningRate(target.sizePreset);
        c.batchSize = 16;
        c.seqLen = 128;
        c.warmupSteps = 20;
        return c;
    }
    c.epochs = 0;
    c.steps = std::array{100, 300, 1000}[tier];
    // DPO moves a tuned model by small steps: a tenth of SFT's rate, as TRL's examples use.
    const bool lora = target.method == TrainingConfig::Method::Lora;
    const bool dpo = target.objective == TrainingConfig::Objective::Dpo;
    c.learningRate = (lora ? 1e-3 : 1e-4) * (dpo ? 0.1 : 1.0);
    c.batchSize = 8;
    c.seqLen = 256;
    c.warmupSteps = 10;
    return c;
}

int stepsForEpochs(int epochs, int64_t trainExamples, int batchSize, int gradAccum)
{
    // As RowBatches and runTraining count: whole batches per epoch (at least one), then
    // micro-batches per optimizer step, rounded up.
    const int64_t batches = std::max<int64_t>(1, trainExamples / std::max(1, batchSize));
    const int64_t micro = int64_t(std::max(0, epochs)) * batches;
    const int64_t accum = std::max(1, gradAccum);
    return int(std::max<int64_t>(1, (micro + accum - 1) / accum));
}

} // namespace fw::ml
