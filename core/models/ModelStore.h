// The workspace's model registry: models (Hugging Face layout folders) and LoRA adapters (PEFT
// layout) with their files and lineage, stored inside the encrypted database, shared by the CLI
// and the GUI. Files travel in chunks of kChunkBytes, so memory stays flat for any model size.
#pragma once

#include "common/Result.h"
#include "models/ChunkedFile.h"
#include "models/ModelEntry.h"

#include <QList>
#include <QStringList>
#include <QCoreApplication>

namespace fw::store {
class Workspace;
}

namespace fw::models {

class ModelStore
{
public:
    static constexpr qint64 kChunkBytes = models::kChunkBytes;
    static constexpr int kMaxNameLength = 100;

    explicit ModelStore(store::Workspace& workspace) : m_workspace(workspace) {}

    // Stores every regular file directly inside `dir` (no sub-folders, no hidden files) under a new
    // entry built from `spec` (its id, size and date are ignored), in one transaction.
    // AlreadyExists: the name is taken. InvalidArgument: a bad name, a missing base (an adapter
    // needs one; a base must be a model, not an adapter), no files. NotFound: no such folder.
    // Io: a file cannot be read. Nothing is stored after any failure.
    Result<ModelEntry> addFromFolder(const ModelEntry& spec, const QString& dir);

    Result<QList<ModelEntry>> models() const; // sorted by name
    Result<ModelEntry> model(const QString& name) const;
    Result<ModelEntry> model(qint64 id) const;
    Result<QStringList> fileNames(qint64 id) const; // sorted

    // Writes the entry's files into `dir` (created when missing), each one atomically.
    Status writeToFolder(qint64 id, const QString& dir) const;

    Status rename(qint64 id, const QString& newName);
    Status setLineage(qint64 id, const QJsonObject& lineage);
    // Refused (InvalidArgument, naming them) while other entries have it as their base, or while a
    // training run of the history that is running or can resume trains on it.
    Status remove(qint64 id);
    // Entries whose base is `id` (adapters and fine-tuned models), sorted by name.
    Result<QList<ModelEntry>> derivedFrom(qint64 id) const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::models::ModelStore)
private:
    Status checkBase(const ModelEntry& spec) const;
    Status checkNameFree(const QString& name, qint64 exceptId) const;
    Status checkNoRunTrainsOn(const ModelEntry& entry) const;

    store::Workspace& m_workspace;
};

} // namespace fw::models
