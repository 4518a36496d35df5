// The decoder-only Llama-family model: embeddings, N blocks, final norm, LM head (maybe tied).
#pragma once

#include "ml/KvCache.h"
#include "ml/Rotary.h"
#include "ml/TransformerBlock.h"

#include <QStringList>

namespace fw::ml {

class TransformerImpl : public torch::nn::Module
{
public:
    explicit TransformerImpl(const ModelConfig& config);

    // tokens (B, T) int64 -> final hidden states (B, T, dim), for scalar heads (reward models).
    // validMask (B, T) bool marks real tokens (false = left padding); positions count real tokens.
    torch::Tensor hidden(const torch::Tensor& tokens, KvCache* cache = nullptr,
                         const torch::Tensor& validMask = {});
    // tokens (B, T) -> logits (B, T, vocab)
    torch::Tensor forward(const torch::Tensor& tokens, KvCache* cache = nullptr,
                          const torch::Tensor& validMask = {});
    // hidden (B, T, dim) -> logits (B, T, vocab)
    torch::Tensor logits(const torch::Tensor& hidden);

    // Buffers for up to `capacity` positions of `batch` sequences, on the model's device.
    KvCache makeCache(int64_t batch, int64_t capacity) const;

    // Our parameter name <-> the Hugging Face one ("layers.0.mlp.up_proj.weight" <->
    // "model.layers.0.mlp.up_proj.weight"; "lm_head.weight" stays).
    static std::string hfName(const std::string& name);
    static std::string fromHfName(const std::string& name);

    // Attaches LoRA to every projection whose short name (q_proj, v_proj, ...) is in `targets`;
    // freezes everything else. Returns the number of adapted projections.
    int attachLora(const QStringList& targets, int64_t rank, double alpha, double dropout);
    void mergeLora();
    // Turns every attached adapter off or back on; the weights stay where they are.
    void setLoraEnabled(bool enabled);
    bool hasLora() const;

    const ModelConfig& config() const { return m_config; }
    torch::Device device() const { return embed_tokens->weight.device(); }

    torch::nn::Embedding embed_tokens{nullptr};
    torch::nn::ModuleList layers{nullptr};
    RMSNorm norm{nullptr};
    LoraLinear lm_head{nullptr}; // absent when embeddings are tied

private:
    torch::Tensor causalMask(const torch::Tensor& validKeys, int64_t start, int64_t T) const;

    ModelConfig m_config;
    Rotary m_rotary;
};
TORCH_MODULE(Transformer);

} // namespace fw::ml
