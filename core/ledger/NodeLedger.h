// A node's money in one place: its channels, its journal and its receipt chain over the workspace.
// It is the local SettlementBackend, and it turns a paid request into an accepted voucher before
// generation and a charge with its signed receipt after. One lock orders every write, so the
// journal and the receipt chain stay single lines; voucher checks run in parallel.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "ledger/ChannelBook.h"
#include "ledger/Journal.h"
#include "ledger/LedgerStore.h"
#include "ledger/Receipt.h"
#include "ledger/SettlementBackend.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <mutex>

namespace fw::ledger {

// What the node knows about a request once generation is done.
struct ChargeRequest
{
    QByteArray channelId;
    quint32 lane = 0;
    QString requestId;
    QString deployment;
    QByteArray manifestHash;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    Amount fee = 0;
    std::vector<SplitLine> split; // adds up to fee (splitFee)
    std::vector<AttributionLine> attribution;
    std::optional<AnswerTrace> answer; // kept beside the receipt; none when the node keeps none
};

class NodeLedger : public SettlementBackend
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch, UTC

    // Loads channels, journal and receipts, verifying the journal and the receipt chain.
    static Result<std::unique_ptr<NodeLedger>> open(store::Workspace& workspace,
                                                    crypto::SigningKey nodeKey, Clock clock);

    QString nodeAddress() const { return m_nodeAddress; }

    // Demo and test funds.
    Status mint(const QString& party, Amount amount);
    // Opens channel `channelId` funded by `payer` (its balance must cover `amount`).
    Status deposit(const QString& payer, const QByteArray& channelId, Amount amount) override;
    // A redemption outside a charge, for batch settlement; charges redeem their own fee.
    Status redeem(const Voucher& voucher, Amount amount) override;
    Status payout(const QString& party, Amount amount) override;
    // The payer ends its channel: no more vouchers, and what was not charged goes back to it
    // (a Refund entry). Only the payer may close. Returns the refunded amount.
    Result<Amount> closeChannel(const QByteArray& channelId, const QString& requester);
    // Batch settlement: pays every party what the receipts' split lines owe it beyond what
    // earlier payouts paid (one Payout entry per party, in address order). Returns the entries.
    Result<std::vector<JournalEntry>> payOwed();
    Result<Amount> balance(const QString& party) const override;

    // Before generation: may this voucher pay for the request? The lane's credit after it is
    // what the request may cost at most.
    Decision accept(const Voucher& voucher);
    // After generation: takes the fee from the lane's credit and writes the lane, the receipt
    // and the journal redemption in one transaction. `stopAfter` is for crash tests only.
    Result<Receipt> charge(const ChargeRequest& request,
                           const std::function<bool(ChargeStep)>& stopAfter = {});

    const ChannelBook& channels() const { return m_book; }
    JournalCheck verifyJournalNow() const;
    QByteArray receiptHead() const;

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::NodeLedger)

private:
    NodeLedger(store::Workspace& workspace, crypto::SigningKey nodeKey, Clock clock);
    // Reloads the journal when another process appended to it (with m_mutex held).
    Status syncJournalLocked() const;
    // Prepares, stores and commits one journal entry (with m_mutex held).
    Status appendLocked(EntryKind kind, const QString& party, Amount amount,
                        const QByteArray& channelId = {}, const QByteArray& evidence = {});

    LedgerStore m_store;
    const crypto::SigningKey m_key;
    const QString m_nodeAddress;
    const Clock m_clock;
    ChannelBook m_book; // its own lock: accept() never waits for a write

    mutable std::mutex m_mutex;
    mutable Journal m_journal; // guarded by m_mutex; reloaded when another process appended
    QByteArray m_receiptHead; // guarded by m_mutex: the last receipt's hash
    qint64 m_receiptAt = 0;   // guarded by m_mutex: its time; the next is never earlier
};

} // namespace fw::ledger
