// The workspace's model registry: models (Hugging Face layout) and LoRA adapters (PEFT layout)
// with their files and lineage, stored inside the encrypted database, shared by the CLI and the
// GUI. Files are stored in chunks of kChunkBytes. The engine's side goes through memory (add,
// files); only a user's own folders (import, export) are read or written as files.
#pragma once

#include "common/ModelFiles.h"
#include "common/Result.h"
#include "models/ChunkedFile.h"
#include "models/ModelEntry.h"

#include <QList>
#include <QStringList>
#include <QCoreApplication>

#include <functional>

namespace fw::store {
class Database;
class Workspace;
} // namespace fw::store

namespace fw::models {

class ModelStore
{
public:
    static constexpr qint64 kChunkBytes = models::kChunkBytes;
    static constexpr int kMaxNameLength = 100;

    explicit ModelStore(store::Workspace& workspace) : m_workspace(workspace) {}

    // Stores `files` (a trained model or adapter, in memory) under a new entry built from `spec`
    // (its id, size and date are ignored), in one transaction. AlreadyExists: the name is taken.
    // InvalidArgument: a bad name or file name, a missing base (an adapter needs one; a base must
    // be a model, not an adapter), no files. Nothing is stored after any failure.
    Result<ModelEntry> add(const ModelEntry& spec, const ModelFiles& files);
    // The same for a user's folder, streamed: the regular files directly inside `dir` (no
    // sub-folders, no hidden files), or only those in `names` when it is not empty. Errors as
    // add()'s, and NotFound: no such folder or file; Io: a file cannot be read.
    Result<ModelEntry> addFromFolder(const ModelEntry& spec, const QString& dir,
                                     const QStringList& names = {});

    Result<QList<ModelEntry>> models() const; // sorted by name
    Result<ModelEntry> model(const QString& name) const;
    Result<ModelEntry> model(qint64 id) const;
    Result<QStringList> fileNames(qint64 id) const; // sorted

    // The entry's files in memory, for the engine; with `only`, just those of its names the entry
    // has (a tokenizer without the weights).
    Result<ModelFiles> files(qint64 id, const QStringList& only = {}) const;
    // Writes the entry's files into a user's `dir` (created when missing), each one atomically.
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
    using FileWriter = std::function<Result<qint64>(store::Database& db, qint64 modelId)>;
    Result<ModelEntry> addEntry(const ModelEntry& spec, const FileWriter& storeFiles);
    Status checkBase(const ModelEntry& spec) const;
    Status checkNameFree(const QString& name, qint64 exceptId) const;
    Status checkNoRunTrainsOn(const ModelEntry& entry) const;

    store::Workspace& m_workspace;
};

} // namespace fw::models
