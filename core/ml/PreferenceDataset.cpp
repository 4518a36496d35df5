// PreferenceDataset: a pair's two answers encoded like SFT examples, one unpacked row each.
#include "ml/PreferenceDataset.h"

#include <QCoreApplication>
#include <algorithm>

namespace fw::ml {

namespace {
// One answer to the prompt as SFT tokens, with where the answer starts.
struct Encoded
{
    std::vector<int> ids;
    std::vector<bool> isResponse;
    size_t promptLen = 0;
    size_t answerLen() const { return ids.size() - promptLen; }
};

Encoded encodeAnswer(const QString& prompt, const QString& answer, const QString& system,
                     const Tokenizer& tokenizer, const ChatTemplate& chat)
{
    Encoded e;
    std::tie(e.ids, e.isResponse) = SftDataset::encodeExample({prompt, answer, system}, tokenizer, chat);
    e.promptLen = size_t(std::find(e.isResponse.begin(), e.isResponse.end(), true) - e.isResponse.begin());
    return e;
}

// How many prompt tokens a row keeps, cut as TRL's DPO trainer cuts: the answer is what the pair is
// about, so the prompt gives way first, losing its oldest tokens (it keeps its end, the part the
// answer replies to); only when the longest answer would not leave a quarter of the row to the
// prompt is the answer cut too, keeping its start. Both rows of a pair keep the same prompt.
size_t keptPrompt(size_t promptLen, size_t longestAnswer, size_t seqLen)
{
    if (promptLen + longestAnswer <= seqLen)
        return promptLen;
    const size_t minPrompt = std::min(promptLen, std::max<size_t>(1, seqLen / 4));
    return longestAnswer + minPrompt <= seqLen ? seqLen - longestAnswer : minPrompt;
}

std::pair<TokenRow, int> toRow(const Encoded& e, size_t keepPrompt, const Tokenizer& tokenizer, size_t seqLen)
{
    std::vector<int> ids;
    std::vector<bool> isResponse;
    // A BOS the tokenizer adds stays first: the model never saw a row without it.
    const bool bos = keepPrompt > 1 && keepPrompt < e.promptLen && tokenizer.addsBos() &&
                     e.ids.front() == tokenizer.bosId();
    if (bos) {
        ids.push_back(e.ids.front());
        isResponse.push_back(false);
    }
    for (size_t i = e.promptLen - (keepPrompt - (bos ? 1 : 0)); i < e.ids.size(); ++i) {
        ids.push_back(e.ids[i]);
        isResponse.push_back(e.isResponse[i]);
    }
    const int pad = tokenizer.eosId() >= 0 ? tokenizer.eosId() : 0;
    TokenRow row;
    row.inputs.assign(seqLen, pad);
    row.targets.assign(seqLen, SftDataset::kIgnore);
    const size_t n = std::min(ids.size(), seqLen); // past seqLen: the answer's end
    for (size_t i = 0; i < n; ++i) {
        row.inputs[i] = ids[i];
        if (i + 1 < n && isResponse[i + 1])
            row.targets[i] = ids[i + 1];
    }
    return {row, int(n) - 1};
}
} // namespace

std::pair<TokenRow, int> PreferenceDataset::encode(const QString& prompt, const QString& answer,
                                                   const QString& system,
                                                   const Tokenizer& tokenizer,
                                                   const ChatTemplate& chat, int seqLen)
{
    const Encoded e = encodeAnswer(prompt, answer, system, tokenizer, chat);
    return toRow(e, keptPrompt(e.promptLen, e.answerLen(), size_t(seqLen)), tokenizer, size_t(seqLen));
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
    const size_t seqLen = size_t(config.seqLen);
    auto pairRow = [&](const PreferenceExample& e) {
        const Encoded chosen = encodeAnswer(e.prompt, e.chosen, e.system, tokenizer, chat);
        const Encoded rejected = encodeAnswer(e.prompt, e.rejected, e.system, tokenizer, chat);
        // One cut of the prompt for both rows, so that they agree up to where the answers start.
        const size_t keep = keptPrompt(std::min(chosen.promptLen, rejected.promptLen),
                                       std::max(chosen.answerLen(), rejected.answerLen()), seqLen);
        PairRow row;
        std::tie(row.chosen, row.chosenLast) = toRow(chosen, keep, tokenizer, seqLen);
        std::tie(row.rejected, row.rejectedLast) = toRow(rejected, keep, tokenizer, seqLen);
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
