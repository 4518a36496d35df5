// The causal softmax's row kernels (one body for fp32 and bf16 storage) and its autograd function.
#include "ml/CausalSoftmax.h"

#include "ml/VectorMath.h"

#include <algorithm>
#include <torch/torch.h>
#include <vector>

namespace fw::ml {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// Reductions keep kLanes partial results: without -ffast-math that is how a float reduction
// vectorises (the scalar loop's order of additions may not be changed).
constexpr int64_t kLanes = 16;

// The row bodies are templates over the storage (VectorMath.h's loadAsFloat / storeFromFloat),
// forced inline into the cloned wrappers below.
template <typename T>
FW_ALWAYS_INLINE void softmaxRow(const T* __restrict s, T* __restrict p, float* __restrict e, int64_t valid, int64_t width)
{
    const int64_t whole = valid / kLanes * kLanes;
    float m = loadAsFloat(s[0]);
    float lanes[kLanes];
    for (int64_t k = 0; k < kLanes; ++k)
        lanes[k] = m;
    for (int64_t j = 0; j < whole; j += kLanes)
        for (int64_t k = 0; k < kLanes; ++k) {
            const float x = loadAsFloat(s[j + k]);
            lanes[k] = x > lanes[k] ? x : lanes[k];
        }
    for (int64_t k = 0; k < kLanes; ++k)
        m = lanes[k] > m ? lanes[k] : m;
    for (int64_t j = whole; j < valid; ++j)
        m = loadAsFloat(s[j]) > m ? loadAsFloat(s[j]) : m;
    for (int64_t j = 0; j < valid; ++j)
        e[j] = vectorisableExp(loadAsFloat(s[j]) - m);
    for (int64_t k = 0; k < kLanes; ++k)
        lanes[k] = 0.0f;
    for (int64_t j = 0; j < whole; j += kLanes)
        for (int64_t k = 0; k < kLanes; ++k)
            lanes[k] += e[j + k];
    float sum = 0.0f;
    for (int64_t k = 0; k < kLanes; ++k)
        sum += lanes[k];
    for (int64_t j = whole; j < valid; ++j)
        sum += e[j];
    const float inv = 1.0f / sum;
    for (int64_t j = 0; j < valid; ++j)
        storeFromFloat(e[j] * inv, p[j]);
    for (int64_t j = valid; j < width; ++j)
        p[j] = T(0);
}

// dS = P (dP - sum(dP P)) over the row's causal part, zeros beyond it.
template <typename T>
FW_ALWAYS_INLINE void softmaxBackwardRow(const T* __restrict p, const T* __restrict dp, T* __restrict ds, int64_t valid,
                                  int64_t width)
{
    const int64_t whole = valid / kLanes * kLanes;
    float lanes[kLanes] = {};
    for (int64_t j = 0; j < whole; j += kLanes)
        for (int64_t k = 0; k < kLanes; ++k)
            lanes[k] += loadAsFloat(dp[j + k]) * loadAsFloat(p[j + k]);
    float d = 0.0f;
    for (int64_t k = 0; k < kLanes; ++k)
        d += lanes[k];
    for (int64_t j = whole; j < valid; ++j)
        d += loadAsFloat(dp[j]) * loadAsFloat(p[j]);
    for (int64_t j = 0; j < valid; ++j)
        storeFromFloat(loadAsFloat(p[j]) * (loadAsFloat(dp[j]) - d), ds[j]);
    for (int64_t j = valid; j < width; ++j)
        ds[j] = T(0);
}

FW_VECTOR_CLONES void softmaxRowF32(const float* s, float* p, float* e, int64_t valid, int64_t width)
{
    softmaxRow(s, p, e, valid, width);
}
FW_VECTOR_CLONES void softmaxRowBf16(const uint16_t* s, uint16_t* p, float* e, int64_t valid, int64_t width)
{
    softmaxRow(s, p, e, valid, width);
}
FW_VECTOR_CLONES void softmaxBackwardRowF32(const float* p, const float* dp, float* ds, int64_t valid, int64_t width)
{
    softmaxBackwardRow(p, dp, ds, valid, width);
}
FW_VECTOR_CLONES void softmaxBackwardRowBf16(const uint16_t* p, const uint16_t* dp, uint16_t* ds, int64_t valid,
                                             int64_t width)
{
    softmaxBackwardRow(p, dp, ds, valid, width);
}

template <typename T>
T* elements(const at::Tensor& t)
{
    return static_cast<T*>(t.data_ptr());
}

// Rows of one T x T block per task at least: enough work to outweigh the scheduling.
int64_t grainRows(int64_t T)
{
    return std::max<int64_t>(1, 16384 / T);
}

struct CausalSoftmaxFunction : public torch::autograd::Function<CausalSoftmaxFunction>
{
    static at::Tensor forward(AutogradContext* ctx, const at::Tensor& scores)
    {
        const at::Tensor s = scores.contiguous();
        const int64_t T = s.size(-1), rows = s.numel() / T;
        at::Tensor p = at::empty_like(s);
        const bool bf16 = s.scalar_type() == at::kBFloat16;
        at::parallel_for(0, rows, grainRows(T), [&](int64_t r0, int64_t r1) {
            std::vector<float> e(static_cast<size_t>(T));
            for (int64_t r = r0; r < r1; ++r)
                if (bf16)
                    softmaxRowBf16(elements<uint16_t>(s) + r * T, elements<uint16_t>(p) + r * T, e.data(), r % T + 1, T);
                else
                    softmaxRowF32(elements<float>(s) + r * T, elements<float>(p) + r * T, e.data(), r % T + 1, T);
        });
        if (ctx)
            ctx->save_for_backward({p});
        return p;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const at::Tensor p = ctx->get_saved_variables()[0];
        const at::Tensor dp = grads[0].to(p.scalar_type()).contiguous();
        const int64_t T = p.size(-1), rows = p.numel() / T;
        at::Tensor ds = at::empty_like(p);
        const bool bf16 = p.scalar_type() == at::kBFloat16;
        at::parallel_for(0, rows, grainRows(T), [&](int64_t r0, int64_t r1) {
            for (int64_t r = r0; r < r1; ++r)
                if (bf16)
                    softmaxBackwardRowBf16(elements<uint16_t>(p) + r * T, elements<uint16_t>(dp) + r * T,
                                           elements<uint16_t>(ds) + r * T, r % T + 1, T);
                else
                    softmaxBackwardRowF32(elements<float>(p) + r * T, elements<float>(dp) + r * T,
                                          elements<float>(ds) + r * T, r % T + 1, T);
        });
        return {ds};
    }
};

} // namespace

at::Tensor causalSoftmax(const at::Tensor& scores)
{
    TORCH_CHECK(scores.device().is_cpu() && scores.dim() >= 2 && scores.size(-1) == scores.size(-2) &&
                    (scores.scalar_type() == at::kFloat || scores.scalar_type() == at::kBFloat16),
                "causalSoftmax takes CPU F32 or BF16 scores (..., T, T)");
    if (at::GradMode::is_enabled() && scores.requires_grad())
        return CausalSoftmaxFunction::apply(scores);
    return CausalSoftmaxFunction::forward(nullptr, scores);
}

} // namespace fw::ml
