// A file of receipts, one canonical JSON per line (JSONL), checked as a whole: every receipt's
// signature and split, and the hash chain of each node in file order. What `receipts verify` runs.
#pragma once

#include "ledger/ReceiptLinker.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace fw::ledger {

struct ReceiptLogCheck
{
    int verified = 0;   // receipts that passed before the first failure (all of them when ok)
    int nodes = 0;      // distinct nodes among them
    int failedLine = 0; // 1-based line of the first failure; 0 when everything verified
    QString message;    // the failure, naming the line

    bool ok() const { return failedLine == 0; }
};

// Blank lines are skipped (their numbers still count).
ReceiptLogCheck verifyReceiptLog(const QByteArray& jsonl,
                                 ChainStart start = ChainStart::GenesisOnly);

// The same, for receipts already parsed; `failedLine` is then the 1-based index and the
// message names the receipt ("Receipt 3: ...").
ReceiptLogCheck verifyReceipts(const std::vector<Receipt>& receipts,
                               ChainStart start = ChainStart::GenesisOnly);

// One receipt per line, each its canonical JSON.
QByteArray toReceiptLog(const std::vector<Receipt>& receipts);

struct ReceiptLog
{
    Q_DECLARE_TR_FUNCTIONS(fw::ledger::ReceiptLog)
};

} // namespace fw::ledger
