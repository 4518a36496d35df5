// SwiGLU's gate as a custom autograd function: one pass forward, one pass for both gradients
// (fp32, and the packed form over bf16 too, for mixed precision).
#include "ml/FusedSwiGlu.h"

#include "ml/VectorMath.h"

#include <algorithm>
#include <torch/torch.h>
#include <vector>

namespace fw::ml {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

constexpr int64_t kGrain = 16384; // elements per parallel task

// The row bodies, over fp32 or bf16 storage (arithmetic in fp32), forced inline into the cloned
// wrappers below.
template <typename T>
FW_ALWAYS_INLINE void forwardBody(const T* __restrict a, const T* __restrict b, T* __restrict h, int64_t n)
{
    for (int64_t i = 0; i < n; ++i) {
        const float x = loadAsFloat(a[i]);
        storeFromFloat(x * vectorisableSigmoid(x) * loadAsFloat(b[i]), h[i]);
    }
}

// da = g b s (1 + a (1 - s)), db = g a s, with s = sigmoid(a) recomputed rather than stored.
template <typename T>
FW_ALWAYS_INLINE void backwardBody(const T* __restrict a, const T* __restrict b, const T* __restrict g,
                                   T* __restrict da, T* __restrict db, int64_t n)
{
    for (int64_t i = 0; i < n; ++i) {
        const float x = loadAsFloat(a[i]), y = loadAsFloat(b[i]), gi = loadAsFloat(g[i]);
        const float s = vectorisableSigmoid(x);
        storeFromFloat(gi * y * (s * (1.0f + x * (1.0f - s))), da[i]);
        storeFromFloat(gi * (x * s), db[i]);
    }
}

FW_VECTOR_CLONES void forwardRange(const float* a, const float* b, float* h, int64_t n)
{
    forwardBody(a, b, h, n);
}
FW_VECTOR_CLONES void forwardRange(const uint16_t* a, const uint16_t* b, uint16_t* h, int64_t n)
{
    forwardBody(a, b, h, n);
}
FW_VECTOR_CLONES void backwardRange(const float* a, const float* b, const float* g, float* da, float* db, int64_t n)
{
    backwardBody(a, b, g, da, db, n);
}
FW_VECTOR_CLONES void backwardRange(const uint16_t* a, const uint16_t* b, const uint16_t* g, uint16_t* da,
                                    uint16_t* db, int64_t n)
{
    backwardBody(a, b, g, da, db, n);
}

// The drivers take a and b as rows `inStride` apart (and da, db `outStride` apart), so the same
// loops serve two tensors of one shape (stride n) and the packed gate|up projection (stride 2n).
// T: float, or uint16_t for bf16 (the overloads above pick the loop).
template <typename T>
void forwardRows(const T* a, const T* b, int64_t inStride, T* h, int64_t rows, int64_t n)
{
    at::parallel_for(0, rows, std::max<int64_t>(1, kGrain / n), [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r)
            forwardRange(a + r * inStride, b + r * inStride, h + r * n, n);
    });
}

template <typename T>
void backwardRows(const T* a, const T* b, int64_t inStride, const T* g, T* da, T* db, int64_t outStride,
                  int64_t rows, int64_t n)
{
    at::parallel_for(0, rows, std::max<int64_t>(1, kGrain / n), [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r)
            backwardRange(a + r * inStride, b + r * inStride, g + r * n, da + r * outStride,
                          db + r * outStride, n);
    });
}

// A tensor's data as the element type the row loops take.
template <typename T>
T* elements(const at::Tensor& t)
{
    return static_cast<T*>(t.data_ptr());
}

struct SwiGluFunction : public torch::autograd::Function<SwiGluFunction>
{
    static at::Tensor forward(AutogradContext* ctx, const at::Tensor& gate, const at::Tensor& up)
    {
        const at::Tensor a = gate.contiguous(), b = up.contiguous();
        const int64_t n = a.size(-1);
        at::Tensor h = at::empty_like(a);
        forwardRows(elements<float>(a), elements<float>(b), n, elements<float>(h), a.numel() / n, n);
        if (ctx)
            ctx->save_for_backward({a, b});
        return h;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const variable_list saved = ctx->get_saved_variables();
        const at::Tensor &a = saved[0], &b = saved[1];
        const at::Tensor g = grads[0].contiguous();
        const int64_t n = a.size(-1);
        at::Tensor da = at::empty_like(a), db = at::empty_like(b);
        backwardRows(elements<float>(a), elements<float>(b), n, elements<float>(g),
                     elements<float>(da), elements<float>(db), n, a.numel() / n, n);
        return {da, db};
    }
};

