// A file kept in the database as numbered chunks (0, 1, 2...) of kChunkBytes, so no blob nears
// SQLite's 1 GB limit. A user's files (import, export) stream in and out with flat memory; the
// engine's files and checkpoints go in and out of memory buffers. Shared by the model registry's
// files and the training runs' checkpoints.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace fw::store {
class Statement;
}

namespace fw::models {

inline constexpr qint64 kChunkBytes = 4 * 1024 * 1024;

// Reads `path` chunk by chunk and hands each to `insert` with its number; an empty file gives one
// empty chunk. Returns the file's size.
Result<qint64> storeChunks(const QString& path, const std::function<Status(qint64 chunk, const QByteArray& data)>& insert);

// The same for bytes in memory (a model the engine saved, a checkpoint): never touches a file.
Result<qint64>
storeChunks(const QByteArray& bytes,
            const std::function<Status(qint64 chunk, const QByteArray& data)>& insert);

// Reads the chunks `rows` yields (as restoreChunks) into memory.
Result<QByteArray> readChunks(store::Statement& rows, const QString& name);

// Writes the chunks `rows` yields (column 0: number, column 1: data; bound and reset by the caller)
// to `path`, atomically. Corrupt when a number is missing (`name` says which stored file);
// NotFound when there is no chunk at all. Nothing is written on failure.
Status restoreChunks(store::Statement& rows, const QString& name, const QString& path);

} // namespace fw::models
