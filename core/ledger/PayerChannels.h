// The payer's side of its payment channels, kept in its workspace: which node each channel is
// with, its deposit, and per lane the last cumulative amount signed and the fees charged so far.
// A voucher's amount is stored before the voucher leaves, so no amount is ever signed twice.
#pragma once

#include "common/Result.h"
#include "ledger/Amount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace fw::store {
class Workspace;
}

namespace fw::ledger {

struct PayerLane
{
    Amount authorized = 0; // the last voucher's cumulative amount
    Amount spent = 0;      // the fees of the receipts received on this lane
    quint64 nonce = 0;
    Amount credit() const { return authorized - spent; }
};

struct PayerChannel
{
    QByteArray id; // 16 bytes
    QString nodeUrl;
    QString nodeAddress;
    QString payer;
    Amount deposit = 0;
    qint64 openedAt = 0;
    std::map<quint32, PayerLane> lanes;
    bool closed = false;

    Amount authorizedTotal() const;
    Amount spentTotal() const;
};

class PayerChannels
{
public:
    explicit PayerChannels(store::Workspace& workspace) : m_workspace(workspace) {}

    Status add(const PayerChannel& channel);
    Result<std::vector<PayerChannel>> list() const;
    // The newest channel `payer` opened with the node at `nodeAddress`, if any.
    Result<std::optional<PayerChannel>> find(const QString& payer,
                                             const QString& nodeAddress) const;
    Status writeLane(const QByteArray& channelId, quint32 lane, const PayerLane& state);
    Status markClosed(const QByteArray& channelId);

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::PayerChannels)
private:
    store::Workspace& m_workspace;
};

} // namespace fw::ledger
