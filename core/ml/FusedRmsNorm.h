// RMSNorm as one fused CPU kernel per direction (F32), with the composite ops as fallback.
#pragma once

#include <ATen/core/Tensor.h>

namespace fw::ml {

// weight * x * rsqrt(mean(x^2, -1) + eps) for x (..., dim), weight (dim). F32 tensors on the CPU
// take one pass forward and one backward instead of ~4 and ~10 (the norm runs twice per layer on
// every token); any other device or dtype runs rmsNormComposite.
at::Tensor rmsNorm(const at::Tensor& x, const at::Tensor& weight, double eps);

// The reference: Llama's RMSNorm in torch ops, normalising in F32 whatever x's dtype is.
at::Tensor rmsNormComposite(const at::Tensor& x, const at::Tensor& weight, double eps);

} // namespace fw::ml
