// In-memory model files, and the folder reads and writes for a user's import and export.
#include "common/ModelFiles.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fw {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ModelFiles", text);
}

// A file name must not lead out of the folder it is written into.
bool isPlainFileName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QChar(0));
}
} // namespace

ModelFiles::ModelFiles(std::initializer_list<std::pair<QString, QByteArray>> files)
{
    for (const auto& [name, bytes] : files)
        m_files.insert(name, bytes);
}

qint64 ModelFiles::totalBytes() const
{
    qint64 total = 0;
    for (const QByteArray& bytes : m_files)
        total += bytes.size();
    return total;
}

Result<ModelFiles> ModelFiles::readFolder(const QString& dirPath, const QStringList& names)
{
    const QDir dir(dirPath);
    if (!dir.exists())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(dirPath));
    const QStringList wanted = names.isEmpty() ? dir.entryList(QDir::Files, QDir::Name) : names;
    ModelFiles files;
    for (const QString& name : wanted) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        files.insert(name, file.readAll());
    }
    return files;
}

Status ModelFiles::writeFolder(const QString& dirPath) const
{
    if (!QDir().mkpath(dirPath))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(dirPath));
    const QDir dir(dirPath);
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        if (!isPlainFileName(it.key()))
            return makeError(ErrorCode::Corrupt, tr("A file has an unsafe name: %1").arg(it.key()));
        if (Status s = writeFileAtomically(dir.filePath(it.key()), it.value()); !s)
            return s;
    }
    return syncDirectory(dirPath);
}

} // namespace fw
