// A LoRA adapter's weights at one step of its run, with the learning rate used there: the points at
// which gradient attribution (TracIn) takes its gradients. Torch-free.
#pragma once

#include "common/ModelFiles.h"

#include <functional>

namespace fw::ml {

struct AdapterCheckpoint
{
    int step = 0;
    double learningRate = 0.0;
    ModelFiles adapter; // PEFT layout: adapter_config.json, adapter_model.safetensors
};

// Called on the training thread with each checkpoint a LoRA SFT run keeps.
using AdapterCheckpointCallback = std::function<void(const AdapterCheckpoint&)>;

// The steps of a `totalSteps` run at which adapter checkpoints are kept: `count` of them, evenly
// spaced, the last one the final step (TracIn sums over a few points along the run).
std::vector<int> adapterCheckpointSteps(int totalSteps, int count = 3);

} // namespace fw::ml
