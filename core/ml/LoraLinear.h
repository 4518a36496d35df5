// A linear projection (HF nn.Linear layout: weight (out, in)) that can carry a LoRA adapter.
#pragma once

#include <torch/torch.h>

#include <vector>

namespace fw::ml {

class LoraLinearImpl : public torch::nn::Module
{
public:
    LoraLinearImpl(int64_t in, int64_t out, bool bias);

    // x (..., in) -> (..., out); adds scaling * B(A(dropout(x))) when an adapter is attached.
    torch::Tensor forward(const torch::Tensor& x);

    // Attaches a fresh adapter as PEFT does: A Kaiming-uniform, B zero, so the output is unchanged.
    void attachLora(int64_t rank, double alpha, double dropout);
    // Folds the adapter into the weight (W += scaling * B A) and removes it.
    void mergeLora();
    bool hasLora() const { return !loraA.is_empty(); }
    // Off: the layer computes the base projection only (DPO's reference pass, with no second copy
    // of the weights).
    void setLoraEnabled(bool enabled) { m_loraEnabled = enabled; }
    bool loraEnabled() const { return m_loraEnabled; }

    int64_t inFeatures() const { return weight.size(1); }
    int64_t outFeatures() const { return weight.size(0); }

    torch::Tensor weight; // (out, in)
    torch::Tensor bias;   // (out) or undefined
    torch::nn::Linear loraA{nullptr}; // registered as "lora_A": (rank, in)
    torch::nn::Linear loraB{nullptr}; // registered as "lora_B": (out, rank)
    torch::nn::Dropout loraDropout{nullptr};
    double loraScaling = 0.0;

private:
    bool m_loraEnabled = true;
};
TORCH_MODULE(LoraLinear);

// Several projections of the same x as one GEMM, their weights stacked along the output axis:
// (..., in) -> (..., sum of outs), in the order given. One large GEMM runs closer to the machine's
// peak than three small ones, and autograd splits the weight gradient back (the parameters and
// their names stay separate, as HF stores them). Undefined when it does not apply: an adapter on
// any of them, mismatched biases, or fewer than kMinStackedRows rows (the stacking copies the
// weights on every call; decoding one token at a time does not reuse them enough to pay for it).
// keepBf16: under a bf16 MatmulPrecisionScope the product stays bf16 (for a consumer reading bf16).
torch::Tensor stackedLinear(const torch::Tensor& x, const std::vector<LoraLinear>& projections, bool keepBf16 = false);
inline constexpr int64_t kMinStackedRows = 64;

} // namespace fw::ml
