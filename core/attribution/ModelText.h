// The tokenizer and chat template a registered model was trained with, read from the registry
// without loading its weights, and a hash that names them in an index's lineage.
#pragma once

#include "common/Result.h"
#include "ml/ChatTemplate.h"
#include "ml/Tokenizer.h"

#include <memory>

namespace fw::models {
class ModelStore;
struct ModelEntry;
} // namespace fw::models

namespace fw::attribution {

struct ModelText
{
    std::shared_ptr<ml::Tokenizer> tokenizer;
    ml::ChatTemplate chat;
    QString tokenizerHash; // hex BLAKE2b-256 over the tokenizer's files, by name
};

// Hex BLAKE2b-256 over files, by name: names a tokenizer or an adapter checkpoint in a lineage.
QString hashModelFiles(const ModelFiles& files);

// The model's own tokenizer files, or its base's (an adapter has none of its own).
Result<ModelText> loadModelText(const models::ModelStore& store, const models::ModelEntry& entry);

} // namespace fw::attribution
