// Reading and writing attribution_indexes / attribution_index_files (models/ChunkedFile's chunks).
#include "attribution/IndexStore.h"

#include "attribution/ModelFileTable.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>

namespace fw::attribution {

namespace {

const QString kSpansFile = QStringLiteral("spans");
const QString kRecordsFile = QStringLiteral("records");

constexpr ModelFileTable kTables{"attribution_indexes", "attribution_index_files", "attribution"};

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
    if (Status s = kTables.remove(**db, modelId); !s)
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
    if (Status s = kTables.insert(**db, modelId, kSpansFile, spans); !s)
        return s;
    if (Status s = kTables.insert(**db, modelId, kRecordsFile, records); !s)
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
    Result<QByteArray> spanBytes = kTables.read(**db, modelId, kSpansFile);
    if (!spanBytes)
        return spanBytes.error();
    Result<QByteArray> recordBytes = kTables.read(**db, modelId, kRecordsFile);
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
    return kTables.remove(**db, modelId);
}

} // namespace fw::attribution
