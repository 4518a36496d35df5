// flywheel-bench's floor for batch-1 decoding: llama2.c run.c-style scalar loops over the same F32
// weights as FastDecoder, at the project's default optimisation; torch-free.
#pragma once

#include "ml/FastWeights.h"

#include <vector>

namespace fw::ml {

class DecodeFloor
{
public:
    // `weights` must be F32 and outlive this (biases are left out: the bench model has none);
    // keys and values for `capacity` positions.
    DecodeFloor(const FastWeights& weights, int64_t capacity);

    // Runs `token` at `position` (positions below it already run) -> logits (vocab).
    const float* step(int token, int64_t position);

private:
    const FastWeights& m_w;
    int64_t m_capacity;
    std::vector<float> m_keys, m_values; // (layers, capacity, KV hd)
    std::vector<float> m_x, m_xb, m_qkv, m_att, m_proj, m_gateUp, m_h, m_scores, m_logits;
};

} // namespace fw::ml
