// Rotary position embedding as one fused CPU kernel per direction (F32), composite ops elsewhere.
#pragma once

#include <ATen/core/Tensor.h>

namespace fw::ml {

// (x * cos + rotate_half(x) * sin) * scale for x (B, heads, T, headDim) and cos/sin (B, T,
// headDim), HF's rotate_half(x) = cat(-x2, x1). The scale lets attention fold 1 / sqrt(headDim)
// into q for free. F32 tensors on the CPU take one pass each way (instead of neg, cat, mul, mul,
// add and their backward) and give a contiguous result, ready for the score GEMM; x may be a
// strided view, as the transposed projections are. Anything else runs rotaryComposite.
at::Tensor rotary(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin,
                  double scale = 1.0);

// The reference in torch ops.
at::Tensor rotaryComposite(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin,
                           double scale = 1.0);

} // namespace fw::ml
