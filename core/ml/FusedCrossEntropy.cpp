// Fused cross-entropy: forward keeps one log-sum-exp per row, backward writes softmax - one-hot in
// the same pass that recomputes the softmax.
#include "ml/FusedCrossEntropy.h"

#include "ml/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <torch/torch.h>

namespace fw::ml {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

constexpr int64_t kGrain = 16384; // elements per parallel task

FW_VECTOR_CLONES float rowMax(const float* __restrict x, int64_t n)
{
    float m = x[0];
    for (int64_t i = 1; i < n; ++i)
        m = x[i] > m ? x[i] : m;
    return m;
}

FW_VECTOR_CLONES float rowSumExp(const float* __restrict x, float shift, int64_t n)
{
    float s = 0.0f;
    for (int64_t i = 0; i < n; ++i)
        s += vectorisableExp(x[i] - shift);
    return s;
}

// dx = g (exp(x - lse) - onehot(target)); the one-hot is added after the loop so the loop stays
// branch-free.
FW_VECTOR_CLONES void rowGradient(const float* __restrict x, float lse, float g,
                                  float* __restrict dx, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        dx[i] = g * vectorisableExp(x[i] - lse);
}

template <typename Body> void forRows(int64_t rows, int64_t n, const Body& body)
{
    at::parallel_for(0, rows, std::max<int64_t>(1, kGrain / n), [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r)
            body(r);
    });
}

struct CrossEntropyFunction : public torch::autograd::Function<CrossEntropyFunction>
{
    static at::Tensor forward(AutogradContext* ctx, const at::Tensor& logits,
                              const at::Tensor& targets, int64_t ignoreIndex)
    {
        const at::Tensor x = logits.contiguous();
        const at::Tensor t = targets.contiguous();
        const int64_t rows = x.size(0), n = x.size(1);
        at::Tensor lse = at::empty({rows}, x.options());
        at::Tensor losses = at::empty({rows}, x.options());
        const float* xp = x.data_ptr<float>();
        const int64_t* tp = t.data_ptr<int64_t>();
        float* lp = lse.data_ptr<float>();
        float* op = losses.data_ptr<float>();
        forRows(rows, n, [&](int64_t r) {
            const float* row = xp + r * n;
            const float m = rowMax(row, n);
            lp[r] = m + std::log(rowSumExp(row, m, n));
            const int64_t target = tp[r];
            TORCH_CHECK(target == ignoreIndex || (target >= 0 && target < n), "target ", target,
                        " out of range");
            op[r] = target == ignoreIndex ? 0.0f : lp[r] - row[target];
        });
        if (ctx) {
            ctx->save_for_backward({x, t, lse});
            ctx->saved_data["ignore"] = ignoreIndex;
        }
        return losses.sum(); // torch's pairwise sum, as its own reduction adds the rows
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const variable_list saved = ctx->get_saved_variables();
        const at::Tensor &x = saved[0], &t = saved[1], &lse = saved[2];
        const int64_t ignoreIndex = ctx->saved_data["ignore"].toInt();
        const float g = grads[0].item<float>();
        const int64_t rows = x.size(0), n = x.size(1);
        at::Tensor dx = at::empty_like(x);
        const float* xp = x.data_ptr<float>();
        const int64_t* tp = t.data_ptr<int64_t>();
        const float* lp = lse.data_ptr<float>();
        float* dp = dx.data_ptr<float>();
        forRows(rows, n, [&](int64_t r) {
            float* out = dp + r * n;
            if (tp[r] == ignoreIndex) {
                std::fill(out, out + n, 0.0f);
                return;
            }
            rowGradient(xp + r * n, lp[r], g, out, n);
            out[tp[r]] -= g;
        });
        return {dx, at::Tensor(), at::Tensor()};
    }
};

bool fusable(const at::Tensor& logits, const at::Tensor& targets)
{
    return logits.device().is_cpu() && logits.scalar_type() == at::kFloat && logits.dim() == 2 &&
           logits.size(0) > 0 && logits.size(1) > 0 && targets.device().is_cpu() &&
           targets.scalar_type() == at::kLong && targets.dim() == 1 &&
           targets.size(0) == logits.size(0);
}

} // namespace

at::Tensor crossEntropySumComposite(const at::Tensor& logits, const at::Tensor& targets,
                                    int64_t ignoreIndex)
{
    return torch::nn::functional::cross_entropy(logits, targets,
                                                torch::nn::functional::CrossEntropyFuncOptions()
                                                    .ignore_index(ignoreIndex)
                                                    .reduction(torch::kSum));
}

at::Tensor crossEntropySum(const at::Tensor& logits, const at::Tensor& targets, int64_t ignoreIndex)
{
    if (!fusable(logits, targets))
        return crossEntropySumComposite(logits, targets, ignoreIndex);
    if (!at::GradMode::is_enabled() || !logits.requires_grad()) // no graph: skip the node
        return CrossEntropyFunction::forward(nullptr, logits, targets, ignoreIndex);
    return CrossEntropyFunction::apply(logits, targets, ignoreIndex);
}

} // namespace fw::ml
