// `flywheel-cli deploy|undeploy` and `flywheel-cli node status|deployments`: talking to a node.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "NodeCommandSupport.h"
#include "crypto/Address.h"
#include "ledger/Amount.h"
#include "models/ModelStore.h"
#include "node/NodeClient.h"
#include "node/RegistryDeploy.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace fw::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

Result<node::RevenueSplit> parseSplit(const QString& text)
{
    node::RevenueSplit split;
    if (text.isEmpty())
        return split;
    const QStringList parts = text.split(QLatin1Char(','));
    int values[3] = {};
    bool ok = parts.size() == 3;
    for (int i = 0; ok && i < 3; ++i)
        values[i] = parts[i].trimmed().toInt(&ok);
    if (!ok || values[0] < 0 || values[1] < 0 || values[2] < 0 ||
        values[0] + values[1] + values[2] != 100)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("--split must be three whole percentages NODE,BUILDER,DATA adding up to 100, e.g. "
               "20,30,50."));
    return node::RevenueSplit{values[0] * 100, values[1] * 100, values[2] * 100};
}

QString describe(const QJsonObject& d)
{
    return tr("%1 (%2) release %3, owner %4, %5 OPEN per 1k tokens, manifest %6")
        .arg(d.value(QLatin1String("name")).toString(), d.value(QLatin1String("kind")).toString())
        .arg(qint64(d.value(QLatin1String("release")).toDouble()))
        .arg(d.value(QLatin1String("owner")).toString(),
             d.value(QLatin1String("price_per_1k_open")).toString(),
             d.value(QLatin1String("manifest_hash")).toString().left(16));
}

Outcome deploy(const Invocation& call)
{
    node::DeploySpec spec;
    spec.model = call.args.at(0);
    spec.deployedName = opt(call, "as");
    if (call.parser.isSet(QStringLiteral("price-per-1k"))) {
        Result<ledger::Amount> price = ledger::parseOpen(opt(call, "price-per-1k"));
        if (!price)
            return price.error();
        spec.pricePer1k = *price;
    }
    Result<node::RevenueSplit> split = parseSplit(opt(call, "split"));
    if (!split)
        return split.error();
    spec.split = *split;
    Result<node::NodeClient> client = connectNode(call);
    if (!client)
        return client.error();
    // The node must prove the address the user expects before any model leaves this machine.
    Result<QJsonObject> info = client->nodeInfo(opt(call, "node-address"));
    if (!info)
        return info.error();
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<crypto::SigningKey> key = signingKey(**ws, opt(call, "identity"));
    if (!key)
        return key.error();
    Result<node::DeployPlan> plan = node::buildDeployPlan(**ws, spec, *key);
    if (!plan)
        return plan.error();
    Result<QJsonObject> deployed = node::deployPlan(*client, *plan, *key);
    if (!deployed)
        return deployed.error();
    if (call.parser.isSet(QStringLiteral("json")))
        call.context.out().json(QJsonDocument(*deployed));
    else
        call.context.out().line(tr("deployed to %1: %2").arg(client->url(), describe(*deployed)));
    return {};
}

Outcome undeploy(const Invocation& call)
{
    Result<node::NodeClient> client = connectNode(call);
    if (!client)
        return client.error();
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<crypto::SigningKey> key = signingKey(**ws, opt(call, "identity"));
    if (!key)
        return key.error();
    const QByteArray path = "/flywheel/v1/deployments/" + QUrl::toPercentEncoding(call.args.at(0));
    Result<QJsonObject> done = node::NodeClient::jsonOf(client->signedDelete(path, *key));
    if (!done)
        return done.error();
    call.context.out().line(tr("undeployed %1 from %2").arg(call.args.at(0), client->url()));
    return {};
}

