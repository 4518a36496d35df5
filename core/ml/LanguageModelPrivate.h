// The torch side of LanguageModel, shared inside core/ml only.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/LoraSettings.h"
#include "ml/Tokenizer.h"
#include "ml/Transformer.h"

#include <optional>

namespace fw::ml {

struct LanguageModelPrivate
{
    Transformer model{nullptr};
    std::shared_ptr<Tokenizer> tokenizer;
    ChatTemplate chat;
    ModelFiles tokenizerFiles;                // saved beside the weights
    std::optional<LoraSettings> adapter;      // set while a LoRA adapter is attached
    torch::Tensor rewardHead;                 // (1, dim) for a reward model; undefined otherwise
};

} // namespace fw::ml
