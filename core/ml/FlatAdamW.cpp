// FlatAdamW: torch's AdamW update, element by element in one loop over the flat buffers.
#include "ml/FlatAdamW.h"

#include "ml/VectorMath.h"

#include <algorithm>
#include <cmath>

namespace fw::ml {

namespace {

constexpr int64_t kGrain = 32768; // elements per parallel task

struct Update
{
    float lr, beta1, beta2, eps, decay, stepSize, bc2Sqrt;
};

// torch.optim.AdamW's order, so the result matches it to rounding: decay, the two moments, then
// p -= lr / bc1 * m / (sqrt(v) / sqrt(bc2) + eps).
FW_VECTOR_CLONES void adamRange(float* __restrict p, const float* __restrict g, float* __restrict m,
                                float* __restrict v, int64_t n, Update u)
{
    const float keep = 1.0f - u.lr * u.decay;
    for (int64_t i = 0; i < n; ++i) {
        p[i] *= keep;
        m[i] = m[i] * u.beta1 + g[i] * (1.0f - u.beta1);
        v[i] = v[i] * u.beta2 + g[i] * g[i] * (1.0f - u.beta2);
        const float denom = std::sqrt(v[i]) / u.bc2Sqrt + u.eps;
        p[i] -= u.stepSize * (m[i] / denom);
    }
}

} // namespace

bool FlatAdamW::supports(const std::vector<torch::Tensor>& params)
{
    return !params.empty() && std::all_of(params.begin(), params.end(), [](const torch::Tensor& p) {
        return p.device().is_cpu() && p.scalar_type() == torch::kFloat && p.requires_grad() &&
               !p.is_sparse();
    });
}

FlatAdamW::FlatAdamW(const std::vector<torch::Tensor>& params, const FlatAdamWOptions& options)
    : m_options(options)
{
    std::vector<torch::Tensor> ordered;
    for (bool matrices : {true, false})
        for (const auto& p : params)
            if ((p.dim() >= 2) == matrices)
                ordered.push_back(p);
    int64_t total = 0;
    for (const auto& p : ordered) {
        total += p.numel();
        if (p.dim() >= 2)
            m_decayed = total;
    }
    torch::NoGradGuard noGrad;
    m_params = torch::empty({total}, torch::kFloat);
    m_grads = torch::zeros({total}, torch::kFloat);
    m_expAvg = torch::zeros({total}, torch::kFloat);
    m_expAvgSq = torch::zeros({total}, torch::kFloat);
    int64_t offset = 0;
    for (auto p : ordered) {
        const int64_t n = p.numel();
        torch::Tensor slot = m_params.narrow(0, offset, n).view(p.sizes());
        slot.copy_(p);
        p.set_data(slot);
        // Autograd accumulates into a defined gradient in place, so backward writes into m_grads.
        p.mutable_grad() = m_grads.narrow(0, offset, n).view(p.sizes());
        offset += n;
    }
}

void FlatAdamW::zeroGrad()
{
    m_grads.zero_();
}

double FlatAdamW::clipGradNorm(double maxNorm)
{
    torch::NoGradGuard noGrad;
    const double norm = m_grads.norm().item<double>();
    const double scale = maxNorm / (norm + 1e-6); // as torch.nn.utils.clip_grad_norm_
    if (scale < 1.0)
        m_grads.mul_(scale);
    return norm;
}

void FlatAdamW::step(double learningRate)
{
    ++m_step;
    const double bc1 = 1.0 - std::pow(m_options.beta1, double(m_step));
    const double bc2 = 1.0 - std::pow(m_options.beta2, double(m_step));
    Update u{float(learningRate),
             float(m_options.beta1),
             float(m_options.beta2),
             float(m_options.eps),
             0.0f,
             float(learningRate / bc1),
             float(std::sqrt(bc2))};
    float* p = m_params.data_ptr<float>();
    const float* g = m_grads.data_ptr<float>();
    float* m = m_expAvg.data_ptr<float>();
    float* v = m_expAvgSq.data_ptr<float>();
    const int64_t total = m_params.numel();
    at::parallel_for(0, total, kGrain, [&](int64_t begin, int64_t end) {
        // Split at the end of the decayed range, so each piece has one decay.
        for (int64_t from = begin; from < end;) {
            const int64_t to = from < m_decayed ? std::min(end, m_decayed) : end;
            Update piece = u;
            piece.decay = from < m_decayed ? float(m_options.weightDecay) : 0.0f;
            adamRange(p + from, g + from, m + from, v + from, to - from, piece);
            from = to;
        }
    });
}

void FlatAdamW::save(torch::serialize::OutputArchive& archive) const
{
    archive.write("flat_step", torch::tensor(m_step));
    archive.write("flat_exp_avg", m_expAvg);
    archive.write("flat_exp_avg_sq", m_expAvgSq);
}

bool FlatAdamW::load(torch::serialize::InputArchive& archive)
{
    torch::Tensor step, expAvg, expAvgSq;
    if (!archive.try_read("flat_step", step) || !archive.try_read("flat_exp_avg", expAvg) ||
        !archive.try_read("flat_exp_avg_sq", expAvgSq) || expAvg.sizes() != m_expAvg.sizes() ||
        expAvgSq.sizes() != m_expAvgSq.sizes())
        return false;
    torch::NoGradGuard noGrad;
    m_expAvg.copy_(expAvg);
    m_expAvgSq.copy_(expAvgSq);
    m_step = step.item<int64_t>();
    return true;
}

} // namespace fw::ml
