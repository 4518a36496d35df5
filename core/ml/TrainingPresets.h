// The Quick / Balanced / Thorough starting points of a run, one definition for the ModelFactory
// form and for flywheel-cli's CONFIG.json defaults; torch-free.
#pragma once

#include "ml/TrainingConfig.h"

namespace fw::ml {

enum class RunPreset { Quick, Balanced, Thorough };

// What a preset is fitted to: the base (a size preset trained from scratch, or a trained model),
// the method and the objective.
struct PresetTarget
{
    QString
        sizePreset; // "nano", "micro", "mini" when training from scratch; empty for a trained base
    TrainingConfig::Method method = TrainingConfig::Method::Full;
    TrainingConfig::Objective objective = TrainingConfig::Objective::Sft;
};

// The preset's config. From scratch it counts epochs over the data (steps follow from the data's
// size, as LLaMA-Factory's epoch default does) and takes a learning rate fitted to the model size;
// fine-tuning a trained model counts steps.
TrainingConfig presetConfig(RunPreset preset, const PresetTarget& target);

// Optimizer steps for `epochs` passes over `trainExamples` rows (one example per row, unpacked), as
// the engine counts them; at least 1.
int stepsForEpochs(int epochs, int64_t trainExamples, int batchSize, int gradAccum);

} // namespace fw::ml
