// Causal self-attention for training on the CPU: fp32 in query tiles, bf16 as two batched GEMMs
// around a fused causal softmax; composite ops elsewhere.
#pragma once

#include <ATen/core/Tensor.h>

namespace fw::ml {

// softmax(q k^T + causal mask) v for q (B, H, T, hd), already scaled by 1 / sqrt(hd), and k, v
// (B, KV, T, hd) with H a multiple of KV (query head h reads kv head h / (H / KV), as HF's
// repeat_kv). Strided views are fine. Returns (B, T, H, hd): the layout o_proj reads, so no
// transpose copy follows. F32 runs causalAttentionTiled; inside a bf16 MatmulPrecisionScope on the
// CPU it is causalAttentionBatched in bf16, and returns bf16. (In fp32 the tiles measured 3% faster than the
// batched GEMMs at the benchmark's shape, 543 against 558 ms a step; in bf16 a tile's small GEMM
// costs more to set up than it saves.)
at::Tensor causalAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// The whole (B H, T, T) scores as one batched GEMM in `type` (F32 or BF16), causalSoftmax over
// them, and one batched GEMM with v; the result has `type`. In bf16 this is mixed precision: both
// products in bf16, the softmax's arithmetic in fp32, and o_proj's bf16 product takes it as is.
// Its memory grows with T^2 (one layer's probabilities are kept for backward), as MemoryEstimate
// counts it.
at::Tensor causalAttentionBatched(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                                  at::ScalarType type);

// F32 in query tiles, one fused function per direction: scores, softmax and the value product per
// tile, never a layer's whole score tensor, and the key tiles above the diagonal skipped. The
// backward recomputes each tile's probabilities from one saved log-sum-exp per query
// (FlashAttention's trade: a GEMM again instead of T x T memory). Composite ops for other dtypes.
at::Tensor causalAttentionTiled(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// The reference in torch ops: the (T x T) scores, an additive causal mask, softmax, product.
at::Tensor causalAttentionComposite(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

} // namespace fw::ml
