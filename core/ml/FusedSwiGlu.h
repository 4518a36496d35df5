// The SwiGLU gate silu(a) * b as one fused CPU kernel per direction (F32), composite ops elsewhere.
#pragma once

#include <ATen/core/Tensor.h>

namespace fw::ml {

// silu(a) * b for a, b of one shape. F32 tensors on the CPU take one pass forward and one
// backward (the hidden activation is the largest tensor of a layer, so its passes cost the most);
// any other device or dtype runs swiGluComposite.
at::Tensor swiGlu(const at::Tensor& a, const at::Tensor& b);

// The reference: torch::silu(a) * b.
at::Tensor swiGluComposite(const at::Tensor& a, const at::Tensor& b);

// silu(gate) * up for gateUp (..., 2n) = gate | up along the last axis, as one GEMM over the
// stacked gate_proj and up_proj weights gives them -> (..., n). Same dispatch as swiGlu, except
// that a bf16 gateUp (mixed precision) also takes the fused passes, in bf16 with fp32 arithmetic.
at::Tensor swiGluPacked(const at::Tensor& gateUp);
at::Tensor swiGluPackedComposite(const at::Tensor& gateUp);

} // namespace fw::ml
