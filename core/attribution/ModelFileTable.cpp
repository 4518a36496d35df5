// The three statements over a header table and its chunk table (models/ChunkedFile's chunks).
#include "attribution/ModelFileTable.h"

#include "models/ChunkedFile.h"
#include "store/Database.h"

namespace fw::attribution {

// The table names are the constants of this library, never input: building the SQL is safe.
Status ModelFileTable::remove(store::Database& db, qint64 modelId) const
{
    for (const char* table : {files, header}) {
        Result<store::Statement> st =
            db.prepare(QStringLiteral("DELETE FROM %1 WHERE model_id = ?").arg(QLatin1String(table)));
        if (!st)
            return st.error();
        st->bind(1, modelId);
        if (Status s = st->run(); !s)
            return s;
    }
    return {};
}

Status ModelFileTable::insert(store::Database& db, qint64 modelId, const QString& name, const QByteArray& bytes) const
{
    Result<store::Statement> st = db.prepare(
        QStringLiteral("INSERT INTO %1(model_id, name, chunk, data) VALUES(?, ?, ?, ?)").arg(QLatin1String(files)));
    if (!st)
        return st.error();
    Result<qint64> stored = models::storeChunks(bytes, [&](qint64 chunk, const QByteArray& data) {
        st->reset();
        st->bind(1, modelId).bind(2, name).bind(3, chunk).bind(4, data);
        return st->run();
    });
    if (!stored)
        return stored.error();
    return {};
}

Result<QByteArray> ModelFileTable::read(store::Database& db, qint64 modelId, const QString& name) const
{
    Result<store::Statement> rows =
        db.prepare(QStringLiteral("SELECT chunk, data FROM %1 WHERE model_id = ? AND name = ? ORDER BY chunk")
                       .arg(QLatin1String(files)));
    if (!rows)
        return rows.error();
    rows->bind(1, modelId).bind(2, name);
    return models::readChunks(*rows, QStringLiteral("%1/%2").arg(QLatin1String(what), name));
}

} // namespace fw::attribution
