// The checks of a generation request against the model's context and vocabulary.
#include "ml/GenerationLimits.h"

#include <QCoreApplication>

namespace fw::ml {

std::optional<Error> generationLimitError(const std::vector<std::vector<int>>& prompts,
                                          const GenerationOptions& o, const ModelConfig& config)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("fw::ml", text);
    };
    const auto invalid = [](const QString& message) {
        return makeError(ErrorCode::InvalidArgument, message);
    };
    if (prompts.size() > kMaxBatch)
        return invalid(tr("%1 prompts at once; at most %2 are decoded together")
                           .arg(prompts.size())
                           .arg(kMaxBatch));
    if (o.maxNewTokens < 0 || o.maxNewTokens > config.maxSeqLen)
        return invalid(tr("max tokens is %1; it must be from 0 to %2, the model's context length")
                           .arg(o.maxNewTokens)
                           .arg(config.maxSeqLen));
    for (size_t i = 0; i < prompts.size(); ++i) {
        if (prompts[i].size() > size_t(config.maxSeqLen))
            return invalid(tr("prompt %1 has %2 tokens, more than the model's context length of %3")
                               .arg(i + 1)
                               .arg(prompts[i].size())
                               .arg(config.maxSeqLen));
        for (int id : prompts[i])
            if (id < 0 || id >= config.vocabSize)
                return invalid(
                    tr("prompt %1 holds the token id %2, outside the model's vocabulary of %3")
                        .arg(i + 1)
                        .arg(id)
                        .arg(config.vocabSize));
    }
    return std::nullopt;
}

} // namespace fw::ml
