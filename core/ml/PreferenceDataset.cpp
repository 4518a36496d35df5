// PreferenceDataset: a pair's two answers encoded like SFT examples, one unpacked row each.
#include "ml/PreferenceDataset.h"

#include <QCoreApplication>
#include <algorithm>

namespace fw::ml {

std::pair<TokenRow, int> PreferenceDataset::encode(const QString& prompt, const QString& answer,
                                                   const QString& system,
                                                   const Tokenizer& tokenizer,
                                                   const ChatTemplate& chat, int seqLen)
{
    const auto [ids, isResponse] =
        SftDataset::encodeExample({prompt, answer, system}, tokenizer, chat);
    const int pad = tokenizer.eosId() >= 0 ? tokenizer.eosId() : 0;
    TokenRow row;
    row.inputs.assign(size_t(seqLen), pad);
    row.targets.assign(size_t(seqLen), SftDataset::kIgnore);
    const size_t n = std::min(ids.size(), size_t(seqLen));
    for (size_t i = 0; i < n; ++i) {
        row.inputs[i] = ids[i];
        if (i + 1 < ids.size() && i + 1 < size_t(seqLen) && isResponse[i + 1])
            row.targets[i] = ids[i + 1];
    }
    return {row, int(n) - 1};
}

Result<PreferenceDataset> PreferenceDataset::build(const std::vector<PreferenceExample>& examples,
                                                   const Tokenizer& tokenizer,
                                                   const ChatTemplate& chat,
                                                   const TrainingConfig& config)
{
    if (examples.empty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::ml::PreferenceDataset",
                                                     "There are no preference pairs to train on"));
    const ExampleSplit split = splitExamples(examples.size(), config);
    auto pairRow = [&](const PreferenceExample& e) {
        PairRow row;
        std::tie(row.chosen, row.chosenLast) =
            encode(e.prompt, e.chosen, e.system, tokenizer, chat, config.seqLen);
        std::tie(row.rejected, row.rejectedLast) =
            encode(e.prompt, e.rejected, e.system, tokenizer, chat, config.seqLen);
        return row;
    };
    PreferenceDataset data;
    for (size_t i : split.train)
        data.m_train.push_back(pairRow(examples[i]));
    for (size_t i : split.eval)
        data.m_eval.push_back(pairRow(examples[i]));
    return data;
}

} // namespace fw::ml
