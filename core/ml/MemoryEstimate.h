// How much memory a training run will need, estimated before it starts so the UI can warn.
#pragma once

#include "ml/ModelConfig.h"
#include "ml/TrainingConfig.h"

#include <cstdint>

namespace fw::ml {

struct MemoryEstimate
{
    int64_t weights = 0;     // every parameter, F32
    int64_t gradients = 0;   // trainable parameters only
    int64_t optimizer = 0;   // AdamW's two moments per trainable parameter
    int64_t activations = 0; // kept for the backward pass of one micro-batch
    int64_t total() const { return weights + gradients + optimizer + activations; }

    // Activations per layer and token: ~10 dim-sized tensors (norms, q/k/v, rotary copies, residuals),
    // 4 hidden-sized (gate, up, silu, product), 2 T-sized per head (scores, probabilities); plus
    // logits, log-softmax and their gradient over the vocabulary. An upper-bound style estimate.
    static MemoryEstimate forTraining(const ModelConfig& model, const TrainingConfig& training);
    // Parameters LoRA adds for the given settings.
    static int64_t loraParameters(const ModelConfig& model, const LoraSettings& lora);
};

} // namespace fw::ml
