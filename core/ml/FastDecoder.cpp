// One decode step in plain loops: embed, N x (norm, qkv, rotary, cached attention, o, norm,
// SwiGLU), norm, head. The order of operations follows Transformer's, so logits agree to rounding.
#include "ml/FastDecoder.h"

#include "ml/DecodeKernels.h"
#include "ml/KvCache.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace fw::ml {

namespace {
// FastLora's slots per layer, in ServingAdapter's order (kProjectionsPerLayer there).
enum Slot : int64_t { kQ, kK, kV, kO, kGate, kUp, kDown, kSlotsPerLayer };
} // namespace

FastKvView FastKvView::of(KvCache& cache)
{
    if (cache.batch() != 1)
        throw std::invalid_argument("FastKvView: the cache must hold one sequence");
    FastKvView v;
    for (size_t l = 0; l < cache.keys.size(); ++l) {
        for (const torch::Tensor* t : {&cache.keys[l], &cache.values[l]})
            if (!t->device().is_cpu() || t->scalar_type() != torch::kFloat32 || !t->is_contiguous())
                throw std::invalid_argument(
                    "FastKvView: the cache must be contiguous F32 on the CPU");
        v.keys.push_back(cache.keys[l].data_ptr<float>());
        v.values.push_back(cache.values[l].data_ptr<float>());
    }
    v.capacity = cache.capacity;
    return v;
}

FastDecoder::FastDecoder(std::shared_ptr<const FastWeights> weights) : m_w(std::move(weights))
{
    const FastWeights& w = *m_w;
    const int64_t qWidth = w.heads * w.headDim, kvWidth = w.kvHeads * w.headDim;
    const int64_t widest = std::max({w.dim, w.hidden, qWidth});
    m_x.resize(size_t(w.dim));
    m_xb.resize(size_t(w.dim));
    m_qkv.resize(size_t(qWidth + 2 * kvWidth));
    m_att.resize(size_t(qWidth));
    m_proj.resize(size_t(w.dim));
    m_gateUp.resize(size_t(2 * w.hidden));
    m_h.resize(size_t(w.hidden));
    m_scores.resize(size_t(w.maxSeqLen));
    m_cos.resize(size_t(w.headDim / 2));
    m_sin.resize(size_t(w.headDim / 2));
    m_xq.resize(size_t(decode::q8Blocks(widest) * decode::kQ8Block));
    m_xScales.resize(size_t(decode::q8Blocks(widest)));
    m_logits.resize(size_t(w.vocab));
}

void FastDecoder::project(const FastMatrix& m, const float* x, float* y)
{
    if (m_w->precision == WeightPrecision::F32)
        return decode::matVecF32(m.weights(), x, m.biasOrNull(), y, m.rows, m.cols);
    // Activations are quantised per call, per block of 32, in 16 bits (quantizeQ16 says why).
    decode::quantizeQ16(x, m.cols, m_xq.data(), m_xScales.data());
    decode::matVecQ8Q16(m.q8.data(), m.scales.data(), m_xq.data(), m_xScales.data(), m.biasOrNull(), y,
                     m.rows, m.blocks());
}

void FastDecoder::addLora(int64_t slot, const float* x, int64_t in, float* y, int64_t out)
{
    if (!m_lora || !m_lora->a[size_t(slot)])
        return;
    decode::addLowRank(m_lora->a[size_t(slot)], m_lora->b[size_t(slot)], m_lora->rank, in, out,
                       m_lora->scaling, x, m_loraT.data(), y);
}

void FastDecoder::rotateHeads(float* v, int64_t heads, float scale)
{
    const int64_t half = m_w->headDim / 2;
    for (int64_t h = 0; h < heads; ++h)
        decode::rotate(v + h * m_w->headDim, m_cos.data(), m_sin.data(), half, scale);
}

