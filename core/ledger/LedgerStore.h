// The ledger's tables in the workspace (schema 11): journal entries, channels and lanes, receipts.
// A paid request's charge, its receipt and its journal redemption go in one transaction, so a
// crash can neither lose the receipt of a charged request nor charge without a receipt.
#pragma once

#include "common/Result.h"
#include "ledger/AnswerTrace.h"
#include "ledger/Channel.h"
#include "ledger/JournalEntry.h"
#include "ledger/Receipt.h"

#include <QCoreApplication>
#include <functional>
#include <optional>
#include <vector>

namespace fw::store {
class Workspace;
}

namespace fw::ledger {

// Everything one paid request changes.
struct ChargeRecord
{
    QByteArray channelId;
    quint32 lane = 0;
    LaneState laneAfter; // the lane with the fee charged (and its latest voucher)
    Receipt receipt;     // signed, chained to the node's previous receipt
    // The fee moving from the channel's escrow to the node; none for a fee of zero.
    std::optional<JournalEntry> redemption;
    std::optional<AnswerTrace> answer; // the answer and its spans, when the node keeps them
};

// The steps of recordCharge(), for tests that stop it between two of them.
enum class ChargeStep { LaneWritten, ReceiptWritten, JournalWritten };

// The answer a request's receipt paid for, as this workspace's node kept it; none when it kept
// none (price 0, another node's receipt, a node that forgets answers, demo traffic).
Result<std::optional<AnswerTrace>> readAnswer(store::Workspace& workspace, const QString& requestId);

// Every receipt a query selects (its one column: the canonical JSON), parsed strictly; Corrupt
// names the first that does not parse.
Result<std::vector<Receipt>> readReceipts(store::Workspace& workspace, const char* selectJson);

class LedgerStore
{
public:
    explicit LedgerStore(store::Workspace& workspace) : m_workspace(workspace) {}

    // The channel and the deposit that funds it, together.
    Status openChannel(const Channel& channel, const JournalEntry& deposit);
    Result<std::vector<Channel>> loadChannels() const;
    // Marks the channel closed with the refund of its unused escrow (if any), together.
    Status closeChannel(const QByteArray& channelId, const std::optional<JournalEntry>& refund);

    Status appendEntry(const JournalEntry& entry);
    Result<std::vector<JournalEntry>> loadJournal() const;
    // How many entries the stored journal holds: another process (`flywheel-node mint` while the
    // node runs) may have appended since this one loaded it.
    Result<qint64> journalLength() const;

    // One transaction. `stopAfter`, when it answers true for a step, abandons the transaction
    // there, as a crash would (tests only).
    Status recordCharge(const ChargeRecord& charge,
                        const std::function<bool(ChargeStep)>& stopAfter = {});
    Result<std::vector<Receipt>> loadReceipts() const;
    // Receipts after chain position `since` (the first is 1), at most `limit`, as stored.
    struct StoredReceipt
    {
        qint64 position = 0;
        QByteArray json;
    };
    Result<std::vector<StoredReceipt>> receiptsSince(qint64 since, int limit) const;

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::LedgerStore)

private:
    store::Workspace& m_workspace;
};

} // namespace fw::ledger
