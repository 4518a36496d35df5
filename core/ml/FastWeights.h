// A Transformer's weights read once into plain contiguous buffers (F32, or int8 in blocks of 32
// with a scale each) for batch-1 decoding (FastDecoder); torch-free header.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace fw::ml {

class TransformerImpl;

enum class WeightPrecision { F32, Int8 };

// One projection: y = W x + b, W (rows, cols) row-major.
struct FastMatrix
{
    int64_t rows = 0, cols = 0;
    std::vector<float> f32;        // F32 weights (empty when int8, or when `shared` holds them)
    const float* shared = nullptr; // a tied head reads the embedding table instead of a copy
    std::vector<int8_t> q8;        // int8: rows x blocks x 32, zero-padded
    std::vector<float> scales;     // int8: rows x blocks
    std::vector<float> bias;       // empty when the projection has none

    int64_t blocks() const;
    const float* weights() const { return shared ? shared : f32.data(); }
    const float* biasOrNull() const { return bias.empty() ? nullptr : bias.data(); }
};

struct FastLayer
{
    std::vector<float> attentionNorm, feedForwardNorm; // (dim)
    FastMatrix qkv;                                    // q, k and v stacked: (H hd + 2 KV hd, dim)
    FastMatrix output;                                 // (dim, H hd)
    FastMatrix gateUp;                                 // gate and up stacked: (2 hidden, dim)
    FastMatrix down;                                   // (dim, hidden)
};

struct FastWeights
{
    WeightPrecision precision = WeightPrecision::F32;
    int64_t dim = 0, hidden = 0, heads = 0, kvHeads = 0, headDim = 0, vocab = 0, maxSeqLen = 0;
    float normEps = 1e-5f;
    std::vector<float> embedding; // (vocab, dim)
    std::vector<FastLayer> layers;
    std::vector<float> finalNorm;          // (dim)
    FastMatrix head;                       // (vocab, dim); reads `embedding` when tied in F32
    std::vector<float> inverseFrequencies; // (hd / 2), rotary, scaling already applied
    float positionDivisor = 1.0f;          // linear rope scaling

    // Whether `model` can decode on this path: F32 on the CPU, a rope scaling that depends on the
    // position alone (not "dynamic"), adapters (if any) on the model's projections.
    static bool supports(const TransformerImpl& model);
    // Reads `model` (adapters that are on are merged into the copy, the model stays as it is).
    static std::shared_ptr<const FastWeights> build(const TransformerImpl& model,
                                                    WeightPrecision precision);
    // Identifies the model's parameters as they are now: every tensor's storage and in-place
    // version (an optimizer step, a LoRA merge or a load changes it) and each adapter's switch.
    using Fingerprint = std::vector<std::pair<const void*, int64_t>>;
    static Fingerprint fingerprint(const TransformerImpl& model);
    Fingerprint source;
};

// The fast copy of one model, rebuilt when the model's parameters change (training in the same
// process, a merged adapter). Several threads may ask at once; a copy already handed out stays
// valid for its holder.
class FastWeightsCache
{
public:
    std::shared_ptr<const FastWeights> get(const TransformerImpl& model, WeightPrecision precision);
    // How many times a copy was built (tests check that an unchanged model is not copied again).
    int builds() const;

private:
    mutable std::mutex m_mutex; // guards the members below
    std::shared_ptr<const FastWeights> m_f32, m_int8;
    int m_builds = 0;
};

} // namespace fw::ml
