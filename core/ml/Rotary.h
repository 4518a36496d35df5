// Rotary position embeddings in the Hugging Face convention (rotate_half over two halves).
#pragma once

#include "ml/ModelConfig.h"

#include <torch/torch.h>

namespace fw::ml {

class Rotary
{
public:
    explicit Rotary(const ModelConfig& config);

    // positions (B, T) int64 -> cos, sin (B, T, headDim), each frequency repeated over both halves.
    std::pair<torch::Tensor, torch::Tensor> cosSin(const torch::Tensor& positions) const;

    // x (B, heads, T, headDim) rotated by cos/sin (B, T, headDim), times scale; contiguous for F32
    // on the CPU (FusedRotary.h).
    static torch::Tensor apply(const torch::Tensor& x, const torch::Tensor& cos,
                               const torch::Tensor& sin, double scale = 1.0);

    const torch::Tensor& inverseFrequencies() const { return m_invFreq; }

private:
    torch::Tensor m_invFreq; // (headDim / 2) F32 on CPU; moved to the positions' device per call
    ModelConfig m_config;
};

} // namespace fw::ml
