// Paying a node, for the CLI, the workbench and tests: opens a channel, signs the voucher for each
// request (the lane's credit topped up to what the request may cost at most), checks the receipt
// that comes back against the node's key and books its fee on the lane.
#pragma once

#include "crypto/Ed25519.h"
#include "ledger/PayerChannels.h"
#include "ledger/Receipt.h"
#include "ledger/Voucher.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace fw::store {
class Workspace;
}

namespace fw::node {

class NodeClient;

struct PaidAnswer
{
    QJsonObject response;                   // the node's whole answer
    QString text;                           // the first choice's content (or text)
    std::optional<ledger::Receipt> receipt; // none for a free deployment
};

class PaymentClient
{
public:
    static constexpr qint64 kVoucherLifetimeMs = 60 * 60 * 1000;

    // `nodeAddress`: the address the node proved (NodeClient::nodeInfo).
    PaymentClient(store::Workspace& workspace, NodeClient& client, const crypto::SigningKey& payer,
                  QString nodeAddress);

    // Escrows `deposit` from the payer's balance on the node in a new channel, remembered here.
    Result<ledger::PayerChannel> openChannel(ledger::Amount deposit);
    // Closes the channel on the node (the unused deposit goes back to the payer's balance there)
    // and here; returns the refunded amount.
    Result<ledger::Amount> closeChannel(const QByteArray& channelId);
    // The payer's newest channel with this node that still has `needed` unsigned, if any.
    Result<std::optional<ledger::PayerChannel>> usableChannel(ledger::Amount needed) const;

    // Raises the lane so its credit covers `maxFee` (and at least by one unit, as the node needs
    // a higher amount each time), stores it, then signs.
    Result<ledger::Voucher> voucherFor(ledger::PayerChannel& channel, quint32 lane,
                                       ledger::Amount maxFee);
    // Verifies the node's receipt (signature, its address, a fee within the lane's credit) and
    // books the fee on the lane.
    Status book(ledger::PayerChannel& channel, quint32 lane, const ledger::Receipt& receipt);

    // The two halves of a paid request, for callers that send it themselves (a streamed chat):
    // before, the voucher header (none for a free deployment; a channel is opened with
    // `depositIfNone` when none can pay); after, the receipt from the answer's "flywheel" field,
    // checked and booked.
    struct PendingPayment
    {
        QHash<QByteArray, QByteArray> headers;
        std::optional<ledger::PayerChannel> channel; // none: free
        quint32 lane = 0;
    };
    Result<PendingPayment> prepare(const QString& model, const QString& promptText, int maxTokens,
                                   ledger::Amount depositIfNone, quint32 lane = 0);
    Result<std::optional<ledger::Receipt>> settle(PendingPayment& payment,
                                                  const QJsonObject& flywheel);

    // One chat completion on `model`, paid when the deployment has a price.
    Result<PaidAnswer> chat(const QString& model, const QString& prompt, int maxTokens,
                            ledger::Amount depositIfNone, quint32 lane = 0);

    // What a request may cost at most: its prompt's bytes bound its tokens (a byte-level
    // tokenizer never makes more tokens than bytes), plus the chat template and the answer.
    static qint64 maxTokensFor(const QString& prompt, int maxTokens);

    Q_DECLARE_TR_FUNCTIONS(fw::node::PaymentClient)
private:
    Result<ledger::Amount> priceOf(const QString& model);

    store::Workspace& m_workspace;
    NodeClient& m_client;
    const crypto::SigningKey& m_payer;
    const QString m_payerAddress;
    const QString m_nodeAddress;
};

} // namespace fw::node
