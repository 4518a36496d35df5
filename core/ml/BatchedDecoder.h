// The decode-only forward of a frozen base for continuous batching: every row has its own KV cache
// and position, the base GEMMs run once over all rows, adapters come in per row (LoraDeltas).
// Training never goes through here, so its forward (Transformer) stays as it is.
#pragma once

#include "ml/KvCache.h"
#include "ml/Rotary.h"
#include "ml/ServingAdapter.h"
#include "ml/Transformer.h"

namespace fw::ml {

class BatchedDecoder
{
public:
    explicit BatchedDecoder(Transformer base);

    // tokens (N, T) int64 on the model's device; caches[i] holds row i's keys and values so far
    // (rows at their own lengths) and receives this step's. T > 1 (a prompt) only with N == 1.
    // -> logits of each row's last position (N, vocab). `deltas` may be null (the base alone).
    torch::Tensor forward(const torch::Tensor& tokens, const std::vector<KvCache*>& caches,
                          const LoraDeltas* deltas);

    const Transformer& base() const { return m_base; }

private:
    torch::Tensor project(int slot, const torch::Tensor& x, const LoraDeltas* deltas) const;
    torch::Tensor attention(int layer, const torch::Tensor& x, const torch::Tensor& cos,
                            const torch::Tensor& sin, const std::vector<KvCache*>& caches,
                            const LoraDeltas* deltas) const;
    // q (H, T, hd) of one row against its cache, this step's keys already written -> (H, T, hd).
    torch::Tensor attendRow(const torch::Tensor& q, const KvCache& cache, int layer,
                            int64_t start) const;
    // A decode step's attention (T = 1) on the CPU in F32 with plain loops (FastDecoder's):
    // q (N, H, 1, hd), k and v (N, KV, 1, hd) -> (N, 1, H hd), each row's keys and values written
    // into its cache. About ten torch ops per row and layer were most of a batched step.
    torch::Tensor attendStepLoops(int layer, const torch::Tensor& q, const torch::Tensor& k,
                                  const torch::Tensor& v,
                                  const std::vector<KvCache*>& caches) const;
    static bool loopsFit(const torch::Tensor& q, const std::vector<KvCache*>& caches, int layer);

    Transformer m_base;
    Rotary m_rotary;
    std::vector<LoraLinearImpl*> m_projections; // by slot (projectionNames)
    int64_t m_heads, m_kvHeads, m_headDim;
};

} // namespace fw::ml
