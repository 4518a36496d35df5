// One line of the node's own settlement journal: signed by the journal's keeper (the node) and
// chained by hash to the line before, so anyone holding the journal can check it from genesis.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "ledger/Amount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fw::ledger {

enum class EntryKind : quint8 {
    Mint = 1,     // demo and test funds appear on `party`'s account (the keeper's word only)
    Deposit = 2,  // `party` escrows `amount` into channel `channelId` for the keeper's node
    Redeem = 3,   // the node takes `amount` from the channel's escrow; `evidence` is the voucher
    Payout = 4,   // the node pays `amount` from its own account to `party`
    Withdraw = 5, // `amount` leaves `party`'s account (to another ledger, to cash)
    Refund = 6,   // unused escrow of channel `channelId` goes back to its payer, `party`
};
QString entryKindName(EntryKind kind);

struct JournalEntry
{
    static constexpr const char* kSignatureTag = "flywheel.journal-entry.v1";
    static constexpr const char* kHashTag = "flywheel.journal-hash.v1";

    quint64 sequence = 0; // 0 for the first entry
    EntryKind kind = EntryKind::Mint;
    QString party;           // fw1... address, see EntryKind
    QByteArray channelId;    // 16 bytes for Deposit, Redeem and Refund; empty otherwise
    Amount amount = 0;       // > 0
    QByteArray evidence;     // Redeem: the voucher header that allows it; empty otherwise
    qint64 at = 0;           // milliseconds since the epoch, UTC
    QByteArray previousHash; // 32 bytes; zeros for the first entry
    QByteArray signature;    // the keeper's, 64 bytes

    static QByteArray genesisHash() { return QByteArray(32, '\0'); }

    // Tag, zero byte, then every field with its length: sequence (u64), kind (u8), party (u16 +
    // UTF-8), channel (u8 + bytes), amount (i64), evidence (u16 + bytes), at (i64), previous (32).
    QByteArray signedMessage() const;
    void sign(const crypto::SigningKey& keeper);
    bool signatureValid(const crypto::PublicKey& keeper) const;
    QByteArray hash() const;

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::JournalEntry)
};

} // namespace fw::ledger
