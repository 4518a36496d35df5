// The thread's matmul precision and the bf16 linear layer over fp32 weights.
#include "ml/MixedPrecision.h"

namespace fw::ml {

namespace {
thread_local Precision t_matmulPrecision = Precision::Fp32;
} // namespace

Precision resolvePrecision(Precision requested, const torch::Device& device)
{
    if (requested != Precision::Auto)
        return requested;
    if (device.is_cpu() && at::hasMKLDNN())
        return automaticCpuPrecision();
    return Precision::Fp32;
}

MatmulPrecisionScope::MatmulPrecisionScope(Precision precision) : m_previous(t_matmulPrecision)
{
    t_matmulPrecision = precision == Precision::Bf16 ? Precision::Bf16 : Precision::Fp32;
}

MatmulPrecisionScope::~MatmulPrecisionScope()
{
    t_matmulPrecision = m_previous;
}

Precision matmulPrecision()
{
    return t_matmulPrecision;
}

torch::Tensor linearInPrecision(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                                ProductType type)
{
    const bool mixed = t_matmulPrecision == Precision::Bf16 && weight.scalar_type() == torch::kFloat &&
                       (x.scalar_type() == torch::kFloat || x.scalar_type() == torch::kBFloat16);
    if (!mixed)
        return torch::nn::functional::linear(x, weight, bias);
    // An x already in bf16 (attention's output) is taken as it is.
    const torch::Tensor product = torch::nn::functional::linear(x.to(torch::kBFloat16), weight.to(torch::kBFloat16));
    if (type == ProductType::KeepBf16)
        return bias.defined() ? product + bias.to(torch::kBFloat16) : product;
    const torch::Tensor y = product.to(torch::kFloat);
    return bias.defined() ? y + bias : y;
}

} // namespace fw::ml
