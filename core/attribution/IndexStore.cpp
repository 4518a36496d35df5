// Reading and writing attribution_indexes / attribution_index_files (models/ChunkedFile's chunks).
#include "attribution/IndexStore.h"

#include "models/ChunkedFile.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>

namespace fw::attribution {

namespace {

const QString kSpansFile = QStringLiteral("spans");
const QString kRecordsFile = QStringLiteral("records");

Status removeRows(store::Database& db, qint64 modelId)
{
    for (const char* sql : {"DELETE FROM attribution_index_files WHERE model_id = ?",
                            "DELETE FROM attribution_indexes WHERE model_id = ?"}) {
        Result<store::Statement> st = db.prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, modelId);
        if (Status s = st->run(); !s)
            return s;
    }
    return {};
}

Status insertFile(store::Database& db, qint64 modelId, const QString& name, const QByteArray& bytes)
{
    Result<store::Statement> insert = db.prepare(
        "INSERT INTO attribution_index_files(model_id, name, chunk, data) VALUES(?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    Result<qint64> stored = models::storeChunks(bytes, [&](qint64 chunk, const QByteArray& data) {
        insert->reset();
        insert->bind(1, modelId).bind(2, name).bind(3, chunk).bind(4, data);
        return insert->run();
    });
    if (!stored)
        return stored.error();
    return {};
}

Result<QByteArray> readFile(store::Database& db, qint64 modelId, const QString& name)
{
    Result<store::Statement> rows = db.prepare("SELECT chunk, data FROM attribution_index_files "
                                               "WHERE model_id = ? AND name = ? ORDER BY chunk");
    if (!rows)
        return rows.error();
    rows->bind(1, modelId).bind(2, name);
    return models::readChunks(*rows, QStringLiteral("attribution/%1").arg(name));
}

} // namespace

Status IndexStore::save(qint64 modelId, const AttributionIndex& index)
{
    // Serialise before the transaction: the write lock is held only for the inserts.
    const QByteArray spans = index.spans.serialise();
    const QByteArray records = index.recordsBytes();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    if (Status s = removeRows(**db, modelId); !s)
        return s;
    Result<store::Statement> st =
        (*db)->prepare("INSERT INTO attribution_indexes(model_id, model_name, lineage, "
                       "token_count, record_count, built_at) "
                       "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, modelId)
        .bind(2, index.lineage.model)
        .bind(3, QString::fromUtf8(
                     QJsonDocument(index.lineage.toJson()).toJson(QJsonDocument::Compact)))
        .bind(4, qint64(index.spans.tokenCount()))
        .bind(5, qint64(index.spans.recordCount()))
        .bind(6, QDateTime::currentMSecsSinceEpoch());
    if (Status s = st->run(); !s)
        return s;
    if (Status s = insertFile(**db, modelId, kSpansFile, spans); !s)
        return s;
    if (Status s = insertFile(**db, modelId, kRecordsFile, records); !s)
        return s;
    return tx.commit();
}

Result<std::optional<IndexLineage>> IndexStore::lineage(qint64 modelId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT lineage FROM attribution_indexes WHERE model_id = ?");
    if (!st)
        return st.error();
    st->bind(1, modelId);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<IndexLineage>();
    Result<IndexLineage> l =
        IndexLineage::fromJson(QJsonDocument::fromJson(st->text(0).toUtf8()).object());
    if (!l)
        return l.error();
    return std::optional<IndexLineage>(*l);
}

Result<std::optional<AttributionIndex>> IndexStore::load(qint64 modelId) const
{
    Result<std::optional<IndexLineage>> l = lineage(modelId);
    if (!l)
        return l.error();
    if (!*l)
        return std::optional<AttributionIndex>();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<QByteArray> spanBytes = readFile(**db, modelId, kSpansFile);
    if (!spanBytes)
        return spanBytes.error();
    Result<QByteArray> recordBytes = readFile(**db, modelId, kRecordsFile);
    if (!recordBytes)
        return recordBytes.error();
    AttributionIndex index;
    index.lineage = **l;
    Result<SpanIndex> spans = SpanIndex::deserialise(*spanBytes);
    if (!spans)
        return spans.error();
    Result<std::vector<IndexedRecord>> records =
        AttributionIndex::recordsFromBytes(*recordBytes, int(index.lineage.sources.size()));
    if (!records)
        return records.error();
    if (int64_t(records->size()) != spans->recordCount())
        return makeError(ErrorCode::Corrupt,
                         tr("The attribution index of model %1 lists %2 records but indexes %3.")
                             .arg(modelId)
                             .arg(records->size())
                             .arg(spans->recordCount()));
    index.spans = std::move(*spans);
    index.records = std::move(*records);
    return std::optional<AttributionIndex>(std::move(index));
}

Status IndexStore::remove(qint64 modelId)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    return removeRows(**db, modelId);
}

} // namespace fw::attribution
