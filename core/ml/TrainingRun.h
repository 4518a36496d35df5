// A whole training run (SFT, reward model or DPO), synchronous: build or load the model, train, evaluate, checkpoint, save.
// Torch-free: the CLI calls it directly, TrainingJob runs it on a worker thread.
#pragma once

#include "ml/AdapterCheckpoint.h"
#include "ml/DistributedSettings.h"
#include "ml/TrainingConfig.h"
#include "ml/TrainingControl.h"

#include <functional>
#include <vector>

namespace fw::ml {

// A checkpoint's bytes (Trainer::saveCheckpoint) after `step`, every config.checkpointEvery steps
// and once more when the run is cancelled. Called on the training thread, after the step's
// progress.
using CheckpointCallback = std::function<void(int step, const QByteArray& checkpoint)>;

struct TrainingRequest
{
    // A size preset ("nano", "micro", "mini": from scratch, with a byte-level BPE tokenizer trained
    // on the examples) when baseFiles is empty; else the name of the model in baseFiles.
    QString base;
    ModelFiles baseFiles;            // a Hugging Face model to fine-tune, in memory
    QByteArray resumeFrom;           // a checkpoint to resume; empty: start afresh
    CheckpointCallback onCheckpoint; // none: no checkpoints are made
    // LoRA SFT runs: the adapter at adapterCheckpointSteps() of the run (and at an early stop),
    // for gradient attribution; none: no adapter checkpoints are kept.
    AdapterCheckpointCallback onAdapterCheckpoint;
    TrainingConfig config;
    // worldSize > 1: train as one rank of a data-parallel group (SFT only). Every rank passes the
    // same config and examples; rank 0's resumeFrom is the one that counts, and only its callers
    // should checkpoint and register the output (the other ranks' summaries carry no output).
    DistributedSettings distributed;
    std::vector<SftExample> examples;           // the SFT objective's data
    std::vector<PreferenceExample> preferences; // the reward and DPO objectives' data
};

using ProgressCallback = std::function<void(const TrainingProgress&)>;

Result<TrainingSummary> runTraining(const TrainingRequest& request, const ProgressCallback& onProgress = {},
                                    TrainingControl* control = nullptr);

} // namespace fw::ml
