// Attention: project, rotate, cache, repeat shared kv heads, softmax(q k^T / sqrt(d) + mask) v.
#include "ml/Attention.h"

#include "ml/FusedAttention.h"
#include "ml/KvCache.h"
#include "ml/Rotary.h"

#include <cmath>

namespace fw::ml {

AttentionImpl::AttentionImpl(const ModelConfig& c)
    : m_heads(c.nHeads), m_kvHeads(c.nKvHeads), m_headDim(c.effectiveHeadDim())
{
    q_proj = register_module("q_proj", LoraLinear(c.dim, m_heads * m_headDim, c.qkvBias));
    k_proj = register_module("k_proj", LoraLinear(c.dim, m_kvHeads * m_headDim, c.qkvBias));
    v_proj = register_module("v_proj", LoraLinear(c.dim, m_kvHeads * m_headDim, c.qkvBias));
    o_proj = register_module("o_proj", LoraLinear(m_heads * m_headDim, c.dim, c.outputBias));
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor>
AttentionImpl::project(const torch::Tensor& x)
{
    if (const torch::Tensor qkv = stackedLinear(x, {q_proj, k_proj, v_proj}); qkv.defined()) {
        // split (not narrow): its backward concatenates the three gradients in one pass.
        const int64_t qWidth = m_heads * m_headDim, kvWidth = m_kvHeads * m_headDim;
        const auto parts = qkv.split_with_sizes({qWidth, kvWidth, kvWidth}, -1);
        return {parts[0], parts[1], parts[2]};
    }
    return {q_proj(x), k_proj(x), v_proj(x)};
}

// softmax's input, q k^T / sqrt(d) + mask, in as few passes over the (T x Tk) scores as possible:
// the scale is already on q (the rotary kernel applies it: Tk / hd times fewer elements, no pass of
// its own), and a mask shared by the whole batch is added by the GEMM itself (baddbmm's beta).
torch::Tensor AttentionImpl::attentionScores(const torch::Tensor& qs, const torch::Tensor& k,
                                             const torch::Tensor& mask) const
{
    const int64_t B = qs.size(0), T = qs.size(2), Tk = k.size(2);
    const torch::Tensor q3 = qs.reshape({B * m_heads, T, m_headDim});
    const torch::Tensor kt = k.transpose(-2, -1).reshape({B * m_heads, m_headDim, Tk});
    if (mask.defined() && mask.size(0) == 1 && mask.size(1) == 1)
        return torch::baddbmm(mask.view({1, T, Tk}), q3, kt).view({B, m_heads, T, Tk});
    torch::Tensor scores = torch::bmm(q3, kt).view({B, m_heads, T, Tk});
    return mask.defined() ? scores + mask : scores; // a per-sequence mask (left-padded batches)
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                                     const torch::Tensor& mask, KvCache* cache, int64_t layer)
{
    const int64_t B = x.size(0), T = x.size(1);
    auto [q, k, v] = project(x);
    q = q.view({B, T, m_heads, m_headDim}).transpose(1, 2);   // (B, H, T, hd)
    k = k.view({B, T, m_kvHeads, m_headDim}).transpose(1, 2); // (B, KV, T, hd)
    v = v.view({B, T, m_kvHeads, m_headDim}).transpose(1, 2); // (B, KV, T, hd)
    q = Rotary::apply(q, cos, sin, 1.0 / std::sqrt(double(m_headDim))); // pre-scaled for the scores
    k = Rotary::apply(k, cos, sin);
    // No cache and a mask shared by the batch: purely causal, so the fused kernel needs no mask
    // and skips the tiles above the diagonal.
    if (!cache && mask.defined() && mask.size(0) == 1 && T > 1)
        return o_proj(causalAttention(q, k, v).reshape({B, T, m_heads * m_headDim}));
    if (cache) {
        const int64_t start = cache->length;
        cache->keys[size_t(layer)].narrow(2, start, T).copy_(k);
        cache->values[size_t(layer)].narrow(2, start, T).copy_(v);
        k = cache->keys[size_t(layer)].narrow(2, 0, start + T);   // (B, KV, Tk, hd)
        v = cache->values[size_t(layer)].narrow(2, 0, start + T); // (B, KV, Tk, hd)
    }
    const int64_t Tk = k.size(2);
    if (m_kvHeads != m_heads) {
        // HF repeat_kv: query head h reads kv head h / (H / KV).
        const int64_t rep = m_heads / m_kvHeads;
        k = k.unsqueeze(2).expand({B, m_kvHeads, rep, Tk, m_headDim}).reshape({B, m_heads, Tk, m_headDim});
        v = v.unsqueeze(2).expand({B, m_kvHeads, rep, Tk, m_headDim}).reshape({B, m_heads, Tk, m_headDim});
    }
    const torch::Tensor scores = attentionScores(q, k, mask); // (B, H, T, Tk)
    const torch::Tensor probs = torch::softmax(scores, -1, torch::kFloat32).to(q.scalar_type());
    const torch::Tensor out = probs.matmul(v).transpose(1, 2).reshape({B, T, m_heads * m_headDim}); // (B, T, H*hd)
    return o_proj(out);
}

} // namespace fw::ml
