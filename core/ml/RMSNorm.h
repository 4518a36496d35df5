// Root-mean-square layer norm (Zhang & Sennrich 2019) as Llama uses it: normalise in F32, scale.
#pragma once

#include <torch/torch.h>

namespace fw::ml {

class RMSNormImpl : public torch::nn::Module
{
public:
    RMSNormImpl(int64_t dim, double eps) : eps(eps)
    {
        weight = register_parameter("weight", torch::ones({dim}));
    }

    // x (..., dim) -> (..., dim)
    torch::Tensor forward(const torch::Tensor& x)
    {
        const torch::Tensor x32 = x.to(torch::kFloat32);
        const torch::Tensor normed = x32 * torch::rsqrt(x32.pow(2).mean(-1, /*keepdim=*/true) + eps);
        return weight * normed.to(x.scalar_type());
    }

    torch::Tensor weight;
    double eps;
};
TORCH_MODULE(RMSNorm);

} // namespace fw::ml
