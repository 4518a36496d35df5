// DatanetService, the read side over records: filtered, sorted and paged queries for the review
// table, counts, lookups by id, and the per-day timeline of the dashboard.
#include "datanet/DatanetService.h"

#include "datanet/RecordRows.h"
#include "datanet/SearchIndex.h"
#include "store/Workspace.h"

namespace fw::datanet {

namespace {
// The WHERE clause of a record query; parameters ?1 datanet, ?2 status, ?3 contributor, ?6 search.
QString recordFilter(const RecordQuery& q)
{
    QString sql = QStringLiteral("WHERE datanet_id = ?1");
    if (q.status)
        sql += " AND status = ?2";
    if (!q.contributor.isEmpty())
        sql += " AND contributor = ?3";
    if (q.nearDuplicatesOnly)
        sql += " AND near_duplicate = 1";
    // Typed text never reaches MATCH raw: a lone " or ( would be an SQL error, NEAR an operator.
    if (!q.search.trimmed().isEmpty())
        sql += SearchIndex::matchQuery(q.search).isEmpty()
                   ? " AND 0" // only punctuation: no indexed token can match it
                   : " AND id IN (SELECT docid FROM search.records_fts WHERE records_fts MATCH ?6)";
    return sql;
}

void bindFilter(store::Statement& st, qint64 datanetId, const RecordQuery& q)
{
    st.bind(1, datanetId);
    if (q.status)
        st.bind(2, statusName(*q.status));
    if (!q.contributor.isEmpty())
        st.bind(3, q.contributor);
    if (const QString match = SearchIndex::matchQuery(q.search); !match.isEmpty())
        st.bind(6, match);
}

QString recordOrder(const RecordQuery& q)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (q.sort) {
    case RecordQuery::Sort::Status: return " ORDER BY status" + dir + ", id" + dir;
    case RecordQuery::Sort::Contributor: return " ORDER BY contributor" + dir + ", id" + dir;
    case RecordQuery::Sort::Tokens: return " ORDER BY tokens" + dir + ", id" + dir;
    case RecordQuery::Sort::Id: break;
    }
    return " ORDER BY id" + dir;
}
} // namespace

// A search must see every record: index what the last imports added first (usually nothing).
Status DatanetService::prepareSearch(const RecordQuery& q) const
{
    if (q.search.trimmed().isEmpty())
        return {};
    Result<qint64> indexed = SearchIndex(m_workspace).catchUp();
    if (!indexed)
        return indexed.error();
    return {};
}

Result<QList<RecordInfo>> DatanetService::records(qint64 datanetId, const RecordQuery& q) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    if (Status s = prepareSearch(q); !s)
        return s.error();
    QString sql = recordColumns() + recordFilter(q);
    const bool keyset = q.sort == RecordQuery::Sort::Id && q.afterId > 0;
    if (keyset)
        sql += q.descending ? " AND id < ?7" : " AND id > ?7";
    sql += recordOrder(q) + " LIMIT ?4 OFFSET ?5";
    Result<store::Statement> st = (*db)->prepare(sql);
    if (!st)
        return st.error();
    bindFilter(*st, datanetId, q);
    st->bind(4, q.limit).bind(5, q.offset);
    if (keyset)
        st->bind(7, q.afterId);
    QList<RecordInfo> out;
    if (Status s = store::forEachRow(*st, [&](const store::Statement& row) { out << readRecord(row); }); !s)
        return s.error();
    return out;
}

Result<QList<RecordInfo>> DatanetService::recordsById(qint64 datanetId, const QList<qint64>& ids) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    QList<RecordInfo> out;
    // Ids are integers we format ourselves, so they can go into the SQL text; batches stay well
    // under SQLite's statement length limits.
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList list;
        for (qint64 id : ids.mid(start, 500))
            list << QString::number(id);
        Result<store::Statement> st = (*db)->prepare(recordColumns() + "WHERE datanet_id = ?1 AND id IN (" +
                                                     list.join(QLatin1Char(',')) + ")");
        if (!st)
            return st.error();
        st->bind(1, datanetId);
        if (Status s = store::forEachRow(*st, [&](const store::Statement& row) { out << readRecord(row); }); !s)
            return s.error();
    }
    return out;
}

Result<qint64> DatanetService::countRecords(qint64 datanetId, const RecordQuery& q) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    if (Status s = prepareSearch(q); !s)
        return s.error();
    Result<store::Statement> st = (*db)->prepare("SELECT count(*) FROM records " + recordFilter(q));
    if (!st)
        return st.error();
    bindFilter(*st, datanetId, q);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : 0;
}

Result<QList<TimelineDay>> DatanetService::timeline(qint64 datanetId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    // Both sides bucket milliseconds since the epoch into UTC days (86,400,000 ms).
    Result<store::Statement> st = (*db)->prepare(
        "SELECT day, sum(submitted), sum(approved) FROM ("
        "  SELECT created_at / 86400000 AS day, count(*) AS submitted, 0 AS approved FROM records "
        "  WHERE datanet_id = ?1 GROUP BY day "
        "  UNION ALL "
        "  SELECT at / 86400000, 0, count(*) FROM review_log "
        "  WHERE datanet_id = ?1 AND new_status = 'approved' AND undone = 0 GROUP BY at / 86400000"
        ") GROUP BY day ORDER BY day");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    QList<TimelineDay> out;
    const QDate epoch(1970, 1, 1);
    if (Status s = store::forEachRow(*st, [&](const store::Statement& row) {
            out << TimelineDay{epoch.addDays(row.int64(0)), row.int64(1), row.int64(2)};
        });
        !s)
        return s.error();
    return out;
}

} // namespace fw::datanet
