// Preference pairs as token rows for reward-model and DPO training: each pair becomes a chosen and
// a rejected row over the same prompt, loss masks on the answers, deterministic train/eval split;
// torch-free.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/SftDataset.h"
#include "ml/Tokenizer.h"
#include "ml/TrainingConfig.h"

#include <vector>

namespace fw::ml {

struct PairRow
{
    TokenRow chosen; // inputs = prompt + chosen answer; targets on the answer tokens only
    TokenRow rejected;
    int chosenLast = 0; // index of the last real token in chosen.inputs (a reward head reads it)
    int rejectedLast = 0;
};

class PreferenceDataset
{
public:
    // Pairs are split train/eval by splitExamples(), never packed: each pair is compared as a whole.
    // A pair longer than seqLen is cut as TRL cuts DPO rows: the prompt loses its oldest tokens
    // first, the same ones in both rows; the answers keep their start and are cut only past three
    // quarters of the row.
    static Result<PreferenceDataset> build(const std::vector<PreferenceExample>& examples,
                                           const Tokenizer& tokenizer, const ChatTemplate& chat,
                                           const TrainingConfig& config);

    // One answer to the prompt as a row: (row, index of its last real token).
    static std::pair<TokenRow, int> encode(const QString& prompt, const QString& answer,
                                           const QString& system, const Tokenizer& tokenizer,
                                           const ChatTemplate& chat, int seqLen);

    const std::vector<PairRow>& train() const { return m_train; }
    const std::vector<PairRow>& eval() const { return m_eval; }

private:
    std::vector<PairRow> m_train;
    std::vector<PairRow> m_eval;
};

} // namespace fw::ml
