// Where channel money really moves: the node's own journal first (JournalBackend), a public chain
// later. The node only calls these four; vouchers and receipts stay the same whatever settles them.
#pragma once

#include "common/Result.h"
#include "ledger/Amount.h"
#include "ledger/Voucher.h"

#include <QByteArray>
#include <QString>

namespace fw::ledger {

class SettlementBackend
{
public:
    virtual ~SettlementBackend() = default;

    // `payer` escrows `amount` in channel `channelId` for this node.
    virtual Status deposit(const QString& payer, const QByteArray& channelId, Amount amount) = 0;
    // The node takes `amount` of the channel's escrow, allowed by `voucher` (the lane's latest).
    virtual Status redeem(const Voucher& voucher, Amount amount) = 0;
    // The node pays `amount` of what it redeemed to `party` (a contributor, the builder...).
    virtual Status payout(const QString& party, Amount amount) = 0;
    virtual Result<Amount> balance(const QString& party) const = 0;
};

} // namespace fw::ledger
