// One decoder layer: x + attn(norm(x)), then h + mlp(norm(h)) (pre-norm, as in Llama).
#pragma once

#include "ml/Attention.h"
#include "ml/FeedForward.h"
#include "ml/RMSNorm.h"

namespace fw::ml {

class TransformerBlockImpl : public torch::nn::Module
{
public:
    explicit TransformerBlockImpl(const ModelConfig& c)
    {
        self_attn = register_module("self_attn", Attention(c));
        mlp = register_module("mlp", FeedForward(c.dim, c.hiddenDim, c.mlpBias));
        input_layernorm = register_module("input_layernorm", RMSNorm(c.dim, c.normEps));
        post_attention_layernorm = register_module("post_attention_layernorm", RMSNorm(c.dim, c.normEps));
    }

    // x (B, T, dim) -> (B, T, dim)
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                          const torch::Tensor& mask, KvCache* cache, int64_t layer)
    {
        const torch::Tensor h = x + self_attn(input_layernorm(x), cos, sin, mask, cache, layer);
        return h + mlp(post_attention_layernorm(h));
    }

    Attention self_attn{nullptr};
    FeedForward mlp{nullptr};
    RMSNorm input_layernorm{nullptr}, post_attention_layernorm{nullptr};
};
TORCH_MODULE(TransformerBlock);

} // namespace fw::ml
