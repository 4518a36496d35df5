// SFT rows: [prompt | reply] per example; packed rows run examples back to back in one stream.
#include "ml/SftDataset.h"

#include <QCoreApplication>

#include <algorithm>

namespace fw::ml {

std::pair<std::vector<int>, std::vector<bool>> SftDataset::encodeExample(const SftExample& ex, const Tokenizer& tok,
                                                                         const ChatTemplate& chat)
{
    std::vector<int> ids;
    const QString prompt = chat.prompt(ex.prompt, ex.system);
    if (tok.addsBos() && !prompt.startsWith(tok.bosText()))
        ids.push_back(tok.bosId());
    const std::vector<int> promptIds = tok.encode(prompt);
    ids.insert(ids.end(), promptIds.begin(), promptIds.end());
    std::vector<bool> isResponse(ids.size(), false);
    const std::vector<int> replyIds = tok.encode(chat.reply(ex.response));
    ids.insert(ids.end(), replyIds.begin(), replyIds.end());
    isResponse.resize(ids.size(), true);
    return {ids, isResponse};
}

std::vector<TokenRow> SftDataset::rows(const std::vector<std::pair<std::vector<int>, std::vector<bool>>>& encoded,
                                       int seqLen, bool packing, int padId)
{
    std::vector<TokenRow> out;
    auto addRow = [&](const std::vector<int>& ids, const std::vector<bool>& isResponse, size_t start) {
        // A row predicts token t+1 from tokens ..t: inputs ids[start..], targets ids[start+1..].
        TokenRow row;
        row.inputs.assign(size_t(seqLen), padId);
        row.targets.assign(size_t(seqLen), kIgnore);
        for (size_t i = 0; i < size_t(seqLen) && start + i < ids.size(); ++i) {
            row.inputs[i] = ids[start + i];
            if (start + i + 1 < ids.size() && isResponse[start + i + 1])
                row.targets[i] = ids[start + i + 1];
        }
        out.push_back(std::move(row));
    };
    if (!packing) {
        for (const auto& [ids, isResponse] : encoded)
            addRow(ids, isResponse, 0); // long examples are truncated to one row
        return out;
    }
    std::vector<int> stream;
    std::vector<bool> streamResponse;
    for (const auto& [ids, isResponse] : encoded) {
        stream.insert(stream.end(), ids.begin(), ids.end());
        streamResponse.insert(streamResponse.end(), isResponse.begin(), isResponse.end());
    }
    for (size_t start = 0; start + 1 < stream.size(); start += size_t(seqLen))
        addRow(stream, streamResponse, start);
    return out;
}

Result<SftDataset> SftDataset::build(const std::vector<SftExample>& examples, const Tokenizer& tokenizer,
                                     const ChatTemplate& chat, const TrainingConfig& config)
{
    if (examples.empty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::ml::SftDataset", "There are no examples to train on"));
    const ExampleSplit split = splitExamples(examples.size(), config);
    std::vector<std::pair<std::vector<int>, std::vector<bool>>> train, eval;
    SftDataset data;
    for (size_t i : split.eval)
        eval.push_back(encodeExample(examples[i], tokenizer, chat));
    for (size_t i : split.train) {
        auto encoded = encodeExample(examples[i], tokenizer, chat);
        data.m_responseTokens += std::count(encoded.second.begin(), encoded.second.end(), true);
        train.push_back(std::move(encoded));
    }
    const int pad = tokenizer.eosId() >= 0 ? tokenizer.eosId() : 0;
    data.m_train = rows(train, config.seqLen, config.packing, pad);
    data.m_eval = rows(eval, config.seqLen, config.packing, pad);
    return data;
}

} // namespace fw::ml
