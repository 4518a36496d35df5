// The node's open channels and the two money decisions per request: accept a voucher before
// generating, charge the actual fee after. Thread-safe; one lock guards every channel.
#pragma once

#include "common/Result.h"
#include "ledger/Channel.h"
#include "ledger/Voucher.h"

#include <QCoreApplication>
#include <mutex>
#include <optional>

namespace fw::ledger {

// Why a voucher or a charge was refused: distinct, so the node can answer 402 with the reason.
enum class Verdict {
    Accepted,
    Forged,             // the signature fails, or it was signed by someone other than the payer
    Replayed,           // the cumulative amount is not above the lane's last accepted one
    Expired,            // now is at or after the voucher's expiry time
    OverDeposit,        // all lanes together would exceed the channel's deposit
    UnknownChannel,     // no open channel with this id
    WrongNode,          // the voucher names another node
    InsufficientCredit, // a fee above the lane's credit (charge only)
    Closed,             // the payer closed the channel
};

// A stable lower-case name for HTTP answers and logs: "forged", "replayed", ...
QString verdictCode(Verdict verdict);

struct Decision
{
    Verdict verdict = Verdict::Accepted;
    QString message; // for people, when refused
    LaneState lane;  // the lane after the decision (unchanged when refused)

    bool ok() const { return verdict == Verdict::Accepted; }
};

class ChannelBook
{
public:
    explicit ChannelBook(crypto::PublicKey node) : m_node(std::move(node)) {}

    // A new channel (lanes may be filled, as when loaded from the store). Refuses a known id, a
    // deposit out of range or lanes that do not fit in it.
    Status open(const Channel& channel);
    std::optional<Channel> channel(const QByteArray& id) const;
    // No voucher is accepted on it afterwards.
    Status close(const QByteArray& id);

    // Raises the voucher's lane to its cumulative amount when every check passes.
    Decision accept(const Voucher& voucher, qint64 nowMs);
    // Takes `fee` from the lane's credit (0 <= fee <= credit); what is left stays the payer's.
    Decision charge(const QByteArray& channelId, quint32 lane, Amount fee);

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::ChannelBook)

private:
    Decision refuse(Verdict verdict, const QString& message) const;

    const crypto::PublicKey m_node;
    mutable std::mutex m_mutex;
    std::map<QByteArray, Channel> m_channels; // guarded by m_mutex
};

} // namespace fw::ledger