Outcome nodeStatus(const Invocation& call)
{
    Result<node::NodeClient> client = connectNode(call);
    if (!client)
        return client.error();
    Result<QJsonObject> info = client->nodeInfo(opt(call, "address"));
    if (!info)
        return info.error();
    if (call.parser.isSet(QStringLiteral("json"))) {
        call.context.out().json(QJsonDocument(*info));
        return {};
    }
    const auto text = [&](const char* key) {
        return info->value(QLatin1String(key)).toVariant().toString();
    };
    const Output& out = call.context.out();
    out.line(tr("node      %1").arg(client->url()));
    out.line(tr("address   %1%2")
                 .arg(text("address"),
                      call.parser.isSet(QStringLiteral("address")) ? tr(" (proved)") : QString()));
    out.line(tr("base      %1").arg(text("base").isEmpty() ? tr("(none deployed)") : text("base")));
    out.line(tr("adapters  %1 deployed, %2 in memory")
                 .arg(info->value(QLatin1String("adapters")).toArray().size())
                 .arg(text("adapters_resident")));
    out.line(tr("requests  %1 running, %2 queued, %3 completed")
                 .arg(text("running"), text("queue_depth"), text("completed")));
    out.line(tr("tokens    %1 generated").arg(text("generated_tokens")));
    const auto ms = [&](const char* key) {
        return QString::number(info->value(QLatin1String(key)).toDouble(), 'f', 1);
    };
    out.line(tr("latency   p50 %1 ms a whole answer, %2 ms to the first token; adapter load p50 %3 ms")
                 .arg(ms("latency_ms_p50"), ms("first_token_ms_p50"), ms("adapter_load_ms_p50")));
    return {};
}

Outcome nodeDeployments(const Invocation& call)
{
    Result<node::NodeClient> client = connectNode(call);
    if (!client)
        return client.error();
    Result<QJsonObject> list = node::NodeClient::jsonOf(client->get("/flywheel/v1/deployments"));
    if (!list)
        return list.error();
    if (call.parser.isSet(QStringLiteral("json"))) {
        call.context.out().json(QJsonDocument(*list));
        return {};
    }
    const QJsonArray data = list->value(QLatin1String("data")).toArray();
    if (data.isEmpty())
        call.context.out().line(tr("No deployments on %1.").arg(client->url()));
    for (const QJsonValue& d : data)
        call.context.out().line(describe(d.toObject()));
    return {};
}

} // namespace

void registerNodeCommands(CommandRegistry& registry)
{
    const QCommandLineOption identity(
        QStringLiteral("identity"),
        tr("Sign as this identity's address (default: the default identity)."), tr("ADDRESS"));
    registry.add(
        {QStringLiteral("deploy"),
         QString(),
         tr("Send a registered model or adapter to a node as a signed deploy package (an adapter's "
            "base "
            "goes first when the node lacks it)."),
         {tr("NAME")},
         {nodeOption(),
          QCommandLineOption(QStringLiteral("as"),
                             tr("Name on the node (default: the registry's)."), tr("NAME")),
          QCommandLineOption(QStringLiteral("price-per-1k"),
                             tr("OPEN per 1,000 tokens (default 0)."), tr("AMOUNT")),
          QCommandLineOption(QStringLiteral("split"),
                             tr("Revenue split NODE,BUILDER,DATA in percent "
                                "(default 20,30,50)."),
                             tr("N,B,D")),
          QCommandLineOption(QStringLiteral("node-address"),
                             tr("Refuse unless the node proves this address."), tr("ADDRESS")),
          identity, jsonFlag()},
         true,
         deploy});
    registry.add({QStringLiteral("undeploy"),
                  QString(),
                  tr("Remove a deployment from a node (its owner only)."),
                  {tr("NAME")},
                  {nodeOption(), identity},
                  true,
                  undeploy});
    registry.add(
        {QStringLiteral("node"),
         QStringLiteral("status"),
         tr("A node's address, base model, adapters, queue and totals."),
         {},
         {nodeOption(),
          QCommandLineOption(QStringLiteral("address"),
                             tr("Check that the node proves this address."), tr("ADDRESS")),
          jsonFlag()},
         false,
         nodeStatus});
    registry.add({QStringLiteral("node"),
                  QStringLiteral("deployments"),
                  tr("What a node serves: owner, manifest hash, price, lineage roots."),
                  {},
                  {nodeOption(), jsonFlag()},
                  false,
                  nodeDeployments});
}

} // namespace fw::cli
