// Per-node chain heads and the checks a receipt must pass to extend its node's chain.
#include "ledger/ReceiptLinker.h"

namespace fw::ledger {

void ReceiptLinker::setHead(const QString& node, const QByteArray& hash, qint64 at)
{
    m_heads[node] = Head{hash, at};
}

QByteArray ReceiptLinker::head(const QString& node) const
{
    const auto it = m_heads.find(node);
    return it == m_heads.end() ? QByteArray() : it->second.hash;
}

Status ReceiptLinker::accept(const Receipt& receipt)
{
    if (Status valid = receipt.verify(); !valid)
        return makeError(ErrorCode::Corrupt, valid.error().message);
    const auto it = m_heads.find(receipt.node);
    if (it == m_heads.end()) {
        if (m_start == ChainStart::GenesisOnly && receipt.previousHash != Receipt::genesisHash())
            return makeError(ErrorCode::Corrupt,
                             tr("it is not the first receipt of node %1, and nothing before it "
                                "is known: its chain cannot be checked")
                                 .arg(receipt.node));
        m_heads[receipt.node] = Head{receipt.hash(), receipt.at};
        return {};
    }
    if (receipt.previousHash != it->second.hash)
        return makeError(ErrorCode::Corrupt,
                         tr("it does not follow the last receipt of node %1: one was removed, "
                            "inserted or moved")
                             .arg(receipt.node));
    if (receipt.at < it->second.at)
        return makeError(
            ErrorCode::Corrupt,
            tr("it is dated before the receipt before it from node %1").arg(receipt.node));
    it->second = Head{receipt.hash(), receipt.at};
    return {};
}

} // namespace fw::ledger
