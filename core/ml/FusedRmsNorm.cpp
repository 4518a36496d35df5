// Llama's RMSNorm as a custom autograd function: one pass over x forward, one over (x, grad) back.
#include "ml/FusedRmsNorm.h"

#include "ml/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <torch/torch.h>

namespace fw::ml {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// Rows per parallel task: enough elements that a task outweighs its scheduling.
int64_t grainRows(int64_t dim)
{
    return std::max<int64_t>(1, 16384 / dim);
}

// Eight independent partial sums: without -ffast-math this is how a float reduction vectorises.
// The helpers are inline so that they are compiled into each clone of the row kernels: called out
// of line from the AVX2 clone, the SSE2 code made the kernels 2x slower.
struct Sum8
{
    float lanes[8] = {};
    float total() const
    {
        return ((lanes[0] + lanes[4]) + (lanes[1] + lanes[5])) +
               ((lanes[2] + lanes[6]) + (lanes[3] + lanes[7]));
    }
};

inline float sumOfSquares(const float* __restrict x, int64_t d)
{
    Sum8 acc;
    int64_t j = 0;
    for (; j + 8 <= d; j += 8)
        for (int k = 0; k < 8; ++k)
            acc.lanes[k] += x[j + k] * x[j + k];
    float tail = 0.0f;
    for (; j < d; ++j)
        tail += x[j] * x[j];
    return acc.total() + tail;
}

inline float dotOfThree(const float* __restrict a, const float* __restrict b,
                        const float* __restrict c, int64_t d)
{
    Sum8 acc;
    int64_t j = 0;
    for (; j + 8 <= d; j += 8)
        for (int k = 0; k < 8; ++k)
            acc.lanes[k] += a[j + k] * b[j + k] * c[j + k];
    float tail = 0.0f;
    for (; j < d; ++j)
        tail += a[j] * b[j] * c[j];
    return acc.total() + tail;
}

// y = w * (x * r) in the composite's order of operations, so the results agree to rounding.
FW_VECTOR_CLONES void forwardRows(const float* __restrict x, const float* __restrict w,
                                  float* __restrict y, float* __restrict rstd, int64_t rows,
                                  int64_t d, float eps)
{
    for (int64_t i = 0; i < rows; ++i, x += d, y += d) {
        const float r = 1.0f / std::sqrt(sumOfSquares(x, d) / float(d) + eps);
        rstd[i] = r;
        for (int64_t j = 0; j < d; ++j)
            y[j] = w[j] * (x[j] * r);
    }
}

// With g' = g * w: dx = r g' - x r^3 / d * sum(g' x); dw (accumulated) += g x r.
FW_VECTOR_CLONES void backwardRows(const float* __restrict x, const float* __restrict w,
                                   const float* __restrict g, const float* __restrict rstd,
                                   float* __restrict dx, float* __restrict dw, int64_t rows,
                                   int64_t d)
{
    for (int64_t i = 0; i < rows; ++i, x += d, g += d) {
        const float r = rstd[i];
        if (dx) {
            const float c = r * r * r * dotOfThree(g, w, x, d) / float(d);
            for (int64_t j = 0; j < d; ++j)
                dx[j] = r * (g[j] * w[j]) - x[j] * c;
            dx += d;
        }
        if (dw)
            for (int64_t j = 0; j < d; ++j)
                dw[j] += g[j] * x[j] * r;
    }
}

// dw sums over every row: each of a fixed number of tasks sums its own row range into its own
// row of partials, so the result does not depend on scheduling (same seed, same losses).
at::Tensor weightGrad(const at::Tensor& x, const at::Tensor& w, const at::Tensor& g,
                      const at::Tensor& rstd, at::Tensor* dx)
{
    const int64_t d = x.size(-1), rows = x.numel() / d;
    const int64_t tasks = std::clamp<int64_t>(rows / grainRows(d), 1, at::get_num_threads());
    at::Tensor partials = at::zeros({tasks, d}, x.options());
    at::parallel_for(0, tasks, 1, [&](int64_t t0, int64_t t1) {
        for (int64_t t = t0; t < t1; ++t) {
            const int64_t r0 = rows * t / tasks, r1 = rows * (t + 1) / tasks;
            backwardRows(x.data_ptr<float>() + r0 * d, w.data_ptr<float>(),
                         g.data_ptr<float>() + r0 * d, rstd.data_ptr<float>() + r0,
                         dx ? dx->data_ptr<float>() + r0 * d : nullptr,
                         partials.data_ptr<float>() + t * d, r1 - r0, d);
        }
    });
    return tasks == 1 ? partials[0] : partials.sum(0);
}

struct RmsNormFunction : public torch::autograd::Function<RmsNormFunction>
{
    static at::Tensor forward(AutogradContext* ctx, const at::Tensor& input,
                              const at::Tensor& weight, double eps)
    {
        const at::Tensor x = input.contiguous(), w = weight.contiguous();
        const int64_t d = x.size(-1), rows = x.numel() / d;
        at::Tensor y = at::empty_like(x);
        at::Tensor rstd = at::empty({rows}, x.options());
        at::parallel_for(0, rows, grainRows(d), [&](int64_t r0, int64_t r1) {
            forwardRows(x.data_ptr<float>() + r0 * d, w.data_ptr<float>(),
                        y.data_ptr<float>() + r0 * d, rstd.data_ptr<float>() + r0, r1 - r0, d,
                        float(eps));
        });
        if (ctx)
            ctx->save_for_backward({x, w, rstd});
        return y;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const variable_list saved = ctx->get_saved_variables();
        const at::Tensor &x = saved[0], &w = saved[1], &rstd = saved[2];
        const at::Tensor g = grads[0].contiguous();
        const int64_t d = x.size(-1), rows = x.numel() / d;
        at::Tensor dx = ctx->needs_input_grad(0) ? at::empty_like(x) : at::Tensor();
        at::Tensor dw;
        if (ctx->needs_input_grad(1)) {
            dw = weightGrad(x, w, g, rstd, dx.defined() ? &dx : nullptr);
        } else if (dx.defined()) {
            at::parallel_for(0, rows, grainRows(d), [&](int64_t r0, int64_t r1) {
                backwardRows(x.data_ptr<float>() + r0 * d, w.data_ptr<float>(),
                             g.data_ptr<float>() + r0 * d, rstd.data_ptr<float>() + r0,
                             dx.data_ptr<float>() + r0 * d, nullptr, r1 - r0, d);
            });
        }
        return {dx, dw, at::Tensor()};
    }
};

bool fusable(const at::Tensor& x, const at::Tensor& weight)
{
    const auto cpuFloat = [](const at::Tensor& t) {
        return t.device().is_cpu() && t.scalar_type() == at::kFloat;
    };
    return cpuFloat(x) && cpuFloat(weight) && x.dim() >= 1 && x.numel() > 0 && weight.dim() == 1 &&
           weight.size(0) == x.size(-1);
}

} // namespace

at::Tensor rmsNormComposite(const at::Tensor& x, const at::Tensor& weight, double eps)
{
    const at::Tensor x32 = x.to(at::kFloat);
    const at::Tensor normed = x32 * at::rsqrt(x32.pow(2).mean(-1, /*keepdim=*/true) + eps);
    return weight * normed.to(x.scalar_type());
}

at::Tensor rmsNorm(const at::Tensor& x, const at::Tensor& weight, double eps)
{
    if (!fusable(x, weight))
        return rmsNormComposite(x, weight, eps);
    // Without a graph to record (inference, frozen inputs) the node and its saved tensors are
    // waste.
    if (!at::GradMode::is_enabled() || !(x.requires_grad() || weight.requires_grad()))
        return RmsNormFunction::forward(nullptr, x, weight, eps);
    return RmsNormFunction::apply(x, weight, eps);
}

} // namespace fw::ml
