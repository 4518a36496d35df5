// The workspace's ledger tables read for people: who keeps the journal, what it adds up to for
// each account, the channels and what was paid out. The wallet page and earnings read it; it
// verifies the journal before anyone sees a balance.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "ledger/Balances.h"
#include "ledger/Channel.h"
#include "ledger/JournalEntry.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace fw::store {
class Workspace;
}

namespace fw::ledger {

class LedgerView
{
public:
    // `keepers`: the keys that may have signed the journal (the workspace's identities); the
    // one whose signature the first entry carries is the node. No journal, or one signed by a
    // key not among them, gives a view without balances.
    static Result<LedgerView> load(store::Workspace& workspace,
                                   const std::vector<crypto::PublicKey>& keepers);

    bool hasJournal() const { return m_balances.has_value(); }
    QString keeper() const { return m_balances ? m_balances->keeper() : QString(); }
    std::optional<Amount> balance(const QString& address) const;
    Amount paidOutTo(const QString& address) const;
    const Escrow* escrow(const QByteArray& channelId) const;
    // The channels `address` pays into, or all of them when it is the node that keeps them.
    std::vector<Channel> channelsOf(const QString& address) const;
    const std::vector<Channel>& channels() const { return m_channels; }

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::LedgerView)

private:
    std::optional<Balances> m_balances;
    std::vector<JournalEntry> m_entries;
    std::vector<Channel> m_channels;
};

} // namespace fw::ledger