// Over (..., 2n) = gate | up, as one GEMM produces them: the gradient comes back packed the same
// way, so nothing has to split the input or concatenate the two gradients.
struct PackedSwiGluFunction : public torch::autograd::Function<PackedSwiGluFunction>
{
    // F32, or bf16 throughout (input, output and gradients) under mixed precision.
    static at::Tensor forward(AutogradContext* ctx, const at::Tensor& gateUp)
    {
        const at::Tensor gu = gateUp.contiguous();
        const int64_t n = gu.size(-1) / 2, rows = gu.numel() / (2 * n);
        std::vector<int64_t> sizes = gu.sizes().vec();
        sizes.back() = n;
        at::Tensor h = at::empty(sizes, gu.options());
        if (gu.scalar_type() == at::kFloat)
            forwardRows(elements<float>(gu), elements<float>(gu) + n, 2 * n, elements<float>(h), rows, n);
        else
            forwardRows(elements<uint16_t>(gu), elements<uint16_t>(gu) + n, 2 * n, elements<uint16_t>(h), rows, n);
        if (ctx)
            ctx->save_for_backward({gu});
        return h;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const at::Tensor gu = ctx->get_saved_variables()[0];
        const at::Tensor g = grads[0].to(gu.scalar_type()).contiguous();
        const int64_t n = gu.size(-1) / 2, rows = gu.numel() / (2 * n);
        at::Tensor dgu = at::empty_like(gu);
        if (gu.scalar_type() == at::kFloat) {
            const float* a = elements<float>(gu);
            float* da = elements<float>(dgu);
            backwardRows(a, a + n, 2 * n, elements<float>(g), da, da + n, 2 * n, rows, n);
        } else {
            const uint16_t* a = elements<uint16_t>(gu);
            uint16_t* da = elements<uint16_t>(dgu);
            backwardRows(a, a + n, 2 * n, elements<uint16_t>(g), da, da + n, 2 * n, rows, n);
        }
        return {dgu};
    }
};

bool cpuFloat(const at::Tensor& t)
{
    return t.device().is_cpu() && t.scalar_type() == at::kFloat && t.dim() >= 1 && t.numel() > 0;
}

bool cpuFloatOrBf16(const at::Tensor& t)
{
    return t.device().is_cpu() && (t.scalar_type() == at::kFloat || t.scalar_type() == at::kBFloat16) &&
           t.dim() >= 1 && t.numel() > 0;
}

} // namespace

at::Tensor swiGluComposite(const at::Tensor& a, const at::Tensor& b)
{
    return torch::silu(a) * b;
}

at::Tensor swiGlu(const at::Tensor& a, const at::Tensor& b)
{
    if (!cpuFloat(a) || !cpuFloat(b) || a.sizes() != b.sizes())
        return swiGluComposite(a, b);
    if (!at::GradMode::is_enabled() ||
        !(a.requires_grad() || b.requires_grad())) // no graph: skip the node
        return SwiGluFunction::forward(nullptr, a, b);
    return SwiGluFunction::apply(a, b);
}

at::Tensor swiGluPackedComposite(const at::Tensor& gateUp)
{
    const auto halves = gateUp.chunk(2, -1);
    return swiGluComposite(halves[0], halves[1]);
}

at::Tensor swiGluPacked(const at::Tensor& gateUp)
{
    if (!cpuFloatOrBf16(gateUp) || gateUp.size(-1) % 2 != 0)
        return swiGluPackedComposite(gateUp);
    if (!at::GradMode::is_enabled() || !gateUp.requires_grad()) // no graph: skip the node
        return PackedSwiGluFunction::forward(nullptr, gateUp);
    return PackedSwiGluFunction::apply(gateUp);
}

} // namespace fw::ml
