// Rotary embedding as a custom autograd function: the backward is the same rotation by -angle.
#include "ml/FusedRotary.h"

#include "ml/VectorMath.h"

#include <algorithm>
#include <numeric>
#include <torch/torch.h>
#include <vector>

namespace fw::ml {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// y1 = x1 c1 - x2 s1, y2 = x2 c2 + x1 s2 (halves of one row), times scale.
FW_VECTOR_CLONES void rotateRow(const float* __restrict x, const float* __restrict c,
                                const float* __restrict s, float* __restrict y, int64_t half,
                                float scale)
{
    for (int64_t j = 0; j < half; ++j) {
        y[j] = (x[j] * c[j] - x[j + half] * s[j]) * scale;
        y[j + half] = (x[j + half] * c[j + half] + x[j] * s[j + half]) * scale;
    }
}

// The transpose of rotateRow: dx1 = g1 c1 + g2 s2, dx2 = g2 c2 - g1 s1, times scale.
FW_VECTOR_CLONES void rotateRowBack(const float* __restrict g, const float* __restrict c,
                                    const float* __restrict s, float* __restrict dx, int64_t half,
                                    float scale)
{
    for (int64_t j = 0; j < half; ++j) {
        dx[j] = (g[j] * c[j] + g[j + half] * s[j + half]) * scale;
        dx[j + half] = (g[j + half] * c[j + half] - g[j] * s[j]) * scale;
    }
}

using RowKernel = void (*)(const float*, const float*, const float*, float*, int64_t, float);

// Applies kernel to every (b, h, t) row of in (B, H, T, hd) with cos/sin (B, T, hd); in and out may
// have any strides over (B, H, T) but unit stride along hd.
void forEachRow(RowKernel kernel, const at::Tensor& in, const at::Tensor& cos,
                const at::Tensor& sin, at::Tensor& out, float scale)
{
    const int64_t H = in.size(1), T = in.size(2), hd = in.size(3), rows = in.size(0) * H * T;
    const float *pin = in.data_ptr<float>(), *pc = cos.data_ptr<float>(),
                *ps = sin.data_ptr<float>();
    float* pout = out.data_ptr<float>();
    at::parallel_for(0, rows, std::max<int64_t>(1, 16384 / hd), [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r) {
            const int64_t b = r / (H * T), h = r / T % H, t = r % T;
            const int64_t cs = b * cos.stride(0) + t * cos.stride(1),
                          ss = b * sin.stride(0) + t * sin.stride(1);
            kernel(pin + b * in.stride(0) + h * in.stride(1) + t * in.stride(2), pc + cs, ps + ss,
                   pout + b * out.stride(0) + h * out.stride(1) + t * out.stride(2), hd / 2, scale);
        }
    });
}

at::Tensor unitInnerStride(const at::Tensor& t)
{
    return t.stride(-1) == 1 ? t : t.contiguous();
}

struct RotaryFunction : public torch::autograd::Function<RotaryFunction>
{
    static at::Tensor forward(AutogradContext* ctx, const at::Tensor& input, const at::Tensor& cos,
                              const at::Tensor& sin, double scale)
    {
        const at::Tensor x = unitInnerStride(input), c = unitInnerStride(cos),
                         s = unitInnerStride(sin);
        at::Tensor y = at::empty(x.sizes(), x.options());
        forEachRow(rotateRow, x, c, s, y, float(scale));
        if (ctx) {
            ctx->save_for_backward({c, s});
            ctx->saved_data["scale"] = scale;
            // The gradient goes back in x's layout, so the views between it and its projection stay
            // free.
            ctx->saved_data["sizes"] = input.sizes().vec();
            ctx->saved_data["strides"] = input.strides().vec();
        }
        return y;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const variable_list saved = ctx->get_saved_variables();
        const at::Tensor g = unitInnerStride(grads[0]);
        at::Tensor dx = gradientLike(ctx, g.options());
        forEachRow(rotateRowBack, g, saved[0], saved[1], dx,
                   float(ctx->saved_data["scale"].toDouble()));
        return {dx, at::Tensor(), at::Tensor(), at::Tensor()};
    }

    // Dense memory in the order of x's strides: for the transposed view of a projection that is
    // (B, T, H, hd), so the transpose and view between x and its GEMM stay free in the backward.
    static at::Tensor gradientLike(AutogradContext* ctx, const at::TensorOptions& options)
    {
        const auto sizes = ctx->saved_data["sizes"].toIntVector();
        const auto strides = ctx->saved_data["strides"].toIntVector();
        std::vector<int64_t> order(sizes.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int64_t i, int64_t j) {
            return strides[size_t(i)] > strides[size_t(j)];
        });
        std::vector<int64_t> orderedSizes, inverse(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            orderedSizes.push_back(sizes[size_t(order[i])]);
            inverse[size_t(order[i])] = int64_t(i);
        }
        return at::empty(orderedSizes, options).permute(inverse);
    }
};

bool fusable(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin)
{
    const auto cpuFloat = [](const at::Tensor& t) {
        return t.device().is_cpu() && t.scalar_type() == at::kFloat;
    };
    if (!cpuFloat(x) || !cpuFloat(cos) || !cpuFloat(sin) || x.dim() != 4 || x.numel() == 0 ||
        x.size(3) % 2 != 0)
        return false;
    const auto angles = {x.size(0), x.size(2), x.size(3)};
    return cos.sizes() == at::IntArrayRef(angles) && sin.sizes() == at::IntArrayRef(angles) &&
           !cos.requires_grad() && !sin.requires_grad();
}

} // namespace

at::Tensor rotaryComposite(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin,
                           double scale)
{
    const int64_t half = x.size(-1) / 2;
    const at::Tensor rotated = at::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
    const at::Tensor y = x * cos.unsqueeze(1) + rotated * sin.unsqueeze(1);
    return scale == 1.0 ? y : y * scale;
}

at::Tensor rotary(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin, double scale)
{
    if (!fusable(x, cos, sin))
        return rotaryComposite(x, cos, sin, scale);
    if (!at::GradMode::is_enabled() || !x.requires_grad()) // no graph to record: skip the node
        return RotaryFunction::forward(nullptr, x, cos, sin, scale);
    return RotaryFunction::apply(x, cos, sin, scale);
}

} // namespace fw::ml
