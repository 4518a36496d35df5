// Loading and verifying the journal once, then answering per address.
#include "ledger/LedgerView.h"

#include "crypto/Address.h"
#include "ledger/Journal.h"
#include "ledger/LedgerStore.h"

namespace fw::ledger {

Result<LedgerView> LedgerView::load(store::Workspace& workspace,
                                    const std::vector<crypto::PublicKey>& keepers)
{
    LedgerStore store(workspace);
    LedgerView view;
    Result<std::vector<Channel>> channels = store.loadChannels();
    if (!channels)
        return channels.error();
    view.m_channels = std::move(*channels);
    Result<std::vector<JournalEntry>> entries = store.loadJournal();
    if (!entries)
        return entries.error();
    if (entries->empty())
        return view;
    for (const crypto::PublicKey& key : keepers) {
        if (!entries->front().signatureValid(key))
            continue;
        Balances balances(crypto::addressFromPublicKey(key));
        const JournalCheck check = verifyJournal(*entries, key, &balances);
        if (!check.ok())
            return makeError(ErrorCode::Corrupt,
                             tr("The node journal does not verify: %1").arg(check.message));
        view.m_balances = std::move(balances);
        view.m_entries = std::move(*entries);
        break;
    }
    return view;
}

std::optional<Amount> LedgerView::balance(const QString& address) const
{
    if (!m_balances)
        return std::nullopt;
    return m_balances->balance(address);
}

Amount LedgerView::paidOutTo(const QString& address) const
{
    Amount sum = 0;
    for (const JournalEntry& e : m_entries)
        if (e.kind == EntryKind::Payout && e.party == address)
            sum += e.amount;
    return sum;
}

const Escrow* LedgerView::escrow(const QByteArray& channelId) const
{
    return m_balances ? m_balances->escrow(channelId) : nullptr;
}

std::vector<Channel> LedgerView::channelsOf(const QString& address) const
{
    const bool isNode = m_balances && m_balances->keeper() == address;
    std::vector<Channel> out;
    for (const Channel& c : m_channels)
        if (isNode || crypto::addressFromPublicKey(c.payer) == address)
            out.push_back(c);
    return out;
}

} // namespace fw::ledger
