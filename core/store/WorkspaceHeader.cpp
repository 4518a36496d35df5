// Reading and atomically writing workspace.json.
#include "store/WorkspaceHeader.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fw::store {

namespace {
constexpr qint64 kMaxHeaderBytes = 64 * 1024;
} // namespace

Result<WorkspaceHeader> WorkspaceHeader::read(const QString& workspaceDir)
{
    const QString path = QDir(workspaceDir).filePath(QString::fromLatin1(kFileName));
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("%1 is not a Flywheel workspace (no %2).")
                                                  .arg(workspaceDir, QString::fromLatin1(kFileName)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxHeaderBytes)
        return makeError(ErrorCode::Corrupt, tr("%1 is too large to be a workspace header.").arg(path));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt, tr("%1 is damaged: %2").arg(path, parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value("format").toString() != QLatin1String("flywheel-workspace"))
        return makeError(ErrorCode::Corrupt, tr("%1 is not a Flywheel workspace header.").arg(path));

    WorkspaceHeader h;
    h.version = o.value("version").toInt(-1);
    if (h.version > kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("This workspace needs a newer Flywheel (format %1).").arg(h.version));
    if (h.version < 1)
        return makeError(ErrorCode::Corrupt, tr("%1 has no valid format version.").arg(path));
    Result<crypto::KdfParams> kdf = crypto::KdfParams::fromJson(o.value("kdf").toObject());
    if (!kdf)
        return kdf.error();
    h.kdf = *kdf;
    h.keyCheck = QByteArray::fromBase64(o.value("keyCheck").toString().toLatin1());
    h.databaseFile = o.value("database").toString();
    h.generation = o.value("generation").toInt(0);
    h.cipherPageSize = o.value("cipherPageSize").toInt(kLegacyCipherPageSize);
    if (h.cipherPageSize < 512 || h.cipherPageSize > 65536 || (h.cipherPageSize & (h.cipherPageSize - 1)) != 0)
        return makeError(ErrorCode::Corrupt, tr("%1 is damaged (cipher page size %2).").arg(path).arg(h.cipherPageSize));
    // The database name must stay inside the folder: no paths, just "workspace-N.db".
    static const QRegularExpression dbName(QStringLiteral("^workspace-[0-9]+\\.db$"));
    if (h.keyCheck.size() != 32 || !dbName.match(h.databaseFile).hasMatch() || h.generation < 1)
        return makeError(ErrorCode::Corrupt, tr("%1 is damaged (key check or database name).").arg(path));
    return h;
}

Status WorkspaceHeader::write(const QString& workspaceDir) const
{
    const QJsonObject o{{"format", "flywheel-workspace"},
                        {"version", version},
                        {"kdf", kdf.toJson()},
                        {"keyCheck", QString::fromLatin1(keyCheck.toBase64())},
                        {"database", databaseFile},
                        {"generation", generation},
                        {"cipherPageSize", cipherPageSize}};
    return writeFileAtomically(QDir(workspaceDir).filePath(QString::fromLatin1(kFileName)),
                               QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace fw::store
