// Autoregressive decoding over a Transformer with a KV cache: sampling, stops, streaming, batches.
#pragma once

#include "ml/FastWeights.h"
#include "ml/GenerationOptions.h"
#include "ml/Tokenizer.h"
#include "ml/Transformer.h"

#include <atomic>

namespace fw::ml {

// Which loop decodes: Auto takes FastDecoder for one prompt on a CPU F32 model (the torch path
// otherwise); Torch always takes the torch path (tests compare the two).
enum class DecodePath { Auto, Torch };

class Generator
{
public:
    // `fastWeights` keeps the fast path's copy of the weights between calls (LanguageModel holds
    // one per model); without it each generate() that takes the fast path copies them anew.
    Generator(Transformer model, std::shared_ptr<const Tokenizer> tokenizer,
              std::shared_ptr<FastWeightsCache> fastWeights = nullptr);

    void setDecodePath(DecodePath path) { m_path = path; }
    // Int8 weights (Q8_0-style blocks) on the fast path; the torch path stays F32.
    void setWeightPrecision(WeightPrecision precision) { m_precision = precision; }
    // Whether generate() with these prompts takes the fast path.
    bool usesFastPath(const std::vector<std::vector<int>>& prompts) const;

    // Several prompts at once (left-padded into one batch); each stops on its own.
    std::vector<GenerationResult> generate(const std::vector<std::vector<int>>& prompts,
                                           const GenerationOptions& options,
                                           const StreamCallback& onText = {},
                                           const std::atomic_bool* cancel = nullptr);

    // One sampling decision on a logits row (V), given the ids seen so far; exposed for tests.
    static int64_t sample(torch::Tensor logits, const std::vector<int>& context, const GenerationOptions& options,
                          at::Generator& rng);

private:
    GenerationResult generateFast(const std::vector<int>& prompt, const GenerationOptions& options,
                                  const StreamCallback& onText, const std::atomic_bool* cancel);

    Transformer m_model;
    std::shared_ptr<const Tokenizer> m_tokenizer;
    std::shared_ptr<FastWeightsCache> m_fastWeights;
    DecodePath m_path = DecodePath::Auto;
    WeightPrecision m_precision = WeightPrecision::F32;
};

} // namespace fw::ml
