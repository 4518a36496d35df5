// Trains a byte-level BPE vocabulary for from-scratch models; writes a HF tokenizer.json.
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace fw::ml {

struct BpeTrainingOptions
{
    int vocabSize = 512;   // bytes (256) + special tokens + merges
    int minFrequency = 2;  // a pair seen fewer times is never merged
    // Added as special tokens at ids 0.. in this order; the first is BOS, the second EOS.
    QStringList specialTokens{QStringLiteral("<|endoftext|>"), QStringLiteral("<|im_start|>"),
                              QStringLiteral("<|im_end|>")};
};

class ByteLevelBpeTrainer
{
public:
    // Deterministic: ties between equally frequent pairs go to the smaller pair string.
    static Result<QJsonObject> train(const QStringList& texts, const BpeTrainingOptions& options);
};

} // namespace fw::ml
