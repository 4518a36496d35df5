// Search indexing inside an import's own transaction: when no older record waits to be indexed,
// each new record's plain text (already computed by the import pipeline) goes into records_fts as
// it is stored and the watermark moves with the commit, so an import is searchable the moment it
// returns, without SearchIndex::catchUp's second pass re-reading and re-parsing every record.
#pragma once

#include "common/Result.h"
#include "store/Statement.h"

namespace fw::store {
class Database;
}

namespace fw::datanet {

class InlineSearchIndexer
{
public:
    // Call inside the caller's write transaction, before its first record. Inactive (index() does
    // nothing, catchUp() does the work later) when records before this import are not indexed.
    static Result<InlineSearchIndexer> begin(store::Database& db);

    bool active() const { return m_active; }
    Status index(qint64 recordId, const QByteArray& plainTextUtf8);
    // Moves the watermark to the last indexed record; still inside the caller's transaction.
    Status finish();

private:
    InlineSearchIndexer() = default;

    store::Database* m_db = nullptr;
    bool m_active = false;
    qint64 m_last = 0;
    store::Statement m_insert;
};

} // namespace fw::datanet
