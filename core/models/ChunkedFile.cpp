// Chunked files in and out of the database.
#include "models/ChunkedFile.h"

#include "store/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace fw::models {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::models", text);
}

Error readError(const QFile& file)
{
    return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
}

// Fills `buffer` from the file; fewer bytes only at the end of the file.
Result<qint64> readChunk(QFile& file, QByteArray& buffer)
{
    qint64 filled = 0;
    while (filled < buffer.size()) {
        const qint64 n = file.read(buffer.data() + filled, buffer.size() - filled);
        if (n < 0)
            return readError(file);
        if (n == 0)
            break;
        filled += n;
    }
    return filled;
}
} // namespace

Result<qint64> storeChunks(const QString& path, const std::function<Status(qint64 chunk, const QByteArray& data)>& insert)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return readError(file);
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    qint64 size = 0;
    for (qint64 chunk = 0;; ++chunk) {
        Result<qint64> n = readChunk(file, buffer);
        if (!n)
            return n.error();
        if (*n == 0 && chunk > 0)
            break;
        if (Status s = insert(chunk, QByteArray::fromRawData(buffer.constData(), *n)); !s)
            return s.error();
        size += *n;
        if (*n < kChunkBytes)
            break;
    }
    return size;
}

Result<qint64>
storeChunks(const QByteArray& bytes,
            const std::function<Status(qint64 chunk, const QByteArray& data)>& insert)
{
    qint64 chunk = 0;
    for (qint64 offset = 0; offset < bytes.size() || chunk == 0; offset += kChunkBytes, ++chunk) {
        const qint64 n = std::min<qint64>(kChunkBytes, bytes.size() - offset);
        if (Status s = insert(chunk, QByteArray::fromRawData(bytes.constData() + offset, n)); !s)
            return s.error();
    }
    return qint64(bytes.size());
}

Result<QByteArray> readChunks(store::Statement& rows, const QString& name)
{
    QByteArray out;
    qint64 expected = 0;
    for (;;) {
        Result<bool> row = rows.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (rows.int64(0) != expected++)
            return makeError(ErrorCode::Corrupt, tr("The stored file %1 misses a part.").arg(name));
        out.append(rows.blob(1));
    }
    if (expected == 0)
        return makeError(ErrorCode::NotFound, tr("The stored file %1 has no contents.").arg(name));
    return out;
}

Status restoreChunks(store::Statement& rows, const QString& name, const QString& path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot create %1: %2").arg(path, out.errorString()));
    qint64 expected = 0;
    for (;;) {
        Result<bool> row = rows.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (rows.int64(0) != expected++)
            return makeError(ErrorCode::Corrupt, tr("The stored file %1 misses a part.").arg(name));
        const QByteArray data = rows.blob(1);
        if (out.write(data) != data.size())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    }
    if (expected == 0)
        return makeError(ErrorCode::NotFound, tr("The stored file %1 has no contents.").arg(name));
    if (!out.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace fw::models
