// LoRA-capable linear layer; names match PEFT ("lora_A", "lora_B") so adapters export as is.
#include "ml/LoraLinear.h"

#include "ml/MixedPrecision.h"

#include <cmath>

namespace fw::ml {

LoraLinearImpl::LoraLinearImpl(int64_t in, int64_t out, bool withBias)
{
    // Same initialisation as torch.nn.Linear, so from-scratch models start like PyTorch ones.
    weight = register_parameter("weight", torch::empty({out, in}));
    torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
    if (withBias) {
        const double bound = 1.0 / std::sqrt(double(in));
        bias = register_parameter("bias", torch::empty({out}).uniform_(-bound, bound));
    }
}

torch::Tensor LoraLinearImpl::forward(const torch::Tensor& x)
{
    torch::Tensor y = linearInPrecision(x, weight, bias);
    // The adapter's two thin products stay fp32 (x too, when attention hands it over in bf16):
    // they cost little and carry small updates.
    if (hasLora() && m_loraEnabled) {
        const torch::Tensor xa = x.scalar_type() == loraA->weight.scalar_type() ? x : x.to(loraA->weight.scalar_type());
        y = y + loraB(loraA(loraDropout(xa))) * loraScaling;
    }
    return y;
}

torch::Tensor stackedLinear(const torch::Tensor& x, const std::vector<LoraLinear>& projections, bool keepBf16)
{
    if (x.numel() / x.size(-1) < kMinStackedRows)
        return {};
    std::vector<torch::Tensor> weights, biases;
    for (const auto& p : projections) {
        if (p->hasLora())
            return {};
        weights.push_back(p->weight);
        if (p->bias.defined())
            biases.push_back(p->bias);
    }
    if (!biases.empty() && biases.size() != weights.size())
        return {};
    const torch::Tensor bias = biases.empty() ? torch::Tensor() : torch::cat(biases);
    return linearInPrecision(x, torch::cat(weights), bias, keepBf16 ? ProductType::KeepBf16 : ProductType::Fp32);
}

void LoraLinearImpl::attachLora(int64_t rank, double alpha, double dropout)
{
    if (hasLora())
        return;
    const auto options = torch::nn::LinearOptions(inFeatures(), rank).bias(false);
    loraA = register_module("lora_A", torch::nn::Linear(options));
    loraB = register_module("lora_B", torch::nn::Linear(torch::nn::LinearOptions(rank, outFeatures()).bias(false)));
    loraDropout = register_module("lora_dropout", torch::nn::Dropout(dropout));
    torch::NoGradGuard noGrad;
    torch::nn::init::kaiming_uniform_(loraA->weight, std::sqrt(5.0));
    loraB->weight.zero_();
    loraA->to(weight.device());
    loraB->to(weight.device());
    loraScaling = alpha / double(rank);
}

void LoraLinearImpl::mergeLora()
{
    if (!hasLora())
        return;
    {
        torch::NoGradGuard noGrad;
        weight.add_(loraB->weight.matmul(loraA->weight) * loraScaling);
    }
    unregister_module("lora_A");
    unregister_module("lora_B");
    unregister_module("lora_dropout");
    loraA = nullptr;
    loraB = nullptr;
    loraDropout = nullptr;
    loraScaling = 0.0;
}

} // namespace fw::ml
