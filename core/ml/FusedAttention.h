// Causal self-attention for training as one fused CPU function per direction (F32): scores,
// mask, softmax and the value product in query tiles, never the mask or a layer's whole score
// tensor, and the key tiles above the diagonal skipped; composite ops elsewhere.
#pragma once

#include <ATen/core/Tensor.h>

namespace fw::ml {

// softmax(q k^T + causal mask) v for q (B, H, T, hd), already scaled by 1 / sqrt(hd), and k, v
// (B, KV, T, hd) with H a multiple of KV (query head h reads kv head h / (H / KV), as HF's
// repeat_kv). Strided views are fine. Returns (B, T, H, hd): the layout o_proj reads, so no
// transpose copy follows. The backward recomputes each tile's probabilities from one saved
// log-sum-exp per query (FlashAttention's trade: a GEMM again instead of T x T memory).
// Inside a bf16 MatmulPrecisionScope it is causalAttentionBf16 instead, and returns bf16.
at::Tensor causalAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// Mixed precision: both batched products in bf16 and the softmax over bf16 scores (accumulated in
// fp32 by torch); returns (B, T, H, hd) in bf16, which o_proj's bf16 product takes as is. Two large
// bf16 GEMMs beat the fp32 tiles here: a tile's small GEMM costs more to set up in bf16.
at::Tensor causalAttentionBf16(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// The reference in torch ops: the (T x T) scores, an additive causal mask, softmax, product.
at::Tensor causalAttentionComposite(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

} // namespace fw::ml
