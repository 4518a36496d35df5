// What the CLI's node commands share: the --node option, connecting, the signing identity.
#pragma once

#include "CliContext.h"
#include "CommandRegistry.h"
#include "node/NodeClient.h"
#include "wallet/WalletService.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace fw::cli {

namespace nodecli {
inline QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}
} // namespace nodecli

inline QString opt(const Invocation& call, const char* name)
{
    return call.parser.value(QString::fromLatin1(name));
}

inline QCommandLineOption nodeOption()
{
    return {QStringLiteral("node"),
            nodecli::tr("The node's URL, e.g. http://127.0.0.1:8088 (or FLYWHEEL_NODE)."),
            nodecli::tr("URL")};
}

inline QCommandLineOption jsonFlag()
{
    return {QStringLiteral("json"), nodecli::tr("Print JSON.")};
}

inline Result<node::NodeClient> connectNode(const Invocation& call)
{
    QString url = opt(call, "node");
    if (url.isEmpty())
        url = qEnvironmentVariable("FLYWHEEL_NODE");
    if (url.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         nodecli::tr("Which node? Pass --node URL or set FLYWHEEL_NODE."));
    return node::NodeClient::connect(url);
}

// The signing identity: --identity ADDRESS, else the workspace's default one.
inline Result<crypto::SigningKey> signingKey(store::Workspace& workspace, const QString& typed)
{
    wallet::WalletService wallet(workspace);
    if (typed.isEmpty()) {
        Result<wallet::Identity> id = wallet.defaultIdentity();
        if (!id)
            return id.error();
        return wallet.signingKey(id->id);
    }
    return wallet.signingKeyFor(typed);
}

} // namespace fw::cli
