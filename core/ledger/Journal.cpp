// Journal verification from genesis, and appending in two steps (prepare, then commit).
#include "ledger/Journal.h"

#include "crypto/Address.h"

namespace fw::ledger {

namespace {
// One entry against the state so far: its place in the chain, its signature, the rules.
Status checkNext(const JournalEntry& e, quint64 sequence, const QByteArray& previous,
                 const crypto::PublicKey& keeper, Balances& balances)
{
    if (e.sequence != sequence)
        return makeError(
            ErrorCode::Corrupt,
            Journal::tr("entry %1 has sequence number %2").arg(sequence).arg(e.sequence));
    if (e.previousHash != previous)
        return makeError(ErrorCode::Corrupt,
                         Journal::tr("entry %1 does not follow the entry before it: one was "
                                     "removed, inserted or moved")
                             .arg(sequence));
    if (!e.signatureValid(keeper))
        return makeError(ErrorCode::Corrupt,
                         Journal::tr("entry %1 is not signed by the journal's keeper: it was "
                                     "altered or forged")
                             .arg(sequence));
    return balances.apply(e);
}
} // namespace

JournalCheck verifyJournal(const std::vector<JournalEntry>& entries,
                           const crypto::PublicKey& keeper, Balances* balances)
{
    Balances state(crypto::addressFromPublicKey(keeper));
    QByteArray previous = JournalEntry::genesisHash();
    JournalCheck check;
    for (const JournalEntry& e : entries) {
        if (Status s = checkNext(e, quint64(check.verified), previous, keeper, state); !s) {
            check.failedAt = check.verified;
            check.message = s.error().message;
            break;
        }
        previous = e.hash();
        ++check.verified;
    }
    if (balances)
        *balances = state;
    return check;
}

Journal::Journal(const crypto::PublicKey& keeper)
    : m_keeper(keeper), m_balances(crypto::addressFromPublicKey(keeper))
{
}

Result<Journal> Journal::fromEntries(std::vector<JournalEntry> entries,
                                     const crypto::PublicKey& keeper)
{
    Journal journal(keeper);
    const JournalCheck check = verifyJournal(entries, keeper, &journal.m_balances);
    if (!check.ok())
        return makeError(ErrorCode::Corrupt,
                         tr("The settlement journal does not verify: %1").arg(check.message));
    journal.m_entries = std::move(entries);
    return journal;
}

QByteArray Journal::headHash() const
{
    return m_entries.empty() ? JournalEntry::genesisHash() : m_entries.back().hash();
}

Result<JournalEntry> Journal::prepare(EntryKind kind, const QString& party, Amount amount,
                                      qint64 at, const crypto::SigningKey& keeper,
                                      const QByteArray& channelId, const QByteArray& evidence) const
{
    if (!(keeper.publicKey() == m_keeper))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Only the journal's keeper signs entries."));
    JournalEntry e;
    e.sequence = quint64(m_entries.size());
    e.kind = kind;
    e.party = party;
    e.channelId = channelId;
    e.amount = amount;
    e.evidence = evidence;
    e.at = at;
    e.previousHash = headHash();
    e.sign(keeper);
    Balances trial = m_balances;
    if (Status s = trial.apply(e); !s)
        return s.error();
    return e;
}

Status Journal::commit(const JournalEntry& entry)
{
    if (Status s = checkNext(entry, quint64(m_entries.size()), headHash(), m_keeper, m_balances);
        !s)
        return s;
    m_entries.push_back(entry);
    return {};
}

} // namespace fw::ledger
