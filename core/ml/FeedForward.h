// The SwiGLU feed-forward of Llama: down(silu(gate(x)) * up(x)).
#pragma once

#include "ml/FusedSwiGlu.h"
#include "ml/LoraLinear.h"

namespace fw::ml {

class FeedForwardImpl : public torch::nn::Module
{
public:
    FeedForwardImpl(int64_t dim, int64_t hiddenDim, bool bias)
    {
        gate_proj = register_module("gate_proj", LoraLinear(dim, hiddenDim, bias));
        up_proj = register_module("up_proj", LoraLinear(dim, hiddenDim, bias));
        down_proj = register_module("down_proj", LoraLinear(hiddenDim, dim, bias));
    }

    // x (B, T, dim) -> (B, T, dim); the hidden activation is (B, T, hiddenDim)
    torch::Tensor forward(const torch::Tensor& x)
    {
        // Under mixed precision gate|up stays bf16: the fused SwiGLU reads and writes bf16 itself.
        if (const torch::Tensor gateUp = stackedLinear(x, {gate_proj, up_proj}, true); gateUp.defined())
            return down_proj(swiGluPacked(gateUp)); // gateUp (B, T, 2 hiddenDim)
        return down_proj(swiGlu(gate_proj(x), up_proj(x)));
    }

    LoraLinear gate_proj{nullptr}, up_proj{nullptr}, down_proj{nullptr};
};
TORCH_MODULE(FeedForward);

} // namespace fw::ml
