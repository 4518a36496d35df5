// A model's named files kept as chunks in a table (model_id, name, chunk, data) beside a header
// table with one row per model: how the span index and the gradient store are both stored.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace fw::store {
class Database;
}

namespace fw::attribution {

struct ModelFileTable
{
    const char* header; // one row per model, e.g. "attribution_indexes"
    const char* files;  // its chunks, e.g. "attribution_index_files"
    const char* what;   // names the files in errors, e.g. "attribution"

    // Drops the model's header row and every chunk of its files.
    Status remove(store::Database& db, qint64 modelId) const;
    Status insert(store::Database& db, qint64 modelId, const QString& name, const QByteArray& bytes) const;
    Result<QByteArray> read(store::Database& db, qint64 modelId, const QString& name) const;
};

} // namespace fw::attribution
