// Root-mean-square layer norm (Zhang & Sennrich 2019) as Llama uses it: normalise in F32, scale.
#pragma once

#include "ml/FusedRmsNorm.h"

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
    torch::Tensor forward(const torch::Tensor& x) { return rmsNorm(x, weight, eps); }

    torch::Tensor weight;
    double eps;
};
TORCH_MODULE(RMSNorm);

} // namespace fw::ml
