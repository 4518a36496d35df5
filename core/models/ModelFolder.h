// A private temporary folder holding a stored model's files while the ML engine, which reads
// folders and cannot read the encrypted database, loads them. Removed with everything in it on
// destruction. These files are plaintext: keep the object only as long as the engine needs them.
#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace fw::models {

class ModelStore;

class ModelFolder
{
public:
    // Writes the entry's files into a new folder with permissions 0700, in $XDG_RUNTIME_DIR
    // (memory-backed on most desktops) when it has room for them, else in the system temp folder.
    static Result<std::unique_ptr<ModelFolder>> materialize(const ModelStore& store, qint64 modelId);
    // An empty private folder (same rules) for the engine to write into, e.g. a training run's
    // output before ModelStore::addFromFolder. `expectedBytes` helps choose where it goes.
    static Result<std::unique_ptr<ModelFolder>> empty(qint64 expectedBytes = 0);

    ~ModelFolder();
    ModelFolder(const ModelFolder&) = delete;
    ModelFolder& operator=(const ModelFolder&) = delete;

    QString path() const;

private:
    explicit ModelFolder(std::unique_ptr<QTemporaryDir> dir);

    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace fw::models
