// The receipt archive's table: verify, link, append; and the union with the node's own receipts.
#include "ledger/ReceiptArchive.h"

#include "ledger/LedgerStore.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <map>
#include <set>

namespace fw::ledger {

namespace {
struct StoredHead
{
    QByteArray hash;
    qint64 at = 0;
    qint64 nextPosition = 0;
};

Result<StoredHead> storedHead(store::Database& db, const QString& node)
{
    Result<store::Statement> st =
        db.prepare("SELECT hash, at, position FROM ledger_receipt_archive WHERE node = ? "
                   "ORDER BY position DESC LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, node);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return StoredHead{};
    return StoredHead{st->blob(0), st->int64(1), st->int64(2) + 1};
}

Result<bool> isStored(store::Database& db, const Receipt& r)
{
    Result<store::Statement> st =
        db.prepare("SELECT 1 FROM ledger_receipt_archive WHERE node = ? AND hash = ?");
    if (!st)
        return st.error();
    st->bind(1, r.node).bind(2, r.hash());
    return st->step();
}

Status insert(store::Database& db, const Receipt& r, qint64 position)
{
    Result<store::Statement> st = db.prepare("INSERT INTO ledger_receipt_archive(node, hash, "
                                             "position, at, json) VALUES(?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, r.node)
        .bind(2, r.hash())
        .bind(3, position)
        .bind(4, r.at)
        .bind(5, r.toJson())
        .run();
}

Error refused(size_t index, const Receipt& r, const QString& why)
{
    return makeError(ErrorCode::Corrupt,
                     ReceiptArchive::tr("Receipt %1 (request %2 from node %3) was refused: %4 "
                                        "Nothing was stored.")
                         .arg(index + 1)
                         .arg(r.requestId, r.node, why));
}
} // namespace

Status ReceiptArchive::add(const std::vector<Receipt>& receipts, ChainStart start)
{
    Result<ArchiveAdd> added = addCounted(receipts, start);
    if (!added)
        return added.error();
    return {};
}

Result<ArchiveAdd> ReceiptArchive::addCounted(const std::vector<Receipt>& receipts,
                                              ChainStart start)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    ReceiptLinker linker(start);
    std::map<QString, qint64> nextPosition; // the nodes whose stored head was read
    ArchiveAdd counts;
    for (size_t i = 0; i < receipts.size(); ++i) {
        const Receipt& r = receipts[i];
        if (!nextPosition.count(r.node)) {
            Result<StoredHead> stored = storedHead(**db, r.node);
            if (!stored)
                return stored.error();
            nextPosition[r.node] = stored->nextPosition;
            if (!stored->hash.isEmpty())
                linker.setHead(r.node, stored->hash, stored->at);
        }
        Result<bool> known = isStored(**db, r);
        if (!known)
            return known.error();
        if (*known) {
            ++counts.alreadyStored;
            continue;
        }
        if (Status linked = linker.accept(r); !linked)
            return refused(i, r, linked.error().message);
        if (Status s = insert(**db, r, nextPosition[r.node]++); !s)
            return s.error();
        ++counts.added;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

Result<std::vector<Receipt>> ReceiptArchive::loadArchived() const
{
    return readReceipts(m_workspace,
                        "SELECT json FROM ledger_receipt_archive ORDER BY node, position");
}

Result<std::vector<Receipt>> ReceiptArchive::loadAll() const
{
    Result<std::vector<Receipt>> own = LedgerStore(m_workspace).loadReceipts();
    if (!own)
        return own.error();
    Result<std::vector<Receipt>> archived = loadArchived();
    if (!archived)
        return archived.error();
    std::set<QByteArray> seen;
    std::vector<Receipt> all;
    for (std::vector<Receipt>* part : {&*own, &*archived})
        for (Receipt& r : *part)
            if (seen.insert(r.hash()).second)
                all.push_back(std::move(r));
    return all;
}

Result<QByteArray> ReceiptArchive::head(const QString& node) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<StoredHead> stored = storedHead(**db, node);
    if (!stored)
        return stored.error();
    return stored->hash;
}

} // namespace fw::ledger
