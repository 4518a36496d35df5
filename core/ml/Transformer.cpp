// The Llama-family decoder: token embedding, rotary positions, causal mask, blocks, head.
#include "ml/Transformer.h"

#include "ml/MixedPrecision.h"

#include <limits>

namespace fw::ml {

TransformerImpl::TransformerImpl(const ModelConfig& c) : m_config(c), m_rotary(c)
{
    embed_tokens = register_module("embed_tokens", torch::nn::Embedding(c.vocabSize, c.dim));
    layers = register_module("layers", torch::nn::ModuleList());
    for (int i = 0; i < c.nLayers; ++i)
        layers->push_back(TransformerBlock(c));
    norm = register_module("norm", RMSNorm(c.dim, c.normEps));
    if (!c.tieEmbeddings)
        lm_head = register_module("lm_head", LoraLinear(c.dim, c.vocabSize, false));
    // HF's LlamaPreTrainedModel initialisation: every matrix N(0, 0.02), biases zero, norms one.
    torch::NoGradGuard noGrad;
    for (auto& p : named_parameters()) {
        if (p.key().find("norm") != std::string::npos)
            continue;
        if (p.value().dim() >= 2)
            p.value().normal_(0.0, 0.02);
        else
            p.value().zero_();
    }
}

torch::Tensor TransformerImpl::causalMask(const torch::Tensor& validKeys, int64_t start, int64_t T) const
{
    // (B, 1, T, Tk) additive mask: 0 where query start+i may see key j, the lowest float elsewhere
    // (finite, like HF, so a fully padded row gives a harmless uniform average instead of NaN).
    const int64_t Tk = validKeys.size(1);
    const auto dev = validKeys.device();
    const torch::Tensor q = torch::arange(start, start + T, torch::TensorOptions(torch::kLong).device(dev));
    const torch::Tensor k = torch::arange(0, Tk, torch::TensorOptions(torch::kLong).device(dev));
    const torch::Tensor causal = k.unsqueeze(0) <= q.unsqueeze(1);                       // (T, Tk)
    const torch::Tensor allowed = causal.unsqueeze(0) & validKeys.unsqueeze(1);           // (B, T, Tk)
    const torch::Tensor zero = torch::zeros({}, torch::TensorOptions(torch::kFloat32).device(dev));
    const torch::Tensor blocked = torch::full({}, std::numeric_limits<float>::lowest(), zero.options());
    return torch::where(allowed, zero, blocked).unsqueeze(1).to(embed_tokens->weight.scalar_type());
}

torch::Tensor TransformerImpl::hidden(const torch::Tensor& tokens, KvCache* cache, const torch::Tensor& validMask)
{
    const int64_t B = tokens.size(0), T = tokens.size(1);
    const int64_t start = cache ? cache->length : 0;
    TORCH_CHECK(!cache || start + T <= cache->capacity, "KV cache too small");
    const torch::Tensor valid = validMask.defined()
                                    ? validMask.to(torch::kBool)
                                    : torch::ones({B, T}, torch::TensorOptions(torch::kBool).device(tokens.device()));
    torch::Tensor allValid = valid; // (B, Tk)
    if (cache) {
        cache->valid.narrow(1, start, T).copy_(valid);
        allValid = cache->valid.narrow(1, 0, start + T);
    }
    // Positions count real tokens only, so a left-padded prompt sees the same rotary angles.
    const torch::Tensor positions = (allValid.cumsum(1) - 1).clamp_min(0).narrow(1, start, T); // (B, T)
    const auto [cos, sin] = m_rotary.cosSin(positions);                                         // (B, T, hd)
    const bool padded = !allValid.all().item<bool>();
    // Without padding every sequence has the same mask: one (1, 1, T, Tk) copy broadcasts, and
    // attention can add it inside the score GEMM.
    const torch::Tensor mask =
        (T > 1 || padded) ? causalMask(padded ? allValid : allValid.narrow(0, 0, 1), start, T) : torch::Tensor();
    torch::Tensor h = embed_tokens(tokens); // (B, T, dim)
    for (size_t i = 0; i < layers->size(); ++i)
        h = layers[i]->as<TransformerBlock>()->forward(h, cos, sin, mask, cache, int64_t(i));
    if (cache)
        cache->length = start + T;
    return norm(h);
}

torch::Tensor TransformerImpl::logits(const torch::Tensor& h)
{
    if (lm_head)
        return lm_head(h);
    return linearInPrecision(h, embed_tokens->weight);
}

torch::Tensor TransformerImpl::forward(const torch::Tensor& tokens, KvCache* cache, const torch::Tensor& validMask)
{
    return logits(hidden(tokens, cache, validMask));
}

KvCache TransformerImpl::makeCache(int64_t batch, int64_t capacity) const
{
    KvCache cache;
    const auto options = embed_tokens->weight.options().requires_grad(false);
    const int64_t hd = m_config.effectiveHeadDim();
    for (int i = 0; i < m_config.nLayers; ++i) {
        cache.keys.push_back(torch::zeros({batch, m_config.nKvHeads, capacity, hd}, options));
        cache.values.push_back(torch::zeros({batch, m_config.nKvHeads, capacity, hd}, options));
    }
    cache.valid = torch::zeros({batch, capacity}, torch::TensorOptions(torch::kBool).device(device()));
    cache.capacity = capacity;
    return cache;
}

std::string TransformerImpl::hfName(const std::string& name)
{
    return name.rfind("lm_head.", 0) == 0 ? name : "model." + name;
}

std::string TransformerImpl::fromHfName(const std::string& name)
{
    return name.rfind("model.", 0) == 0 ? name.substr(6) : name;
}

int TransformerImpl::attachLora(const QStringList& targets, int64_t rank, double alpha, double dropout)
{
    for (auto& p : parameters())
        p.set_requires_grad(false);
    int adapted = 0;
    for (const auto& item : named_modules()) {
        auto linear = std::dynamic_pointer_cast<LoraLinearImpl>(item.value());
        if (!linear)
            continue;
        const std::string& name = item.key();
        const auto dot = name.rfind('.');
        const QString shortName = QString::fromStdString(dot == std::string::npos ? name : name.substr(dot + 1));
        if (!targets.contains(shortName))
            continue;
        linear->attachLora(rank, alpha, dropout);
        ++adapted;
    }
    return adapted;
}

void TransformerImpl::mergeLora()
{
    for (const auto& item : named_modules())
        if (auto linear = std::dynamic_pointer_cast<LoraLinearImpl>(item.value()))
            linear->mergeLora();
}

void TransformerImpl::setLoraEnabled(bool enabled)
{
    for (const auto& item : named_modules())
        if (auto linear = std::dynamic_pointer_cast<LoraLinearImpl>(item.value()))
            linear->setLoraEnabled(enabled);
}

bool TransformerImpl::hasLora() const
{
    for (const auto& item : named_modules())
        if (auto linear = std::dynamic_pointer_cast<LoraLinearImpl>(item.value()); linear && linear->hasLora())
            return true;
    return false;
}

} // namespace fw::ml
