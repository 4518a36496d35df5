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
at::Tensor causalAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// The reference in torch ops: the (T x T) scores, an additive causal mask, softmax, product.
at::Tensor causalAttentionComposite(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

} // namespace fw::ml
