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

// Writes `contents` to `path` or ends the test run: a fixture that cannot be written is a broken machine.
inline void writeFile(const QString& path, const QByteArray& contents)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The file's bytes; empty when it cannot be read.
inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Bytes that differ from chunk to chunk, so a misplaced or repeated chunk shows.
inline QByteArray pattern(qint64 size, int seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char((i * 31 + i / 4093 + seed) & 0xff);
    return out;
}

} // namespace fw::test
