// Voucher acceptance and fee charging against the channels' deposits.
#include "ledger/ChannelBook.h"

#include "crypto/Address.h"

namespace fw::ledger {

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        return QStringLiteral("accepted");
    case Verdict::Forged:
        return QStringLiteral("forged");
    case Verdict::Replayed:
        return QStringLiteral("replayed");
    case Verdict::Expired:
        return QStringLiteral("expired");
    case Verdict::OverDeposit:
        return QStringLiteral("over_deposit");
    case Verdict::UnknownChannel:
        return QStringLiteral("unknown_channel");
    case Verdict::WrongNode:
        return QStringLiteral("wrong_node");
    case Verdict::Closed:
        return QStringLiteral("channel_closed");
    case Verdict::InsufficientCredit:
        return QStringLiteral("insufficient_credit");
    }
    return QStringLiteral("unknown");
}

Decision ChannelBook::refuse(Verdict verdict, const QString& message) const
{
    Decision d;
    d.verdict = verdict;
    d.message = message;
    return d;
}

Status ChannelBook::open(const Channel& channel)
{
    if (channel.id.size() != Voucher::kChannelIdBytes || !channel.payer.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A channel needs a 16-byte id and a payer."));
    if (!amountInRange(channel.deposit) || channel.authorizedTotal() > channel.deposit)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The channel's deposit is out of range or below its lanes."));
    for (const auto& [lane, state] : channel.lanes)
        if (lane >= Voucher::kMaxLanes || state.charged < 0 || state.charged > state.authorized)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Lane %1 is not consistent.").arg(lane));
    std::lock_guard lock(m_mutex);
    if (!m_channels.emplace(channel.id, channel).second)
        return makeError(
            ErrorCode::AlreadyExists,
            tr("Channel %1 is already open.").arg(QString::fromLatin1(channel.id.toHex())));
    return {};
}

std::optional<Channel> ChannelBook::channel(const QByteArray& id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_channels.find(id);
    if (it == m_channels.end())
        return std::nullopt;
    return it->second;
}

Status ChannelBook::close(const QByteArray& id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_channels.find(id);
    if (it == m_channels.end())
        return makeError(ErrorCode::NotFound, tr("No open channel has this id."));
    it->second.closed = true;
    return Status::success();
}

Decision ChannelBook::accept(const Voucher& voucher, qint64 nowMs)
{
    if (!(voucher.node == m_node))
        return refuse(Verdict::WrongNode,
                      tr("The voucher is for node %1, not this one.").arg(voucher.nodeAddress()));
    if (nowMs >= voucher.expiresAt)
        return refuse(Verdict::Expired, tr("The voucher expired."));
    // The costly check runs outside the lock, so threads verify in parallel.
    if (Status verified = voucher.verify(); !verified)
        return refuse(Verdict::Forged, verified.error().message);

    std::lock_guard lock(m_mutex);
    const auto it = m_channels.find(voucher.channelId);
    if (it == m_channels.end())
        return refuse(
            Verdict::UnknownChannel,
            tr("No open channel %1.").arg(QString::fromLatin1(voucher.channelId.toHex())));
    Channel& channel = it->second;
    if (channel.closed)
        return refuse(Verdict::Closed, tr("The payer closed this channel."));
    if (!(voucher.payer == channel.payer))
        return refuse(Verdict::Forged,
                      tr("The voucher is signed by %1, not by the channel's payer.")
                          .arg(voucher.payerAddress()));
    LaneState& lane = channel.lanes[voucher.lane];
    if (voucher.cumulative <= lane.authorized) {
        const LaneState unchanged = lane;
        if (lane.authorized == 0)
            channel.lanes.erase(voucher.lane); // keep no empty lane a refused voucher created
        Decision d = refuse(Verdict::Replayed,
                            tr("The voucher's cumulative amount %1 is not above the lane's %2.")
                                .arg(voucher.cumulative)
                                .arg(unchanged.authorized));
        d.lane = unchanged;
        return d;
    }
    const Amount total = channel.authorizedTotal() - lane.authorized + voucher.cumulative;
    if (total > channel.deposit) {
        Decision d = refuse(Verdict::OverDeposit,
                            tr("All lanes together would reach %1, above the deposit of %2.")
                                .arg(formatOpen(total), formatOpen(channel.deposit)));
        d.lane = lane;
        if (lane.authorized == 0)
            channel.lanes.erase(voucher.lane);
        return d;
    }
    lane.authorized = voucher.cumulative;
    lane.nonce = voucher.nonce;
    lane.voucher = voucher.toHeader();
    Decision d;
    d.lane = lane;
    return d;
}

Decision ChannelBook::charge(const QByteArray& channelId, quint32 lane, Amount fee)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_channels.find(channelId);
    if (it == m_channels.end())
        return refuse(Verdict::UnknownChannel,
                      tr("No open channel %1.").arg(QString::fromLatin1(channelId.toHex())));
    const auto laneIt = it->second.lanes.find(lane);
    const Amount credit = laneIt == it->second.lanes.end() ? 0 : laneIt->second.credit();
    if (laneIt == it->second.lanes.end() || fee < 0 || fee > credit) {
        Decision d =
            refuse(Verdict::InsufficientCredit, tr("A fee of %1 is above the lane's credit of %2.")
                                                    .arg(formatOpen(fee), formatOpen(credit)));
        if (laneIt != it->second.lanes.end())
            d.lane = laneIt->second;
        return d;
    }
    laneIt->second.charged += fee;
    Decision d;
    d.lane = laneIt->second;
    return d;
}

} // namespace fw::ledger
