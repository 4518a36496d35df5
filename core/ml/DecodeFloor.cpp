// The naive decode step: every loop written out once, nothing vectorised by hand, as run.c.
#include "ml/DecodeFloor.h"

#include <algorithm>
#include <cmath>

namespace fw::ml {

namespace {

void matVec(const float* w, const float* x, float* y, int64_t rows, int64_t cols)
{
    for (int64_t i = 0; i < rows; ++i) {
        float v = 0.0f;
        for (int64_t j = 0; j < cols; ++j)
            v += w[i * cols + j] * x[j];
        y[i] = v;
    }
}

void rmsNorm(const float* x, const float* w, float eps, float* y, int64_t n)
{
    float ss = 0.0f;
    for (int64_t j = 0; j < n; ++j)
        ss += x[j] * x[j];
    const float r = 1.0f / std::sqrt(ss / float(n) + eps);
    for (int64_t j = 0; j < n; ++j)
        y[j] = w[j] * (x[j] * r);
}

void rotate(float* v, int64_t hd, const std::vector<float>& inverseFrequencies, float position)
{
    const int64_t half = hd / 2;
    for (int64_t j = 0; j < half; ++j) {
        const float angle = position * inverseFrequencies[size_t(j)];
        const float c = std::cos(angle), s = std::sin(angle), a = v[j], b = v[j + half];
        v[j] = a * c - b * s;
        v[j + half] = b * c + a * s;
    }
}

} // namespace

DecodeFloor::DecodeFloor(const FastWeights& w, int64_t capacity) : m_w(w), m_capacity(capacity)
{
    const int64_t kvWidth = w.kvHeads * w.headDim, qWidth = w.heads * w.headDim;
    m_keys.resize(size_t(int64_t(w.layers.size()) * capacity * kvWidth));
    m_values.resize(m_keys.size());
    m_x.resize(size_t(w.dim));
    m_xb.resize(size_t(w.dim));
    m_qkv.resize(size_t(qWidth + 2 * kvWidth));
    m_att.resize(size_t(qWidth));
    m_proj.resize(size_t(w.dim));
    m_gateUp.resize(size_t(2 * w.hidden));
    m_h.resize(size_t(w.hidden));
    m_scores.resize(size_t(capacity));
    m_logits.resize(size_t(w.vocab));
}

const float* DecodeFloor::step(int token, int64_t position)
{
    const FastWeights& w = m_w;
    const int64_t hd = w.headDim, qWidth = w.heads * hd, kvWidth = w.kvHeads * hd;
    const float pos = float(position) / w.positionDivisor;
    for (int64_t j = 0; j < w.dim; ++j)
        m_x[size_t(j)] = w.embedding[size_t(token * w.dim + j)];
    for (size_t l = 0; l < w.layers.size(); ++l) {
        const FastLayer& layer = w.layers[l];
        rmsNorm(m_x.data(), layer.attentionNorm.data(), w.normEps, m_xb.data(), w.dim);
        matVec(layer.qkv.weights(), m_xb.data(), m_qkv.data(), layer.qkv.rows, layer.qkv.cols);
        for (int64_t h = 0; h < w.heads + w.kvHeads; ++h) // q heads, then k heads
            rotate(m_qkv.data() + h * hd, hd, w.inverseFrequencies, pos);
        float* keys = m_keys.data() + int64_t(l) * m_capacity * kvWidth; // (capacity, KV hd)
        float* values = m_values.data() + int64_t(l) * m_capacity * kvWidth;
        for (int64_t j = 0; j < kvWidth; ++j) {
            keys[position * kvWidth + j] = m_qkv[size_t(qWidth + j)];
            values[position * kvWidth + j] = m_qkv[size_t(qWidth + kvWidth + j)];
        }
        for (int64_t h = 0; h < w.heads; ++h) {
            const float* q = m_qkv.data() + h * hd;
            const int64_t kvOffset = h / (w.heads / w.kvHeads) * hd;
            float top = -INFINITY;
            for (int64_t t = 0; t <= position; ++t) {
                float score = 0.0f;
                for (int64_t j = 0; j < hd; ++j)
                    score += q[j] * keys[t * kvWidth + kvOffset + j];
                m_scores[size_t(t)] = score / std::sqrt(float(hd));
                top = std::max(top, m_scores[size_t(t)]);
            }
            float total = 0.0f;
            for (int64_t t = 0; t <= position; ++t) {
                m_scores[size_t(t)] = std::exp(m_scores[size_t(t)] - top);
                total += m_scores[size_t(t)];
            }
            float* out = m_att.data() + h * hd;
            for (int64_t j = 0; j < hd; ++j)
                out[j] = 0.0f;
            for (int64_t t = 0; t <= position; ++t)
                for (int64_t j = 0; j < hd; ++j)
                    out[j] += m_scores[size_t(t)] / total * values[t * kvWidth + kvOffset + j];
        }
        matVec(layer.output.weights(), m_att.data(), m_proj.data(), layer.output.rows,
               layer.output.cols);
        for (int64_t j = 0; j < w.dim; ++j)
            m_x[size_t(j)] += m_proj[size_t(j)];
        rmsNorm(m_x.data(), layer.feedForwardNorm.data(), w.normEps, m_xb.data(), w.dim);
        matVec(layer.gateUp.weights(), m_xb.data(), m_gateUp.data(), layer.gateUp.rows,
               layer.gateUp.cols);
        for (int64_t j = 0; j < w.hidden; ++j) {
            const float g = m_gateUp[size_t(j)];
            m_h[size_t(j)] = g / (1.0f + std::exp(-g)) * m_gateUp[size_t(w.hidden + j)];
        }
        matVec(layer.down.weights(), m_h.data(), m_proj.data(), layer.down.rows, layer.down.cols);
        for (int64_t j = 0; j < w.dim; ++j)
            m_x[size_t(j)] += m_proj[size_t(j)];
    }
    rmsNorm(m_x.data(), w.finalNorm.data(), w.normEps, m_xb.data(), w.dim);
    matVec(w.head.weights(), m_xb.data(), m_logits.data(), w.head.rows, w.head.cols);
    return m_logits.data();
}

} // namespace fw::ml
