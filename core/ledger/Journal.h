// The node's settlement journal: entries in order, each signed by the node and chained to the one
// before, and the balances they add up to. Balances come from the entries only; verifyJournal()
// lets anyone holding the entries recompute them from genesis.
#pragma once

#include "common/Result.h"
#include "ledger/Balances.h"
#include "ledger/JournalEntry.h"

#include <QCoreApplication>
#include <vector>

namespace fw::ledger {

struct JournalCheck
{
    int verified = 0;  // entries that passed, from genesis
    int failedAt = -1; // the first that did not, or -1
    QString message;

    bool ok() const { return failedAt < 0; }
};

// Sequence, hash chain, the keeper's signature and the rules (Balances::apply), from genesis.
// `balances`, when given, receives what the verified entries add up to.
JournalCheck verifyJournal(const std::vector<JournalEntry>& entries,
                           const crypto::PublicKey& keeper, Balances* balances = nullptr);

// Not thread-safe: its owner serialises appends (see Settlement).
class Journal
{
public:
    explicit Journal(const crypto::PublicKey& keeper);
    // Rebuilds a journal from stored entries, refusing any that do not verify.
    static Result<Journal> fromEntries(std::vector<JournalEntry> entries,
                                       const crypto::PublicKey& keeper);

    // The next entry, chained and signed, checked against the rules but not appended yet: the
    // caller stores it and then commit()s it, so memory never runs ahead of the database.
    Result<JournalEntry> prepare(EntryKind kind, const QString& party, Amount amount, qint64 at,
                                 const crypto::SigningKey& keeper, const QByteArray& channelId = {},
                                 const QByteArray& evidence = {}) const;
    // Appends an entry prepare() returned (nothing else was appended since).
    Status commit(const JournalEntry& entry);

    const std::vector<JournalEntry>& entries() const { return m_entries; }
    const Balances& balances() const { return m_balances; }
    QByteArray headHash() const;

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::Journal)

private:
    crypto::PublicKey m_keeper;
    std::vector<JournalEntry> m_entries;
    Balances m_balances;
};

} // namespace fw::ledger
