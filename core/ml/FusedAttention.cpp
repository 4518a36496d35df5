// Fused causal attention. fp32: per (sequence, kv head), query tiles of kTile rows against the keys
// up to the tile's last row; a tile's softmax is applied in place, row by row, over its causal part.
// bf16 (mixed precision): two batched GEMMs around CausalSoftmax.
#include "ml/FusedAttention.h"

#include "ml/CausalSoftmax.h"
#include "ml/MixedPrecision.h"
#include "ml/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <torch/torch.h>

namespace fw::ml {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// Query rows per tile: 64 keeps each GEMM large enough for the BLAS kernels while the tiles above
// the diagonal that are skipped still save about a third of the score and value products at T 256.
constexpr int64_t kTile = 64;

// Row i of a tile sees keys 0..r0+i: exponentiate them against the row's max, zero the rest, and
// normalise; returns the row's log-sum-exp.
FW_VECTOR_CLONES float softmaxRow(float* __restrict s, int64_t valid, int64_t width)
{
    float m = s[0];
    for (int64_t j = 1; j < valid; ++j)
        m = s[j] > m ? s[j] : m;
    float sum = 0.0f;
    for (int64_t j = 0; j < valid; ++j) {
        s[j] = vectorisableExp(s[j] - m);
        sum += s[j];
    }
    const float inv = 1.0f / sum;
    for (int64_t j = 0; j < valid; ++j)
        s[j] *= inv;
    for (int64_t j = valid; j < width; ++j)
        s[j] = 0.0f;
    return m + std::log(sum);
}

// In place: dp (dO v^T) becomes dS = P (dP - D) with P = exp(S - lse) recomputed from the scores.
FW_VECTOR_CLONES void scoreGradientRow(const float* __restrict s, float* __restrict dp, float lse,
                                       float d, int64_t valid, int64_t width)
{
    for (int64_t j = 0; j < valid; ++j)
        dp[j] = vectorisableExp(s[j] - lse) * (dp[j] - d);
    for (int64_t j = valid; j < width; ++j)
        dp[j] = 0.0f;
}

FW_VECTOR_CLONES void probabilityRow(float* __restrict s, float lse, int64_t valid, int64_t width)
{
    for (int64_t j = 0; j < valid; ++j)
        s[j] = vectorisableExp(s[j] - lse);
    for (int64_t j = valid; j < width; ++j)
        s[j] = 0.0f;
}

FW_VECTOR_CLONES float dotRow(const float* __restrict a, const float* __restrict b, int64_t n)
{
    float sum = 0.0f;
    for (int64_t i = 0; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

// (T, hd) views of one head: q and o by query head, k and v by kv head.
struct Heads
{
    at::Tensor q, k, v, out, lse; // lse: (T)
};

void forwardHead(const Heads& h, at::Tensor& scores)
{
    const int64_t T = h.q.size(0);
    float* lse = h.lse.data_ptr<float>();
    for (int64_t r0 = 0; r0 < T; r0 += kTile) {
        const int64_t r1 = std::min(T, r0 + kTile), rows = r1 - r0;
        at::Tensor s = scores.narrow(0, 0, rows).narrow(1, 0, r1);
        at::mm_out(s, h.q.narrow(0, r0, rows), h.k.narrow(0, 0, r1).t()); // (rows, r1)
        float* sp = s.data_ptr<float>();
        const int64_t ld = s.stride(0);
        for (int64_t i = 0; i < rows; ++i)
            lse[r0 + i] = softmaxRow(sp + i * ld, r0 + i + 1, r1);
        at::Tensor o = h.out.narrow(0, r0, rows);
        at::mm_out(o, s, h.v.narrow(0, 0, r1));
    }
}

struct HeadGrads
{
    at::Tensor dout, dq, dk,
        dv; // (T, hd) views; dk, dv accumulate over the query heads of a kv head
};

void backwardHead(const Heads& h, const HeadGrads& g, at::Tensor& scores, at::Tensor& dscores)
{
    const int64_t T = h.q.size(0), hd = h.q.size(1);
    const float* lse = h.lse.data_ptr<float>();
    for (int64_t r0 = 0; r0 < T; r0 += kTile) {
        const int64_t r1 = std::min(T, r0 + kTile), rows = r1 - r0;
        const at::Tensor q = h.q.narrow(0, r0, rows), dout = g.dout.narrow(0, r0, rows);
        const at::Tensor k = h.k.narrow(0, 0, r1), v = h.v.narrow(0, 0, r1);
        at::Tensor s = scores.narrow(0, 0, rows).narrow(1, 0, r1);
        at::Tensor ds = dscores.narrow(0, 0, rows).narrow(1, 0, r1);
        at::mm_out(s, q, k.t());
        at::mm_out(ds, dout, v.t()); // dP
        float* sp = s.data_ptr<float>();
        float* dsp = ds.data_ptr<float>();
        const at::Tensor o = h.out.narrow(0, r0, rows);
        const float* op = o.data_ptr<float>();
        const float* gp = dout.data_ptr<float>();
        const int64_t ld = s.stride(0), oStride = o.stride(0), gStride = dout.stride(0);
        for (int64_t i = 0; i < rows; ++i) {
            const float d = dotRow(gp + i * gStride, op + i * oStride, hd); // D = rowsum(dO * O)
            scoreGradientRow(sp + i * ld, dsp + i * ld, lse[r0 + i], d, r0 + i + 1, r1);
            probabilityRow(sp + i * ld, lse[r0 + i], r0 + i + 1, r1);
        }
        g.dv.narrow(0, 0, r1).addmm_(s.t(), dout);
        at::Tensor dq = g.dq.narrow(0, r0, rows);
        at::mm_out(dq, ds, k);
        g.dk.narrow(0, 0, r1).addmm_(ds.t(), q);
    }
}

struct CausalAttentionFunction : public torch::autograd::Function<CausalAttentionFunction>
{
    static at::Tensor forward(AutogradContext* ctx, const at::Tensor& q, const at::Tensor& k,
                              const at::Tensor& v)
    {
        const int64_t B = q.size(0), H = q.size(1), T = q.size(2), hd = q.size(3), KV = k.size(1);
        at::Tensor out = at::empty({B, T, H, hd}, q.options());
        at::Tensor lse = at::empty({B, H, T}, q.options());
        at::parallel_for(0, B * KV, 1, [&](int64_t t0, int64_t t1) {
            at::Tensor scores = at::empty({kTile, T}, q.options());
            for (int64_t t = t0; t < t1; ++t) {
                const int64_t b = t / KV, kvh = t % KV;
                for (int64_t h = kvh * (H / KV); h < (kvh + 1) * (H / KV); ++h)
                    forwardHead({q[b][h], k[b][kvh], v[b][kvh], out[b].select(1, h), lse[b][h]},
                                scores);
            }
        });
        if (ctx)
            ctx->save_for_backward({q, k, v, out, lse});
        return out;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const variable_list saved = ctx->get_saved_variables();
        const at::Tensor &q = saved[0], &k = saved[1], &v = saved[2], &out = saved[3],
                         &lse = saved[4];
        const at::Tensor dout = grads[0].contiguous();
        const int64_t B = q.size(0), H = q.size(1), T = q.size(2), KV = k.size(1);
        at::Tensor dq = at::empty(q.sizes(), q.options());
        at::Tensor dk = at::zeros(k.sizes(), k.options()), dv = at::zeros(v.sizes(), v.options());
        at::parallel_for(0, B * KV, 1, [&](int64_t t0, int64_t t1) {
            at::Tensor scores = at::empty({kTile, T}, q.options()),
                       dscores = at::empty({kTile, T}, q.options());
            for (int64_t t = t0; t < t1; ++t) {
                const int64_t b = t / KV, kvh = t % KV;
                for (int64_t h = kvh * (H / KV); h < (kvh + 1) * (H / KV); ++h)
                    backwardHead({q[b][h], k[b][kvh], v[b][kvh], out[b].select(1, h), lse[b][h]},
                                 {dout[b].select(1, h), dq[b][h], dk[b][kvh], dv[b][kvh]}, scores,
                                 dscores);
            }
        });
        return {dq, dk, dv};
    }
};

bool fusable(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v)
{
    const auto cpuFloat = [](const at::Tensor& t) {
        return t.device().is_cpu() && t.scalar_type() == at::kFloat && t.dim() == 4 &&
               t.stride(3) == 1;
    };
    return cpuFloat(q) && cpuFloat(k) && cpuFloat(v) && q.numel() > 0 && k.sizes() == v.sizes() &&
           q.size(0) == k.size(0) && q.size(2) == k.size(2) && q.size(3) == k.size(3) &&
           k.size(1) > 0 && q.size(1) % k.size(1) == 0;
}

} // namespace

namespace {
// k or v (B, KV, T, hd) repeated to (B, H, T, hd): query head h reads kv head h / (H / KV).
at::Tensor repeatKv(const at::Tensor& kv, int64_t H)
{
    const int64_t B = kv.size(0), KV = kv.size(1), T = kv.size(2), hd = kv.size(3);
    return KV == H ? kv : kv.unsqueeze(2).expand({B, KV, H / KV, T, hd}).reshape({B, H, T, hd});
}
} // namespace

at::Tensor causalAttentionBatched(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                                  at::ScalarType type)
{
    const int64_t B = q.size(0), H = q.size(1), T = q.size(2), hd = q.size(3);
    const at::Tensor qb = q.to(type).reshape({B * H, T, hd});
    const at::Tensor kb = repeatKv(k.to(type), H).reshape({B * H, T, hd});
    const at::Tensor vb = repeatKv(v.to(type), H).reshape({B * H, T, hd});
    const at::Tensor probs = causalSoftmax(qb.bmm(kb.transpose(1, 2)));
    return probs.bmm(vb).view({B, H, T, hd}).transpose(1, 2).contiguous(); // (B, T, H, hd)
}

at::Tensor causalAttentionTiled(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v)
{
    if (!fusable(q, k, v))
        return causalAttentionComposite(q, k, v);
    const bool graph =
        at::GradMode::is_enabled() && (q.requires_grad() || k.requires_grad() || v.requires_grad());
    if (!graph)
        return CausalAttentionFunction::forward(nullptr, q, k, v);
    return CausalAttentionFunction::apply(q, k, v);
}

at::Tensor causalAttentionComposite(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v)
{
    const int64_t H = q.size(1), T = q.size(2);
    const at::Tensor kr = repeatKv(k, H), vr = repeatKv(v, H);
    const at::Tensor allowed = torch::ones({T, T}, q.options().dtype(at::kBool)).tril();
    const at::Tensor mask =
        torch::zeros({T, T}, q.options())
            .masked_fill(allowed.logical_not(), -std::numeric_limits<float>::infinity());
    const at::Tensor probs = torch::softmax(q.matmul(kr.transpose(-2, -1)) + mask, -1);
    return probs.matmul(vr).transpose(1, 2).contiguous(); // (B, T, H, hd)
}

at::Tensor causalAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v)
{
    // CausalSoftmax is a CPU kernel: elsewhere (CUDA) attention stays fp32 and composite.
    if (matmulPrecision() == Precision::Bf16 && q.scalar_type() == at::kFloat && q.device().is_cpu())
        return causalAttentionBatched(q, k, v, at::kBFloat16);
    return causalAttentionTiled(q, k, v);
}

} // namespace fw::ml
