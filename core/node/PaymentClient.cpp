// The payer's flow: price -> channel -> voucher -> answer -> receipt -> booked fee.
#include "node/PaymentClient.h"

#include "crypto/Address.h"
#include "crypto/Kdf.h"
#include "node/NodeClient.h"
#include "node/NodePayments.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace fw::node {

namespace {
constexpr int kTemplateTokens = 64; // roles, turn markers and the system prompt, generously
} // namespace

PaymentClient::PaymentClient(store::Workspace& workspace, NodeClient& client,
                             const crypto::SigningKey& payer, QString nodeAddress)
    : m_workspace(workspace), m_client(client), m_payer(payer),
      m_payerAddress(crypto::addressFromPublicKey(payer.publicKey())),
      m_nodeAddress(std::move(nodeAddress))
{
}

qint64 PaymentClient::maxTokensFor(const QString& prompt, int maxTokens)
{
    return qint64(prompt.toUtf8().size()) + kTemplateTokens + std::max(0, maxTokens);
}

Result<ledger::PayerChannel> PaymentClient::openChannel(ledger::Amount deposit)
{
    ledger::PayerChannel channel;
    channel.id = crypto::randomBytes(ledger::Voucher::kChannelIdBytes);
    channel.nodeUrl = m_client.url();
    channel.nodeAddress = m_nodeAddress;
    channel.payer = m_payerAddress;
    channel.deposit = deposit;
    channel.openedAt = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject body{{QStringLiteral("channel"), QString::fromLatin1(channel.id.toHex())},
                           {QStringLiteral("amount"), QString::number(deposit)}};
    Result<QJsonObject> opened = NodeClient::jsonOf(m_client.signedPost(
        "/flywheel/v1/channels", QJsonDocument(body).toJson(QJsonDocument::Compact), m_payer));
    if (!opened)
        return opened.error();
    if (opened->value(QLatin1String("node")).toString() != m_nodeAddress)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The node opened the channel as %1, not as the address it proved (%2).")
                             .arg(opened->value(QLatin1String("node")).toString(), m_nodeAddress));
    if (Status s = ledger::PayerChannels(m_workspace).add(channel); !s)
        return s.error();
    return channel;
}

Result<ledger::Amount> PaymentClient::closeChannel(const QByteArray& channelId)
{
    Result<QJsonObject> closed = NodeClient::jsonOf(m_client.signedPost(
        "/flywheel/v1/channels/" + channelId.toHex() + "/close", QByteArray("{}"), m_payer));
    if (!closed)
        return closed.error();
    if (Status s = ledger::PayerChannels(m_workspace).markClosed(channelId); !s)
        return s.error();
    return closed->value(QLatin1String("refunded")).toString().toLongLong();
}

Result<std::optional<ledger::PayerChannel>>
PaymentClient::usableChannel(ledger::Amount needed) const
{
    Result<std::vector<ledger::PayerChannel>> all = ledger::PayerChannels(m_workspace).list();
    if (!all)
        return all.error();
    std::optional<ledger::PayerChannel> usable;
    for (ledger::PayerChannel& c : *all)
        if (c.payer == m_payerAddress && c.nodeAddress == m_nodeAddress && !c.closed &&
            c.deposit - c.authorizedTotal() >= needed + 1)
            usable = std::move(c);
    return usable;
}

Result<ledger::Voucher> PaymentClient::voucherFor(ledger::PayerChannel& channel, quint32 lane,
                                                  ledger::Amount maxFee)
{
    Result<crypto::PublicKey> nodeKey = crypto::publicKeyFromAddress(channel.nodeAddress);
    if (!nodeKey)
        return nodeKey.error();
    ledger::PayerLane state = channel.lanes[lane];
    const ledger::Amount target = std::max(state.authorized + 1, state.spent + maxFee);
    if (channel.authorizedTotal() - state.authorized + target > channel.deposit)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The channel's deposit (%1 OPEN) does not cover this request; open a "
                            "new channel with `flywheel-cli pay deposit`.")
                             .arg(ledger::formatOpen(channel.deposit)));
    state.authorized = target;
    state.nonce += 1;
    if (Status s = ledger::PayerChannels(m_workspace).writeLane(channel.id, lane, state); !s)
        return s.error();
    channel.lanes[lane] = state;
    ledger::Voucher v;
    v.channelId = channel.id;
    v.node = *nodeKey;
    v.lane = lane;
    v.cumulative = state.authorized;
    v.nonce = state.nonce;
    v.expiresAt = QDateTime::currentMSecsSinceEpoch() + kVoucherLifetimeMs;
    v.sign(m_payer);
    return v;
}

