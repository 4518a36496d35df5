// Helpers shared by the store tests: fast workspaces and whole-folder fingerprints.
#pragma once

#include "crypto/Kdf.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>

namespace fw::test {

inline store::CreateOptions fastOptions(int schemaVersion = -1)
{
    store::CreateOptions o;
    o.kdf = crypto::KdfParams::interactive();
    o.schemaVersion = schemaVersion;
    return o;
}

// Path -> SHA-256 of every file under dir; equal maps mean nothing on disk changed.
inline QMap<QString, QByteArray> fingerprint(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(dir).relativeFilePath(path),
                       QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

// Does `needle` occur in any file under dir (database, WAL, journal, header...)?
inline QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace fw::test
