// Watermark check, per-record FTS rows and the watermark's move for InlineSearchIndexer.
#include "datanet/InlineSearchIndexer.h"

#include "store/Database.h"

namespace fw::datanet {

Result<InlineSearchIndexer> InlineSearchIndexer::begin(store::Database& db)
{
    InlineSearchIndexer indexer;
    indexer.m_db = &db;
    Result<store::Statement> st =
        db.prepare(QStringLiteral("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE "
                                  "key = 'fts_indexed_upto'), 0), "
                                  "coalesce((SELECT max(id) FROM records), 0)"));
    if (!st)
        return st.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    // The write lock is ours: no other writer can add records between this check and the commit.
    indexer.m_active = *row && st->int64(0) == st->int64(1);
    indexer.m_last = st->int64(0);
    if (!indexer.m_active)
        return indexer;
    Result<store::Statement> insert =
        db.prepare(QStringLiteral("INSERT INTO records_fts(docid, text) VALUES(?, ?)"));
    if (!insert)
        return insert.error();
    indexer.m_insert = std::move(*insert);
    return indexer;
}

Status InlineSearchIndexer::index(qint64 recordId, const QByteArray& plainTextUtf8)
{
    if (!m_active)
        return {};
    m_insert.reset();
    m_insert.bind(1, recordId).bindUtf8(2, plainTextUtf8);
    if (Status s = m_insert.run(); !s)
        return s;
    m_last = recordId;
    return {};
}

Status InlineSearchIndexer::finish()
{
    if (!m_active)
        return {};
    Result<store::Statement> mark = m_db->prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('fts_indexed_upto', ?)"));
    if (!mark)
        return mark.error();
    mark->bind(1, QString::number(m_last));
    return mark->run();
}

} // namespace fw::datanet
