// `flywheel-cli pay deposit|channels`, `flywheel-cli chat` and `flywheel-cli receipts fetch`:
// paying a node by voucher and collecting its signed receipts.
#include "CommandGroups.h"
#include "NodeCommandSupport.h"
#include "crypto/Address.h"
#include "ledger/PayerChannels.h"
#include "ledger/ReceiptArchive.h"
#include "ledger/ReceiptChain.h"
#include "ledger/Voucher.h"
#include "node/PaymentClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace fw::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

QCommandLineOption identityOption()
{
    return {QStringLiteral("identity"),
            tr("Pay as this identity's address (default: the default identity)."), tr("ADDRESS")};
}

// The node, its proved address, the workspace and the payer's key: what every paid command needs.
struct PaySession
{
    node::NodeClient client;
    QString nodeAddress;
    std::unique_ptr<store::Workspace> workspace;
    crypto::SigningKey payer;
};

// The node at --node, proving the address it claims (or --node-address): vouchers are signed
// for it and receipts checked against it.
Result<std::pair<node::NodeClient, QString>> connectProvedNode(const Invocation& call)
{
    Result<node::NodeClient> client = connectNode(call);
    if (!client)
        return client.error();
    Result<QJsonObject> info = client->nodeInfo(opt(call, "node-address"));
    if (!info)
        return info.error();
    const QString address = info->value(QLatin1String("address")).toString();
    return std::make_pair(std::move(client).value(), address);
}

Result<PaySession> openSession(const Invocation& call)
{
    Result<std::pair<node::NodeClient, QString>> node = connectProvedNode(call);
    if (!node)
        return node.error();
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<crypto::SigningKey> key = signingKey(**ws, opt(call, "identity"));
    if (!key)
        return key.error();
    return PaySession{std::move(node->first), node->second, std::move(ws).value(),
                      std::move(key).value()};
}

QCommandLineOption nodeAddressOption()
{
    return {QStringLiteral("node-address"), tr("Refuse unless the node proves this address."),
            tr("ADDRESS")};
}

Outcome payDeposit(const Invocation& call)
{
    Result<ledger::Amount> amount = ledger::parseOpen(call.args.at(0));
    if (!amount)
        return amount.error();
    if (*amount <= 0)
        return makeError(ErrorCode::InvalidArgument, tr("The deposit must be more than 0 OPEN."));
    Result<PaySession> session = openSession(call);
    if (!session)
        return session.error();
    node::PaymentClient payments(*session->workspace, session->client, session->payer,
                                 session->nodeAddress);
    Result<ledger::PayerChannel> channel = payments.openChannel(*amount);
    if (!channel)
        return channel.error();
    if (call.parser.isSet(QStringLiteral("json"))) {
        call.context.out().json(QJsonDocument(
            QJsonObject{{QStringLiteral("channel"), QString::fromLatin1(channel->id.toHex())},
                        {QStringLiteral("node"), channel->nodeAddress},
                        {QStringLiteral("payer"), channel->payer},
                        {QStringLiteral("deposit"), QString::number(channel->deposit)}}));
        return {};
    }
    call.context.out().line(tr("opened channel %1 on %2 with %3 OPEN from %4")
                                .arg(QString::fromLatin1(channel->id.toHex()), session->nodeAddress,
                                     ledger::formatOpen(channel->deposit), channel->payer));
    return {};
}

Outcome payClose(const Invocation& call)
{
    const QByteArray id = QByteArray::fromHex(call.args.at(0).toLatin1());
    if (id.size() != ledger::Voucher::kChannelIdBytes || call.args.at(0).size() != 2 * id.size())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A channel id is 32 hex digits (see `flywheel-cli pay channels`)."));
    Result<PaySession> session = openSession(call);
    if (!session)
        return session.error();
    node::PaymentClient payments(*session->workspace, session->client, session->payer,
                                 session->nodeAddress);
    Result<ledger::Amount> refunded = payments.closeChannel(id);
    if (!refunded)
        return refunded.error();
    call.context.out().line(tr("closed channel %1; %2 OPEN went back to %3's balance on the node")
                                .arg(call.args.at(0), ledger::formatOpen(*refunded),
                                     crypto::addressFromPublicKey(session->payer.publicKey())));
    return {};
}

