// Supervised fine-tuning data as token rows: chat template applied, loss only on response tokens,
// optional packing, deterministic train/eval split; torch-free.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/Tokenizer.h"
#include "ml/TrainingConfig.h"

#include <vector>

namespace fw::ml {

struct TokenRow
{
    std::vector<int> inputs;  // seqLen ids
    std::vector<int> targets; // seqLen ids to predict; kIgnore where no loss is taken
};

class SftDataset
{
public:
    static constexpr int kIgnore = -100; // PyTorch's cross-entropy ignore_index

    // Examples are split train/eval by a seeded shuffle, then encoded and cut into rows.
    static Result<SftDataset> build(const std::vector<SftExample>& examples, const Tokenizer& tokenizer,
                                    const ChatTemplate& chat, const TrainingConfig& config);

    // One example as (ids, isResponse) pairs: prompt tokens false, reply tokens (and its end marker) true.
    static std::pair<std::vector<int>, std::vector<bool>> encodeExample(const SftExample& example,
                                                                        const Tokenizer& tokenizer,
                                                                        const ChatTemplate& chat);

    const std::vector<TokenRow>& train() const { return m_train; }
    const std::vector<TokenRow>& eval() const { return m_eval; }
    int64_t responseTokens() const { return m_responseTokens; }

private:
    static std::vector<TokenRow> rows(const std::vector<std::pair<std::vector<int>, std::vector<bool>>>& encoded,
                                      int seqLen, bool packing, int padId);

    std::vector<TokenRow> m_train;
    std::vector<TokenRow> m_eval;
    int64_t m_responseTokens = 0;
};

} // namespace fw::ml
