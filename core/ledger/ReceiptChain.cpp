// Receipt chain verification, first failure wins.
#include "ledger/ReceiptChain.h"

namespace fw::ledger {

namespace {
ChainCheck failure(int index, ChainFault fault, const QString& message)
{
    ChainCheck c;
    c.verified = index;
    c.failedAt = index;
    c.fault = fault;
    c.message = ReceiptChain::tr("Receipt %1: %2").arg(index + 1).arg(message);
    return c;
}
} // namespace

ChainCheck verifyReceiptChain(const std::vector<Receipt>& receipts, const QString& nodeAddress,
                              const QByteArray& start, const QByteArray& trustedHead)
{
    QByteArray previous = start;
    qint64 previousAt = 0;
    for (size_t i = 0; i < receipts.size(); ++i) {
        const Receipt& r = receipts[i];
        const int index = int(i);
        if (r.node != nodeAddress)
            return failure(index, ChainFault::WrongNode,
                           ReceiptChain::tr("signed by %1, not by %2").arg(r.node, nodeAddress));
        if (Status valid = r.verify(); !valid)
            return failure(index, ChainFault::Invalid, valid.error().message);
        if (r.previousHash != previous)
            return failure(index, ChainFault::BrokenLink,
                           ReceiptChain::tr("it does not follow the receipt before it: one was "
                                            "removed, inserted or moved"));
        if (r.at < previousAt)
            return failure(index, ChainFault::TimeReversed,
                           ReceiptChain::tr("it is dated before the receipt before it"));
        previous = r.hash();
        previousAt = r.at;
    }
    if (!trustedHead.isEmpty() && previous != trustedHead)
        return failure(int(receipts.size()), ChainFault::TrustedHeadMismatch,
                       ReceiptChain::tr("the chain does not end at the trusted head: receipts "
                                        "are missing at its end"));
    ChainCheck ok;
    ok.verified = int(receipts.size());
    return ok;
}

} // namespace fw::ledger
