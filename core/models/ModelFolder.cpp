// Private temporary folders for the ML engine, preferably on a memory-backed file system.
#include "models/ModelFolder.h"

#include "models/ModelStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>

namespace fw::models {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::models", text);
}

// $XDG_RUNTIME_DIR is a per-user tmpfs on most desktops, but often small (10% of the memory):
// a model that does not fit goes to the system temp folder rather than failing halfway.
QString chooseBase(qint64 expectedBytes)
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QFileInfo info(runtime);
    if (!runtime.isEmpty() && info.isDir() && info.isWritable()) {
        const qint64 margin = 64 * 1024 * 1024;
        if (QStorageInfo(runtime).bytesAvailable() > expectedBytes + margin)
            return runtime;
    }
    return QDir::tempPath();
}

Result<std::unique_ptr<QTemporaryDir>> makePrivateDir(qint64 expectedBytes)
{
    const QString base = chooseBase(expectedBytes);
    auto dir = std::make_unique<QTemporaryDir>(QDir(base).filePath(QStringLiteral("flywheel-model-XXXXXX")));
    if (!dir->isValid())
        return makeError(ErrorCode::Io, tr("Cannot create a temporary folder in %1: %2").arg(base, dir->errorString()));
    // mkdtemp already creates it 0700; say so explicitly rather than rely on it.
    if (!QFile::setPermissions(dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return makeError(ErrorCode::Io, tr("Cannot make the folder %1 private.").arg(dir->path()));
    return dir;
}
} // namespace

ModelFolder::ModelFolder(std::unique_ptr<QTemporaryDir> dir) : m_dir(std::move(dir)) {}

ModelFolder::~ModelFolder() = default; // QTemporaryDir removes the folder and everything in it

QString ModelFolder::path() const
{
    return m_dir->path();
}

Result<std::unique_ptr<ModelFolder>> ModelFolder::materialize(const ModelStore& store, qint64 modelId)
{
    Result<ModelEntry> entry = store.model(modelId);
    if (!entry)
        return entry.error();
    Result<std::unique_ptr<ModelFolder>> folder = empty(entry->sizeBytes);
    if (!folder)
        return folder.error();
    if (Status s = store.writeToFolder(modelId, (*folder)->path()); !s)
        return s.error(); // the folder and what was written so far go with it
    return folder;
}

Result<std::unique_ptr<ModelFolder>> ModelFolder::empty(qint64 expectedBytes)
{
    Result<std::unique_ptr<QTemporaryDir>> dir = makePrivateDir(expectedBytes);
    if (!dir)
        return dir.error();
    return std::unique_ptr<ModelFolder>(new ModelFolder(std::move(*dir)));
}

} // namespace fw::models
