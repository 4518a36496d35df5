// Importing a Hugging Face model folder into the registry: check it in full through the ML engine
// and describe it (inspectHfFolder), then store only the model's own files (importHfFolder).
// Shared by `flywheel-cli model import` and the workbench's import dialog.
#pragma once

#include "common/Result.h"
#include "ml/ModelConfig.h"
#include "models/ModelEntry.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fw::ml {
class MlRuntime;
}

namespace fw::models {

class ModelStore;

// What a checked folder holds, as the engine loaded it.
struct HfFolderSummary
{
    QString folder;         // absolute path
    ml::ModelConfig config; // architecture, layers, hidden size, heads, kv heads, vocab, context
    qint64 parameterCount = 0;
    QString tokenizer; // "tokenizer.json (byte-level BPE)" or "tokenizer.model (SentencePiece)"
    bool hasChatTemplate = false;
    QStringList files;     // the files importHfFolder stores, sorted
    qint64 totalBytes = 0; // their sizes added up

    QJsonObject hfConfig() const { return config.toHfJson(); }
};

// The files of a Hugging Face folder a model needs; READMEs, PyTorch pickles and the like stay out.
bool isModelFile(const QString& fileName);

// Loads the folder in full (config, every tensor, tokenizer): what the engine cannot run is refused
// here, with a message that names the file at fault. Slow for big models: keep it off the GUI.
Result<HfFolderSummary> inspectHfFolder(const QString& dir, ml::MlRuntime& engine);

// Stores the summary's files of `dir` as a new model `name` with lineage {imported_from,
// model_config}. Errors as ModelStore::addFromFolder's; nothing is stored after any failure.
Result<ModelEntry> importHfFolder(ModelStore& store, const QString& dir, const QString& name,
                                  const HfFolderSummary& summary);

} // namespace fw::models