Status PaymentClient::book(ledger::PayerChannel& channel, quint32 lane,
                           const ledger::Receipt& receipt)
{
    if (Status s = receipt.verify(); !s)
        return makeError(ErrorCode::Corrupt,
                         tr("The node's receipt does not verify: %1").arg(s.error().message));
    if (receipt.node != channel.nodeAddress)
        return makeError(ErrorCode::Corrupt,
                         tr("The receipt is signed by %1, not by the node (%2).")
                             .arg(receipt.node, channel.nodeAddress));
    ledger::PayerLane state = channel.lanes[lane];
    if (receipt.fee > state.credit())
        return makeError(
            ErrorCode::Corrupt,
            tr("The receipt charges %1 OPEN, more than the voucher allowed (%2 OPEN).")
                .arg(ledger::formatOpen(receipt.fee), ledger::formatOpen(state.credit())));
    state.spent += receipt.fee;
    if (Status s = ledger::PayerChannels(m_workspace).writeLane(channel.id, lane, state); !s)
        return s;
    channel.lanes[lane] = state;
    return Status::success();
}

Result<ledger::Amount> PaymentClient::priceOf(const QString& model)
{
    Result<QJsonObject> list = NodeClient::jsonOf(m_client.get("/flywheel/v1/deployments"));
    if (!list)
        return list.error();
    for (const QJsonValue& d : list->value(QLatin1String("data")).toArray())
        if (d.toObject().value(QLatin1String("name")).toString() == model) {
            bool ok = false;
            const ledger::Amount price =
                d.toObject().value(QLatin1String("price_per_1k")).toString().toLongLong(&ok);
            if (!ok || price < 0)
                return makeError(ErrorCode::Corrupt,
                                 tr("The node lists no valid price for \"%1\".").arg(model));
            return price;
        }
    return makeError(ErrorCode::NotFound,
                     tr("The model \"%1\" is not deployed on this node.").arg(model));
}

Result<PaymentClient::PendingPayment> PaymentClient::prepare(const QString& model,
                                                             const QString& promptText,
                                                             int maxTokens,
                                                             ledger::Amount depositIfNone,
                                                             quint32 lane)
{
    Result<ledger::Amount> price = priceOf(model);
    if (!price)
        return price.error();
    PendingPayment payment;
    payment.lane = lane;
    if (*price == 0)
        return payment;
    const ledger::Amount maxFee = NodePayments::feeFor(maxTokensFor(promptText, maxTokens), *price);
    if (maxFee < 0)
        return makeError(ErrorCode::InvalidArgument, tr("The request's cost overflows."));
    Result<std::optional<ledger::PayerChannel>> usable = usableChannel(maxFee);
    if (!usable)
        return usable.error();
    payment.channel = std::move(*usable);
    if (!payment.channel) {
        Result<ledger::PayerChannel> opened = openChannel(std::max(depositIfNone, maxFee + 1));
        if (!opened)
            return opened.error();
        payment.channel = std::move(opened).value();
    }
    Result<ledger::Voucher> voucher = voucherFor(*payment.channel, lane, maxFee);
    if (!voucher)
        return voucher.error();
    payment.headers.insert(ledger::Voucher::kHeaderName, voucher->toHeader());
    return payment;
}

Result<std::optional<ledger::Receipt>> PaymentClient::settle(PendingPayment& payment,
                                                             const QJsonObject& flywheel)
{
    if (!payment.channel)
        return std::optional<ledger::Receipt>();
    Result<ledger::Receipt> receipt =
        ledger::Receipt::fromObject(flywheel.value(QLatin1String("receipt")).toObject());
    if (!receipt)
        return makeError(ErrorCode::Corrupt, tr("The node's answer carries no valid receipt: %1")
                                                 .arg(receipt.error().message));
    if (Status s = book(*payment.channel, payment.lane, *receipt); !s)
        return s.error();
    return std::optional<ledger::Receipt>(std::move(receipt).value());
}

Result<PaidAnswer> PaymentClient::chat(const QString& model, const QString& prompt, int maxTokens,
                                       ledger::Amount depositIfNone, quint32 lane)
{
    Result<PendingPayment> payment = prepare(model, prompt, maxTokens, depositIfNone, lane);
    if (!payment)
        return payment.error();
    const QJsonObject request{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), prompt}}}},
        {QStringLiteral("temperature"), 0},
        {QStringLiteral("max_tokens"), maxTokens}};
    Result<QJsonObject> answer = NodeClient::jsonOf(m_client.post(
        "/v1/chat/completions", QJsonDocument(request).toJson(QJsonDocument::Compact),
        payment->headers));
    if (!answer)
        return answer.error();
    PaidAnswer paid;
    paid.response = *answer;
    paid.text = answer->value(QLatin1String("choices"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("message"))
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString();
    Result<std::optional<ledger::Receipt>> receipt =
        settle(*payment, answer->value(QLatin1String("flywheel")).toObject());
    if (!receipt)
        return receipt.error();
    paid.receipt = std::move(*receipt);
    return paid;
}

} // namespace fw::node