Outcome payChannels(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<std::vector<ledger::PayerChannel>> channels = ledger::PayerChannels(**ws).list();
    if (!channels)
        return channels.error();
    if (call.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ledger::PayerChannel& c : *channels)
            list.append(
                QJsonObject{{QStringLiteral("channel"), QString::fromLatin1(c.id.toHex())},
                            {QStringLiteral("node_url"), c.nodeUrl},
                            {QStringLiteral("node"), c.nodeAddress},
                            {QStringLiteral("payer"), c.payer},
                            {QStringLiteral("deposit"), QString::number(c.deposit)},
                            {QStringLiteral("signed"), QString::number(c.authorizedTotal())},
                            {QStringLiteral("spent"), QString::number(c.spentTotal())},
                            {QStringLiteral("closed"), c.closed}});
        call.context.out().json(QJsonDocument(list));
        return {};
    }
    if (channels->empty())
        call.context.out().line(tr("No channels yet: open one with `flywheel-cli pay deposit`."));
    for (const ledger::PayerChannel& c : *channels)
        call.context.out().line(
            tr("%1  %2  deposit %3 OPEN, spent %4 OPEN, %5 lanes, payer %6%7")
                .arg(QString::fromLatin1(c.id.toHex()), c.nodeUrl, ledger::formatOpen(c.deposit),
                     ledger::formatOpen(c.spentTotal()))
                .arg(c.lanes.size())
                .arg(c.payer, c.closed ? tr(", closed") : QString()));
    return {};
}

Outcome chat(const Invocation& call)
{
    bool ok = true;
    const int maxTokens =
        call.parser.isSet(QStringLiteral("max-tokens")) ? opt(call, "max-tokens").toInt(&ok) : 64;
    if (!ok || maxTokens < 1 || maxTokens > 4096)
        return makeError(ErrorCode::InvalidArgument,
                         tr("--max-tokens must be a whole number from 1 to 4096."));
    Result<ledger::Amount> deposit = ledger::parseOpen(
        call.parser.isSet(QStringLiteral("deposit")) ? opt(call, "deposit") : QStringLiteral("1"));
    if (!deposit)
        return deposit.error();
    const QString prompt = opt(call, "prompt");
    if (prompt.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Pass the question with --prompt TEXT."));
    Result<PaySession> session = openSession(call);
    if (!session)
        return session.error();
    node::PaymentClient payments(*session->workspace, session->client, session->payer,
                                 session->nodeAddress);
    Result<node::PaidAnswer> answer = payments.chat(call.args.at(0), prompt, maxTokens, *deposit);
    if (!answer)
        return answer.error();
    if (call.parser.isSet(QStringLiteral("json"))) {
        call.context.out().json(QJsonDocument(answer->response));
        return {};
    }
    call.context.out().line(answer->text);
    if (answer->receipt)
        call.context.out().line(tr("fee %1 OPEN for %2 tokens in, %3 out; receipt %4")
                                    .arg(ledger::formatOpen(answer->receipt->fee))
                                    .arg(answer->receipt->tokensIn)
                                    .arg(answer->receipt->tokensOut)
                                    .arg(answer->receipt->requestId));
    else
        call.context.out().line(tr("free deployment: no fee, no receipt"));
    return {};
}

// Fetches the node's receipts after what the workspace's archive already holds of it (or after
// --since), checks the chain and adds them to the archive (and to --out as JSON lines).
Outcome receiptsFetch(const Invocation& call)
{
    Result<std::pair<node::NodeClient, QString>> node = connectProvedNode(call);
    if (!node)
        return node.error();
    node::NodeClient& client = node->first;
    const QString nodeAddress = node->second;
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    ledger::ReceiptArchive archive(**ws);
    Result<std::vector<ledger::Receipt>> archived = archive.loadArchived();
    if (!archived)
        return archived.error();
    qint64 held = 0;
    QByteArray head = ledger::Receipt::genesisHash();
    for (const ledger::Receipt& r : *archived)
        if (r.node == nodeAddress) {
            ++held;
            head = r.hash();
        }
    bool ok = true;
    const bool sinceGiven = call.parser.isSet(QStringLiteral("since"));
    const qint64 since = sinceGiven ? opt(call, "since").toLongLong(&ok) : held;
    if (!ok || since < 0)
        return makeError(ErrorCode::InvalidArgument, tr("--since must be a receipt position."));
    std::vector<ledger::Receipt> receipts;
    QByteArray lines;
    qint64 position = since;
    for (bool more = true; more;) {
        Result<QJsonObject> page = node::NodeClient::jsonOf(
            client.get("/flywheel/v1/receipts?since=" + QByteArray::number(position)));
        if (!page)
            return page.error();
        const QJsonArray data = page->value(QLatin1String("data")).toArray();
        for (const QJsonValue& v : data) {
            Result<ledger::Receipt> r =
                ledger::Receipt::fromObject(v.toObject().value(QLatin1String("receipt")).toObject());
            if (!r)
                return makeError(ErrorCode::Corrupt,
                                 tr("Receipt %1 from the node cannot be read: %2")
                                     .arg(v.toObject().value(QLatin1String("position")).toDouble())
                                     .arg(r.error().message));
            lines += r->toJson() + '\n';
            receipts.push_back(std::move(r).value());
            position = qint64(v.toObject().value(QLatin1String("position")).toDouble());
        }
        more = page->value(QLatin1String("has_more")).toBool() && !data.isEmpty();
    }
    // Continuing the archive's copy: linked to its head. From position 0: from genesis. From an
    // arbitrary --since: from the first fetched (the archive notes a mid-chain start).
    const bool continuing = !sinceGiven || since == held;
    const QByteArray start = continuing || since == 0 || receipts.empty()
                                 ? (since == 0 ? ledger::Receipt::genesisHash() : head)
                                 : receipts.front().previousHash;
    const ledger::ChainCheck check = ledger::verifyReceiptChain(receipts, nodeAddress, start);
    if (!check.ok())
        return makeError(ErrorCode::Corrupt,
                         tr("The node's receipts do not verify: %1 verified, then receipt %2: %3")
                             .arg(check.verified)
                             .arg(since + check.failedAt + 1)
                             .arg(check.message));
    Result<ledger::ArchiveAdd> added = archive.addCounted(
        receipts, continuing || since == 0 ? ledger::ChainStart::GenesisOnly
                                           : ledger::ChainStart::AnyReceipt);
    if (!added)
        return added.error();
    if (call.parser.isSet(QStringLiteral("out"))) {
        QFile file(opt(call, "out"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(lines) != lines.size())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2")
                                                .arg(file.fileName(), file.errorString()));
    }
    call.context.out().line(
        tr("fetched %1 receipts from %2 (positions %3 to %4), all verified; %5 new in the archive")
            .arg(receipts.size())
            .arg(nodeAddress)
            .arg(since + 1)
            .arg(position)
            .arg(added->added));
    return {};
}

} // namespace

void registerPayCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("pay"),
                  QStringLiteral("deposit"),
                  tr("Open a payment channel on a node with AMOUNT OPEN from your balance there."),
                  {tr("AMOUNT")},
                  {nodeOption(), nodeAddressOption(), identityOption(), jsonFlag()},
                  true,
                  payDeposit});
    registry.add({QStringLiteral("pay"),
                  QStringLiteral("close"),
                  tr("Close a channel: no more vouchers, the unused deposit back to your balance."),
                  {tr("CHANNEL")},
                  {nodeOption(), nodeAddressOption(), identityOption()},
                  true,
                  payClose});
    registry.add({QStringLiteral("pay"),
                  QStringLiteral("channels"),
                  tr("The channels this workspace opened: deposit, signed and spent amounts."),
                  {},
                  {jsonFlag()},
                  true,
                  payChannels});
    registry.add(
        {QStringLiteral("chat"),
         QString(),
         tr("Ask a model on a node, paying by voucher; prints the answer, the fee and the "
            "receipt."),
         {tr("MODEL")},
         {nodeOption(), nodeAddressOption(), identityOption(), jsonFlag(),
          QCommandLineOption(QStringLiteral("prompt"), tr("The question."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("max-tokens"), tr("Longest answer (default 64)."),
                             tr("N")),
          QCommandLineOption(QStringLiteral("deposit"),
                             tr("Deposit of a channel opened when none can pay (default 1 OPEN)."),
                             tr("AMOUNT"))},
         true,
         chat});
    registry.add(
        {QStringLiteral("receipts"),
         QStringLiteral("fetch"),
         tr("Download a node's signed receipts after those already archived, verify the chain and "
            "archive them (earnings count them)."),
         {},
         {nodeOption(), nodeAddressOption(),
          QCommandLineOption(QStringLiteral("since"),
                             tr("Only receipts after this position (default: after the archive's)."),
                             tr("N")),
          QCommandLineOption(QStringLiteral("out"), tr("Also append them to FILE (JSON lines)."),
                             tr("FILE"))},
         true,
         receiptsFetch});
}

} // namespace fw::cli
