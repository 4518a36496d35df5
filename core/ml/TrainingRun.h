// A whole SFT run, synchronous: build or load the model, train, evaluate, checkpoint, save.
// Torch-free: the CLI calls it directly, TrainingJob runs it on a worker thread.
#pragma once

#include "ml/TrainingConfig.h"
#include "ml/TrainingControl.h"

#include <functional>
#include <vector>

namespace fw::ml {

struct TrainingRequest
{
    // A size preset ("nano", "micro", "mini": from scratch, with a byte-level BPE tokenizer trained
    // on the examples) or a Hugging Face model folder to fine-tune.
    QString base;
    QString outputDir;      // full: an HF model folder; LoRA: a PEFT adapter folder
    QString checkpointPath; // optional; an existing checkpoint is resumed
    TrainingConfig config;
    std::vector<SftExample> examples;
};

using ProgressCallback = std::function<void(const TrainingProgress&)>;

Result<TrainingSummary> runTraining(const TrainingRequest& request, const ProgressCallback& onProgress = {},
                                    TrainingControl* control = nullptr);

} // namespace fw::ml
