// Checks a node's receipts in order: each signed by that node, each split adding up to its fee,
// each naming the hash of the one before. Reports how many passed and the first failure.
#pragma once

#include "crypto/Ed25519.h"
#include "ledger/Receipt.h"

#include <QCoreApplication>
#include <vector>

namespace fw::ledger {

enum class ChainFault {
    None,
    Invalid,      // a receipt's signature, fields or split sum fail (altered, forged)
    WrongNode,    // signed by another node than the one the chain is checked for
    BrokenLink,   // "previous" is not the hash of the receipt before (removed, reordered, inserted)
    TimeReversed, // earlier than the receipt before
    TrustedHeadMismatch, // the last receipt is not the head the verifier trusts (tail cut off)
};

struct ChainCheck
{
    int verified = 0;  // receipts that passed, from the start
    int failedAt = -1; // index of the first that did not; -1 when all passed
    ChainFault fault = ChainFault::None;
    QString message;

    bool ok() const { return fault == ChainFault::None; }
};

// `start` is the hash the first receipt must name (Receipt::genesisHash() for a whole chain).
// Without a trusted head a cut-off tail cannot be seen: pass the last hash the node signed to you.
ChainCheck verifyReceiptChain(const std::vector<Receipt>& receipts, const QString& nodeAddress,
                              const QByteArray& start = Receipt::genesisHash(),
                              const QByteArray& trustedHead = {});

struct ReceiptChain
{
    Q_DECLARE_TR_FUNCTIONS(fw::ledger::ReceiptChain)
};

} // namespace fw::ledger
