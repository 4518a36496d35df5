// What the journal's entries add up to: each account's balance and each channel's escrow. The only
// way to change them is apply(), which also enforces the rules every entry must keep.
#pragma once

#include "common/Result.h"
#include "ledger/JournalEntry.h"

#include <QCoreApplication>
#include <map>

namespace fw::ledger {

struct Escrow
{
    QString payer;
    Amount deposited = 0;
    Amount redeemed = 0; // by the node, with vouchers
    Amount refunded = 0; // back to the payer
    std::map<quint32, Amount> redeemedByLane;

    Amount unused() const { return deposited - redeemed - refunded; }
};

class Balances
{
public:
    explicit Balances(QString keeper) : m_keeper(std::move(keeper)) {}

    // Checks `entry` against the rules (no negative balance, redemption within a valid voucher of
    // that channel's payer for this node and within the escrow...) and applies it; a refused entry
    // changes nothing.
    Status apply(const JournalEntry& entry);

    Amount balance(const QString& party) const;
    const Escrow* escrow(const QByteArray& channelId) const;
    const QString& keeper() const { return m_keeper; }

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::Balances)

private:
    Status applyRedeem(const JournalEntry& entry, Escrow& escrow);

    QString m_keeper; // the node's address: it signs the journal and is the one that redeems
    std::map<QString, Amount> m_accounts;
    std::map<QByteArray, Escrow> m_escrows;
};

} // namespace fw::ledger
