// Mixed precision for training: the weight GEMMs (every linear layer and the LM head) run on bf16
// copies of their inputs and weights and hand back fp32, while everything else (norms, rotary,
// attention, the loss, the optimizer and its master weights) stays fp32. This is what torch's
// autocast does for linear layers, done explicitly so the fused fp32 kernels keep their inputs.
#pragma once

#include "ml/Precision.h"

#include <torch/torch.h>

namespace fw::ml {

// What `requested` means on `device`: Auto is bf16 on a CPU with native bf16 products and a torch
// built with oneDNN (which runs them), fp32 elsewhere (CUDA included, until it is measured there).
Precision resolvePrecision(Precision requested, const torch::Device& device);

// While one lives, linearInPrecision on this thread multiplies in `precision` (Fp32 or Bf16).
// The trainer opens one around each forward pass; backward needs none (the casts are in the graph).
class MatmulPrecisionScope
{
public:
    explicit MatmulPrecisionScope(Precision precision);
    ~MatmulPrecisionScope();
    MatmulPrecisionScope(const MatmulPrecisionScope&) = delete;
    MatmulPrecisionScope& operator=(const MatmulPrecisionScope&) = delete;

private:
    Precision m_previous;
};

// This thread's matmul precision: Fp32, or Bf16 inside a Bf16 scope.
Precision matmulPrecision();

// torch::nn::functional::linear(x, weight, bias) in this thread's matmul precision. With bf16 and
// an fp32 weight, x (fp32, or bf16 as attention hands it over) and the weight are multiplied in
// bf16, the result is fp32, the bias is added in fp32 after the product, and gradients reach the
// fp32 weight through the cast.
// KeepBf16: a consumer that reads bf16 itself (the fused SwiGLU) gets the bf16 product uncast.
enum class ProductType { Fp32, KeepBf16 };
torch::Tensor linearInPrecision(const torch::Tensor& x, const torch::Tensor& weight,
                                const torch::Tensor& bias = {}, ProductType type = ProductType::Fp32);

} // namespace fw::ml
