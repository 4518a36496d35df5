// Reading and writing the ledger tables; every multi-row change is one transaction.
#include "ledger/LedgerStore.h"

#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

namespace fw::ledger {

namespace {
Status insertEntry(store::Database& db, const JournalEntry& e)
{
    Result<store::Statement> st =
        db.prepare("INSERT INTO ledger_journal(sequence, kind, party, channel, amount, evidence, "
                   "at, previous, "
                   "signature, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, qint64(e.sequence))
        .bind(2, int(e.kind))
        .bind(3, e.party)
        .bind(4, e.channelId.isNull() ? QByteArray("") : e.channelId)
        .bind(5, qint64(e.amount))
        .bind(6, e.evidence.isNull() ? QByteArray("") : e.evidence)
        .bind(7, e.at)
        .bind(8, e.previousHash)
        .bind(9, e.signature)
        .bind(10, e.hash())
        .run();
}

Status writeLane(store::Database& db, const QByteArray& channelId, quint32 lane, const LaneState& s)
{
    Result<store::Statement> st = db.prepare(
        "INSERT OR REPLACE INTO ledger_lanes(channel, lane, authorized, charged, nonce, voucher) "
        "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, channelId)
        .bind(2, qint64(lane))
        .bind(3, qint64(s.authorized))
        .bind(4, qint64(s.charged))
        .bind(5, qint64(s.nonce))
        .bind(6, s.voucher)
        .run();
}

Status insertReceipt(store::Database& db, const Receipt& r)
{
    Result<store::Statement> st =
        db.prepare("INSERT INTO ledger_receipts(request, hash, json) VALUES(?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, r.requestId).bind(2, r.hash()).bind(3, r.toJson()).run();
}

Status insertAnswer(store::Database& db, const QString& requestId, const AnswerTrace& answer)
{
    Result<store::Statement> st =
        db.prepare("INSERT INTO ledger_answers(request, json) VALUES(?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, requestId).bind(2, answer.toJson()).run();
}

Error stopped()
{
    return makeError(ErrorCode::Cancelled, LedgerStore::tr("The charge was interrupted."));
}
} // namespace

Status LedgerStore::openChannel(const Channel& channel, const JournalEntry& deposit)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    Result<store::Statement> st =
        (*db)->prepare("INSERT INTO ledger_channels(id, payer, deposit) VALUES(?, ?, ?)");
    if (!st)
        return st.error();
    if (Status s = st->bind(1, channel.id)
                       .bind(2, channel.payer.bytes())
                       .bind(3, qint64(channel.deposit))
                       .run();
        !s)
        return s;
    if (Status s = insertEntry(**db, deposit); !s)
        return s;
    return tx.commit();
}

Status LedgerStore::closeChannel(const QByteArray& channelId,
                                 const std::optional<JournalEntry>& refund)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    Result<store::Statement> st =
        (*db)->prepare("UPDATE ledger_channels SET closed = 1 WHERE id = ? AND closed = 0");
    if (!st)
        return st.error();
    if (Status s = st->bind(1, channelId).run(); !s)
        return s;
    if ((*db)->changes() != 1)
        return makeError(ErrorCode::NotFound, tr("No open channel has this id."));
    if (refund)
        if (Status s = insertEntry(**db, *refund); !s)
            return s;
    return tx.commit();
}

Result<std::vector<Channel>> LedgerStore::loadChannels() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT id, payer, deposit, closed FROM ledger_channels");
    if (!st)
        return st.error();
    std::map<QByteArray, Channel> channels;
    bool keysValid = true;
    Status read = store::forEachRow(*st, [&](const store::Statement& row) {
        Channel c;
        c.id = row.blob(0);
        Result<crypto::PublicKey> payer = crypto::PublicKey::fromBytes(row.blob(1));
        keysValid = keysValid && payer.ok();
        if (payer)
            c.payer = *payer;
        c.deposit = row.int64(2);
        c.closed = row.int64(3) != 0;
        channels.emplace(c.id, c);
    });
    if (!read)
        return read.error();
    if (!keysValid)
        return makeError(ErrorCode::Corrupt, tr("A stored channel's payer key is damaged."));
    Result<store::Statement> lanes = (*db)->prepare(
        "SELECT channel, lane, authorized, charged, nonce, voucher FROM ledger_lanes");
    if (!lanes)
        return lanes.error();
    read = store::forEachRow(*lanes, [&](const store::Statement& row) {
        LaneState s{row.int64(2), row.int64(3), quint64(row.int64(4)), row.blob(5)};
        channels[row.blob(0)].lanes[quint32(row.int64(1))] = s;
    });
    if (!read)
        return read.error();
    std::vector<Channel> out;
    for (auto& [id, c] : channels)
        out.push_back(std::move(c));
    return out;
}

Status LedgerStore::appendEntry(const JournalEntry& entry)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    return insertEntry(**db, entry);
}

Result<std::vector<JournalEntry>> LedgerStore::loadJournal() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT sequence, kind, party, channel, amount, evidence, at, previous, "
                       "signature FROM ledger_journal ORDER BY sequence");
    if (!st)
        return st.error();
    std::vector<JournalEntry> entries;
    Status read = store::forEachRow(*st, [&](const store::Statement& row) {
        JournalEntry e;
        e.sequence = quint64(row.int64(0));
        e.kind = EntryKind(quint8(row.int64(1)));
        e.party = row.text(2);
        e.channelId = row.blob(3);
        e.amount = row.int64(4);
        e.evidence = row.blob(5);
        e.at = row.int64(6);
        e.previousHash = row.blob(7);
        e.signature = row.blob(8);
        entries.push_back(e);
    });
    if (!read)
        return read.error();
    return entries;
}

