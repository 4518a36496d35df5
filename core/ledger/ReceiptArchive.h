// Receipts collected from any node (schema 13), kept per node in chain order: each one verified
// and linked to that node's previous stored receipt before it is written, never changed after.
// Together with the workspace's own node receipts (ledger_receipts) it is what earnings count.
#pragma once

#include "common/Result.h"
#include "ledger/Receipt.h"
#include "ledger/ReceiptLinker.h"

#include <QCoreApplication>
#include <vector>

namespace fw::store {
class Workspace;
}

namespace fw::ledger {

struct ArchiveAdd
{
    int added = 0;
    int alreadyStored = 0; // the same receipts again (a repeated fetch) change nothing
};

class ReceiptArchive
{
public:
    explicit ReceiptArchive(store::Workspace& workspace) : m_workspace(workspace) {}

    // All or nothing, in one transaction, in the order given. A node's first receipt here must
    // be its genesis unless `start` allows a later one. A refusal names the receipt and why.
    Status add(const std::vector<Receipt>& receipts, ChainStart start = ChainStart::GenesisOnly);
    Result<ArchiveAdd> addCounted(const std::vector<Receipt>& receipts,
                                  ChainStart start = ChainStart::GenesisOnly);

    // The archive alone, node by node, each in chain order.
    Result<std::vector<Receipt>> loadArchived() const;
    // The workspace's own receipts (ledger_receipts) first, then the archive's, each once.
    Result<std::vector<Receipt>> loadAll() const;
    // The last stored receipt's hash of `node`, empty when none: where a fetch continues.
    Result<QByteArray> head(const QString& node) const;

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::ReceiptArchive)

private:
    store::Workspace& m_workspace;
};

} // namespace fw::ledger
