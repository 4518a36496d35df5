// Batch-1 decoding without torch ops: one token per call through plain loops over FastWeights,
// with preallocated scratch; the keys and values go into a KvCache's own memory.
#pragma once

#include "ml/FastWeights.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace fw::ml {

struct KvCache;

// Where a batch-1 cache keeps each layer's keys and values: (kv heads, capacity, hd) floats, the
// layout of KvCache with batch 1, so the torch path and this one can take turns on one cache.
struct FastKvView
{
    std::vector<float*> keys, values; // per layer
    int64_t capacity = 0;

    // cache must hold one sequence, F32 on the CPU.
    static FastKvView of(KvCache& cache);
};

// A LoRA adapter's update on the fast path: per projection slot in ServingAdapter's order (per
// layer q, k, v, o, gate, up, down, then an untied head), A (rank, in) and B (out, rank) F32
// row-major, or null where the adapter does not reach. The pointers are borrowed.
struct FastLora
{
    int64_t rank = 0;
    float scaling = 0.0f;
    std::vector<const float*> a, b;
};

class FastDecoder
{
public:
    explicit FastDecoder(std::shared_ptr<const FastWeights> weights);

    // Runs `token` at `position` (keys and values of positions below it are in `cache`; this one's
    // are written there). Returns the next token's logits (vocab floats, valid until the next
    // call) when wanted; a prompt's earlier tokens skip the LM head. With `lora`, each projection
    // it reaches adds its update, in F32 whatever the base's weights.
    const float* step(int token, int64_t position, const FastKvView& cache, bool wantLogits = true,
                      const FastLora* lora = nullptr);

    const FastWeights& weights() const { return *m_w; }

private:
    void project(const FastMatrix& m, const float* x, float* y);
    // y (offset within a stacked projection) += the adapter's update of slot `slot`, if any.
    void addLora(int64_t slot, const float* x, int64_t in, float* y, int64_t out);
    void attention(const FastLayer& layer, int64_t layerIndex, int64_t position,
                   const FastKvView& cache);
    void rotateHeads(float* v, int64_t heads, float scale);

    std::shared_ptr<const FastWeights> m_w;
    // Scratch, sized once: the residual stream, the normed input, q/k/v, attention output,
    // feed-forward, scores, rotary angles, int8 activations and the logits.
    std::vector<float> m_x, m_xb, m_qkv, m_att, m_proj, m_gateUp, m_h, m_scores, m_cos, m_sin;
    std::vector<int16_t> m_xq;
    std::vector<float> m_xScales, m_logits;
    const FastLora* m_lora = nullptr; // this step's adapter
    std::vector<float> m_loraT;       // A x, rank floats
};

} // namespace fw::ml
