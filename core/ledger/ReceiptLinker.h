// Follows the receipt chains of many nodes at once, in the order receipts arrive: each receipt
// verified on its own and linked to the last one accepted from the same node. The archive and
// `receipts verify` share it, so a file and the workspace are judged by the same rules.
#pragma once

#include "common/Result.h"
#include "ledger/Receipt.h"

#include <QCoreApplication>
#include <map>

namespace fw::ledger {

// Where a node's chain may begin when nothing of that node was seen before.
enum class ChainStart {
    GenesisOnly, // its first receipt must name Receipt::genesisHash()
    AnyReceipt,  // a later part of a chain (fetched with since=ID) is accepted as a start
};

class ReceiptLinker
{
public:
    explicit ReceiptLinker(ChainStart start = ChainStart::GenesisOnly) : m_start(start) {}

    // The last receipt already accepted from `node` (for example, read from the archive).
    void setHead(const QString& node, const QByteArray& hash, qint64 at);
    bool hasHead(const QString& node) const { return m_heads.count(node) != 0; }
    QByteArray head(const QString& node) const;

    // Checks `receipt` (signature, fields, split adding up, link, time) and makes it its node's
    // head. A refusal changes nothing and says why.
    Status accept(const Receipt& receipt);

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::ReceiptLinker)

private:
    struct Head
    {
        QByteArray hash;
        qint64 at = 0;
    };
    ChainStart m_start;
    std::map<QString, Head> m_heads;
};

} // namespace fw::ledger