Status LedgerStore::recordCharge(const ChargeRecord& charge,
                                 const std::function<bool(ChargeStep)>& stopAfter)
{
    const auto stop = [&](ChargeStep step) { return stopAfter && stopAfter(step); };
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    if (Status s = writeLane(**db, charge.channelId, charge.lane, charge.laneAfter); !s)
        return s;
    if (stop(ChargeStep::LaneWritten))
        return stopped();
    if (Status s = insertReceipt(**db, charge.receipt); !s)
        return s;
    if (stop(ChargeStep::ReceiptWritten))
        return stopped();
    if (charge.redemption) {
        if (Status s = insertEntry(**db, *charge.redemption); !s)
            return s;
    }
    if (charge.answer)
        if (Status s = insertAnswer(**db, charge.receipt.requestId, *charge.answer); !s)
            return s;
    if (stop(ChargeStep::JournalWritten))
        return stopped();
    return tx.commit();
}

Result<std::optional<AnswerTrace>> readAnswer(store::Workspace& workspace, const QString& requestId)
{
    Result<store::Connection> db = workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT json FROM ledger_answers WHERE request = ?");
    if (!st)
        return st.error();
    st->bind(1, requestId);
    std::optional<QByteArray> json;
    if (Status s = store::forEachRow(*st, [&](const store::Statement& row) { json = row.blob(0); });
        !s)
        return s.error();
    if (!json)
        return std::optional<AnswerTrace>();
    Result<AnswerTrace> trace = AnswerTrace::fromJson(*json);
    if (!trace)
        return trace.error();
    return std::optional<AnswerTrace>(std::move(trace).value());
}

Result<std::vector<Receipt>> readReceipts(store::Workspace& workspace, const char* selectJson)
{
    Result<store::Connection> db = workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(selectJson);
    if (!st)
        return st.error();
    std::vector<Receipt> receipts;
    Status failed;
    Status read = store::forEachRow(*st, [&](const store::Statement& row) {
        Result<Receipt> r = Receipt::fromJson(row.blob(0));
        if (r)
            receipts.push_back(std::move(*r));
        else if (failed.ok())
            failed = r.error();
    });
    if (!read)
        return read.error();
    if (!failed)
        return failed.error();
    return receipts;
}

Result<std::vector<Receipt>> LedgerStore::loadReceipts() const
{
    return readReceipts(m_workspace, "SELECT json FROM ledger_receipts ORDER BY position");
}

Result<qint64> LedgerStore::journalLength() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT coalesce(max(sequence) + 1, 0) FROM ledger_journal");
    if (!st)
        return st.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : 0;
}

Result<std::vector<LedgerStore::StoredReceipt>> LedgerStore::receiptsSince(qint64 since,
                                                                           int limit) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT position, json FROM ledger_receipts WHERE position > ? ORDER BY position LIMIT ?");
    if (!st)
        return st.error();
    st->bind(1, since).bind(2, qint64(limit));
    std::vector<StoredReceipt> out;
    Status read = store::forEachRow(
        *st, [&](const store::Statement& row) { out.push_back({row.int64(0), row.blob(1)}); });
    if (!read)
        return read.error();
    return out;
}

} // namespace fw::ledger
