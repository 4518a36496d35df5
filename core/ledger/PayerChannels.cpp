// The payer_channels and payer_lanes tables (schema 12).
#include "ledger/PayerChannels.h"

#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

namespace fw::ledger {

Amount PayerChannel::authorizedTotal() const
{
    Amount sum = 0;
    for (const auto& [lane, state] : lanes)
        sum += state.authorized;
    return sum;
}

Amount PayerChannel::spentTotal() const
{
    Amount sum = 0;
    for (const auto& [lane, state] : lanes)
        sum += state.spent;
    return sum;
}

Status PayerChannels::add(const PayerChannel& c)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "INSERT INTO payer_channels(id, node_url, node_address, payer, deposit, opened_at) "
        "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, c.id)
        .bind(2, c.nodeUrl)
        .bind(3, c.nodeAddress)
        .bind(4, c.payer)
        .bind(5, qint64(c.deposit))
        .bind(6, c.openedAt)
        .run();
}

Result<std::vector<PayerChannel>> PayerChannels::list() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT id, node_url, node_address, payer, deposit, opened_at, closed "
                       "FROM payer_channels ORDER BY opened_at, id");
    if (!st)
        return st.error();
    std::vector<PayerChannel> channels;
    std::map<QByteArray, size_t> at;
    Status read = store::forEachRow(*st, [&](const store::Statement& row) {
        at.emplace(row.blob(0), channels.size());
        channels.push_back({row.blob(0), row.text(1), row.text(2), row.text(3), row.int64(4),
                            row.int64(5), {}, row.int64(6) != 0});
    });
    if (!read)
        return read.error();
    Result<store::Statement> lanes = (*db)->prepare(
        "SELECT channel, lane, authorized, spent, nonce FROM payer_lanes ORDER BY channel, lane");
    if (!lanes)
        return lanes.error();
    read = store::forEachRow(*lanes, [&](const store::Statement& row) {
        const auto it = at.find(row.blob(0));
        if (it != at.end())
            channels[it->second].lanes[quint32(row.int64(1))] = {row.int64(2), row.int64(3),
                                                                 quint64(row.int64(4))};
    });
    if (!read)
        return read.error();
    return channels;
}

Result<std::optional<PayerChannel>> PayerChannels::find(const QString& payer,
                                                        const QString& nodeAddress) const
{
    Result<std::vector<PayerChannel>> all = list();
    if (!all)
        return all.error();
    std::optional<PayerChannel> newest;
    for (PayerChannel& c : *all)
        if (c.payer == payer && c.nodeAddress == nodeAddress && !c.closed)
            newest = std::move(c);
    return newest;
}

Status PayerChannels::writeLane(const QByteArray& channelId, quint32 lane, const PayerLane& s)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "INSERT OR REPLACE INTO payer_lanes(channel, lane, authorized, spent, nonce) "
        "VALUES(?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, channelId)
        .bind(2, qint64(lane))
        .bind(3, qint64(s.authorized))
        .bind(4, qint64(s.spent))
        .bind(5, qint64(s.nonce))
        .run();
}

Status PayerChannels::markClosed(const QByteArray& channelId)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("UPDATE payer_channels SET closed = 1 WHERE id = ?");
    if (!st)
        return st.error();
    return st->bind(1, channelId).run();
}

} // namespace fw::ledger