void FastDecoder::attention(const FastLayer& layer, int64_t layerIndex, int64_t position,
                            const FastKvView& cache)
{
    const FastWeights& w = *m_w;
    const int64_t hd = w.headDim, qWidth = w.heads * hd, kvWidth = w.kvHeads * hd;
    float* q = m_qkv.data();
    float* k = q + qWidth;
    float* v = k + kvWidth;
    project(layer.qkv, m_xb.data(), m_qkv.data());
    const int64_t slots = layerIndex * kSlotsPerLayer;
    addLora(slots + kQ, m_xb.data(), w.dim, q, qWidth);
    addLora(slots + kK, m_xb.data(), w.dim, k, kvWidth);
    addLora(slots + kV, m_xb.data(), w.dim, v, kvWidth);
    rotateHeads(q, w.heads, 1.0f / std::sqrt(float(hd))); // pre-scaled for the scores
    rotateHeads(k, w.kvHeads, 1.0f);
    float* keys = cache.keys[size_t(layerIndex)];
    float* values = cache.values[size_t(layerIndex)];
    for (int64_t g = 0; g < w.kvHeads; ++g) { // (KV, capacity, hd)
        std::copy(k + g * hd, k + (g + 1) * hd, keys + (g * cache.capacity + position) * hd);
        std::copy(v + g * hd, v + (g + 1) * hd, values + (g * cache.capacity + position) * hd);
    }
    // Query head h reads kv head h / (H / KV), as HF's repeat_kv.
    const int64_t rep = w.heads / w.kvHeads;
    for (int64_t h = 0; h < w.heads; ++h) {
        const int64_t g = h / rep;
        decode::attendHead(q + h * hd, keys + g * cache.capacity * hd,
                           values + g * cache.capacity * hd, position + 1, hd, m_scores.data(),
                           m_att.data() + h * hd);
    }
    project(layer.output, m_att.data(), m_proj.data());
    addLora(slots + kO, m_att.data(), qWidth, m_proj.data(), w.dim);
}

const float* FastDecoder::step(int token, int64_t position, const FastKvView& cache,
                               bool wantLogits, const FastLora* lora)
{
    const FastWeights& w = *m_w;
    if (token < 0 || token >= w.vocab)
        throw std::out_of_range("FastDecoder: token " + std::to_string(token) +
                                " outside the vocabulary");
    if (position < 0 || position >= cache.capacity || position >= w.maxSeqLen ||
        int64_t(cache.keys.size()) != int64_t(w.layers.size()))
        throw std::out_of_range("FastDecoder: position " + std::to_string(position) +
                                " outside the cache");
    const size_t slotCount = w.layers.size() * kSlotsPerLayer;
    if (lora && (lora->a.size() < slotCount || lora->b.size() != lora->a.size() || lora->rank < 1))
        throw std::invalid_argument("FastDecoder: the adapter does not fit the model");
    m_lora = lora;
    if (lora && m_loraT.size() < size_t(lora->rank))
        m_loraT.resize(size_t(lora->rank));
    // Angles in Rotary::cosSin's order: (position / divisor) * inverse frequency, in F32.
    const float p = float(position) / w.positionDivisor;
    for (size_t j = 0; j < m_cos.size(); ++j) {
        const float angle = p * w.inverseFrequencies[j];
        m_cos[j] = std::cos(angle);
        m_sin[j] = std::sin(angle);
    }
    std::copy_n(w.embedding.data() + int64_t(token) * w.dim, w.dim, m_x.data());
    for (size_t l = 0; l < w.layers.size(); ++l) {
        const FastLayer& layer = w.layers[l];
        decode::rmsNorm(m_x.data(), layer.attentionNorm.data(), w.normEps, m_xb.data(), w.dim);
        attention(layer, int64_t(l), position, cache);
        decode::addInPlace(m_x.data(), m_proj.data(), w.dim);
        decode::rmsNorm(m_x.data(), layer.feedForwardNorm.data(), w.normEps, m_xb.data(), w.dim);
        project(layer.gateUp, m_xb.data(), m_gateUp.data());
        const int64_t slots = int64_t(l) * kSlotsPerLayer;
        addLora(slots + kGate, m_xb.data(), w.dim, m_gateUp.data(), w.hidden);
        addLora(slots + kUp, m_xb.data(), w.dim, m_gateUp.data() + w.hidden, w.hidden);
        decode::swiGlu(m_gateUp.data(), m_gateUp.data() + w.hidden, m_h.data(), w.hidden);
        project(layer.down, m_h.data(), m_proj.data());
        addLora(slots + kDown, m_h.data(), w.hidden, m_proj.data(), w.dim);
        decode::addInPlace(m_x.data(), m_proj.data(), w.dim);
    }
    if (!wantLogits)
        return nullptr;
    decode::rmsNorm(m_x.data(), w.finalNorm.data(), w.normEps, m_xb.data(), w.dim);
    project(w.head, m_xb.data(), m_logits.data());
    if (lora && lora->a.size() > slotCount) // an untied head's slot
        addLora(int64_t(slotCount), m_xb.data(), w.dim, m_logits.data(), w.vocab);
    return m_logits.data();
}

} // namespace fw::ml
