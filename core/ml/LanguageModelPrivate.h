// The torch side of LanguageModel, shared inside core/ml only.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/FastWeights.h"
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
    // The batch-1 decode path's copy of the weights, kept across generate() calls and rebuilt
    // when training or an adapter changes the parameters.
    std::shared_ptr<FastWeightsCache> fastWeights = std::make_shared<FastWeightsCache>();
};

} // namespace fw::ml
