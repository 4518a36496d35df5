// Rotary frequencies with the scaling options of HF transformers (linear, dynamic NTK, llama3).
#include "ml/Rotary.h"

#include "ml/FusedRotary.h"

#include <cmath>

namespace fw::ml {

namespace {

torch::Tensor baseInverseFrequencies(int64_t headDim, double theta)
{
    // 1 / theta^(2i / d), computed in F64 and stored in F32 like HF's default initialiser.
    const auto exponents = torch::arange(0, headDim, 2, torch::kFloat64) / double(headDim);
    return (1.0 / torch::pow(theta, exponents)).to(torch::kFloat32);
}

// Llama 3.1: keep high frequencies, divide low ones by the factor, blend smoothly in between.
torch::Tensor llama3Scaled(const torch::Tensor& invFreq, const RopeScaling& s)
{
    const double oldContext = s.originalMaxPositionEmbeddings > 0 ? s.originalMaxPositionEmbeddings : 8192;
    const double lowWavelen = oldContext / s.lowFreqFactor;
    const double highWavelen = oldContext / s.highFreqFactor;
    const torch::Tensor wavelen = 2 * M_PI / invFreq;
    torch::Tensor scaled = torch::where(wavelen > lowWavelen, invFreq / s.factor, invFreq);
    const torch::Tensor smooth = (oldContext / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
    const torch::Tensor smoothed = (1 - smooth) * scaled / s.factor + smooth * scaled;
    const torch::Tensor medium = (wavelen >= highWavelen) & (wavelen <= lowWavelen);
    return torch::where(medium, smoothed, scaled);
}

} // namespace

Rotary::Rotary(const ModelConfig& config) : m_config(config)
{
    const int64_t headDim = config.effectiveHeadDim();
    m_invFreq = baseInverseFrequencies(headDim, config.ropeTheta);
    if (config.ropeScaling.type == QLatin1String("llama3"))
        m_invFreq = llama3Scaled(m_invFreq, config.ropeScaling);
}

std::pair<torch::Tensor, torch::Tensor> Rotary::cosSin(const torch::Tensor& positions) const
{
    torch::Tensor invFreq = m_invFreq;
    torch::Tensor pos = positions.to(torch::kFloat32);
    const RopeScaling& s = m_config.ropeScaling;
    if (s.type == QLatin1String("linear")) {
        pos = pos / s.factor;
    } else if (s.type == QLatin1String("dynamic")) {
        // Dynamic NTK: grow the base once the sequence exceeds the trained context.
        const double original = s.originalMaxPositionEmbeddings > 0 ? s.originalMaxPositionEmbeddings
                                                                      : m_config.maxSeqLen;
        const double seqLen = positions.numel() ? positions.max().item<double>() + 1 : 0;
        if (seqLen > original) {
            const double d = m_config.effectiveHeadDim();
            const double base = m_config.ropeTheta
                                * std::pow(s.factor * seqLen / original - (s.factor - 1), d / (d - 2));
            invFreq = baseInverseFrequencies(int64_t(d), base);
        }
    }
    invFreq = invFreq.to(positions.device());
    const torch::Tensor freqs = pos.unsqueeze(-1) * invFreq; // (B, T, headDim/2)
    const torch::Tensor emb = torch::cat({freqs, freqs}, -1);  // (B, T, headDim)
    return {emb.cos(), emb.sin()};
}

torch::Tensor Rotary::apply(const torch::Tensor& x, const torch::Tensor& cos,
                            const torch::Tensor& sin, double scale)
{
    return rotary(x, cos, sin, scale);
}

} // namespace fw::ml
