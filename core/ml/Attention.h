// Causal self-attention with rotary positions and grouped-query heads (HF q/k/v/o_proj layout).
#pragma once

#include "ml/LoraLinear.h"
#include "ml/ModelConfig.h"

#include <tuple>

namespace fw::ml {

struct KvCache;

class AttentionImpl : public torch::nn::Module
{
public:
    explicit AttentionImpl(const ModelConfig& config);

    // x (B, T, dim), cos/sin (B, T, headDim), mask (B or 1, 1, T, Tk) additive -> (B, T, dim).
    // With a cache, this step's keys/values are written at cache->length and Tk = length + T.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                          const torch::Tensor& mask, KvCache* cache, int64_t layer);

    LoraLinear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, o_proj{nullptr};

private:
    // x (B, T, dim) -> q (B, T, H*hd), k, v (B, T, KV*hd); one stacked GEMM without adapters.
    std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> project(const torch::Tensor& x);
    // qs = q / sqrt(hd) (B, H, T, hd), k (B, H, Tk, hd) -> qs k^T + mask, (B, H, T, Tk).
    torch::Tensor attentionScores(const torch::Tensor& qs, const torch::Tensor& k,
                                  const torch::Tensor& mask) const;

    int64_t m_heads;
    int64_t m_kvHeads;
    int64_t m_headDim;
};
TORCH_MODULE(Attention);

} // namespace fw::ml
