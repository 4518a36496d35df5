// One model or LoRA adapter registered in the workspace, with the lineage that names its sources.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fw::models {

enum class ModelKind { Model, Adapter };

// "model" / "adapter": as stored in the database and typed on the command line.
QString kindName(ModelKind kind);
std::optional<ModelKind> parseModelKind(const QString& name);

struct ModelEntry
{
    qint64 id = 0;
    QString name;               // unique in the workspace, trimmed, 1..100 chars, no '/' or control chars
    ModelKind kind = ModelKind::Model;
    qint64 baseModelId = 0;     // adapter: the model it adapts (required); model: fine-tuned from (0: none)
    QString source;             // "import", "training", ... free text for people
    QString architecture;       // "LlamaForCausalLM", or "lora" for adapters
    qint64 parameterCount = 0;
    qint64 sizeBytes = 0;       // sum of the stored files' sizes (computed by the store)
    QJsonObject lineage;        // datanet version ids, training config, metrics...: kept as given
    QDateTime createdAt;        // UTC
};

// True when the model saw only one user turn and its answer per training example: every run of
// this trainer (chats are cut into single turns), recorded in the lineage as "chat_turns". Such a
// model answers a second question badly when the whole chat is sent, so the Playground sends each
// question alone for it. Imported checkpoints may know multi-turn chat: false.
bool trainedOnSingleTurns(const ModelEntry& entry);

} // namespace fw::models
