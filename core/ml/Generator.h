// Autoregressive decoding over a Transformer with a KV cache: sampling, stops, streaming, batches.
#pragma once

#include "ml/GenerationOptions.h"
#include "ml/Tokenizer.h"
#include "ml/Transformer.h"

#include <atomic>

namespace fw::ml {

class Generator
{
public:
    Generator(Transformer model, std::shared_ptr<const Tokenizer> tokenizer);

    // Several prompts at once (left-padded into one batch); each stops on its own.
    std::vector<GenerationResult> generate(const std::vector<std::vector<int>>& prompts,
                                           const GenerationOptions& options,
                                           const StreamCallback& onText = {},
                                           const std::atomic_bool* cancel = nullptr);

    // One sampling decision on a logits row (V), given the ids seen so far; exposed for tests.
    static int64_t sample(torch::Tensor logits, const std::vector<int>& context, const GenerationOptions& options,
                          at::Generator& rng);

private:
    Transformer m_model;
    std::shared_ptr<const Tokenizer> m_tokenizer;
};

} // namespace fw::ml
