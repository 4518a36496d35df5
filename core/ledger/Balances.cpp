// The journal's rules, applied one entry at a time.
#include "ledger/Balances.h"

#include "crypto/Address.h"
#include "ledger/Voucher.h"

namespace fw::ledger {

namespace {
Error refused(const JournalEntry& e, const QString& why)
{
    return makeError(ErrorCode::InvalidArgument,
                     Balances::tr("Journal entry %1 (%2) breaks the rules: %3")
                         .arg(e.sequence)
                         .arg(entryKindName(e.kind), why));
}

bool needsChannel(EntryKind kind)
{
    return kind == EntryKind::Deposit || kind == EntryKind::Redeem || kind == EntryKind::Refund;
}
} // namespace

Amount Balances::balance(const QString& party) const
{
    const auto it = m_accounts.find(party);
    return it == m_accounts.end() ? 0 : it->second;
}

const Escrow* Balances::escrow(const QByteArray& channelId) const
{
    const auto it = m_escrows.find(channelId);
    return it == m_escrows.end() ? nullptr : &it->second;
}

Status Balances::apply(const JournalEntry& e)
{
    if (!amountInRange(e.amount) || e.amount == 0)
        return refused(e, tr("the amount is out of range"));
    if (!crypto::isValidAddress(e.party) || e.party != e.party.trimmed().toLower())
        return refused(e, tr("\"%1\" is not an address").arg(e.party));
    if (needsChannel(e.kind) != (e.channelId.size() == Voucher::kChannelIdBytes) ||
        (!needsChannel(e.kind) && !e.channelId.isEmpty()))
        return refused(e, tr("a channel id belongs to deposits, redemptions and refunds only"));
    if ((e.kind == EntryKind::Redeem) == e.evidence.isEmpty())
        return refused(e, tr("a redemption, and only a redemption, carries a voucher"));
    Amount& account = m_accounts[e.party];
    switch (e.kind) {
    case EntryKind::Mint:
        if (account > kMaxAmount - e.amount)
            return refused(e, tr("the balance would leave the amount range"));
        account += e.amount;
        return {};
    case EntryKind::Withdraw:
    case EntryKind::Deposit: {
        if (account < e.amount)
            return refused(
                e,
                tr("the balance of %1 is below %2").arg(formatOpen(account), formatOpen(e.amount)));
        if (e.kind == EntryKind::Deposit) {
            Escrow& escrow = m_escrows[e.channelId];
            if (escrow.payer.isEmpty())
                escrow.payer = e.party;
            if (escrow.payer != e.party || escrow.deposited > kMaxAmount - e.amount)
                return refused(e, tr("the channel belongs to another payer or is full"));
            escrow.deposited += e.amount;
        }
        account -= e.amount;
        return {};
    }
    case EntryKind::Payout: {
        Amount& keeper = m_accounts[m_keeper];
        if (e.party == m_keeper || keeper < e.amount || account > kMaxAmount - e.amount)
            return refused(e, tr("the node's balance does not cover the payout"));
        keeper -= e.amount;
        account += e.amount;
        return {};
    }
    case EntryKind::Redeem:
    case EntryKind::Refund: {
        const auto it = m_escrows.find(e.channelId);
        if (it == m_escrows.end())
            return refused(e, tr("no deposit into this channel"));
        if (e.amount > it->second.unused())
            return refused(e, tr("more than the channel's unused escrow of %1")
                                  .arg(formatOpen(it->second.unused())));
        if (e.kind == EntryKind::Redeem)
            return applyRedeem(e, it->second);
        if (e.party != it->second.payer)
            return refused(e, tr("a refund goes to the channel's payer only"));
        it->second.refunded += e.amount;
        account += e.amount;
        return {};
    }
    }
    return refused(e, tr("unknown kind"));
}

Status Balances::applyRedeem(const JournalEntry& e, Escrow& escrow)
{
    const Result<Voucher> voucher = Voucher::fromHeader(e.evidence);
    if (!voucher)
        return refused(e, voucher.error().message);
    if (Status signedByPayer = voucher->verify(); !signedByPayer)
        return refused(e, signedByPayer.error().message);
    if (voucher->channelId != e.channelId || voucher->payerAddress() != escrow.payer ||
        voucher->nodeAddress() != m_keeper || e.party != m_keeper)
        return refused(e, tr("the voucher is not the channel's payer's promise to this node"));
    // Vouchers are cumulative per lane: all redemptions of a lane stay within its highest one.
    Amount& lane = escrow.redeemedByLane[voucher->lane];
    if (e.amount > voucher->cumulative - lane)
        return refused(e, tr("the lane would redeem more than the voucher's %1")
                              .arg(formatOpen(voucher->cumulative)));
    lane += e.amount;
    escrow.redeemed += e.amount;
    m_accounts[m_keeper] += e.amount;
    return {};
}

} // namespace fw::ledger
