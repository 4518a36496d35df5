// Demo workspace contents.
#include "demo/DemoWorkspace.h"

#include "demo/DemoDatanets.h"
#include "demo/DemoFeedback.h"
#include "demo/DemoTraffic.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace fw::demo {

QString defaultDemoDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspaces/demo"));
}

QStringList demoIdentityNames()
{
    // Four contributors with distinct roles, so attribution and earnings show distinct shares.
    return {QStringLiteral("Ada (model builder)"), QStringLiteral("Bao (contributor)"),
            QStringLiteral("Chiara (contributor)"), QStringLiteral("Dev (contributor, labeler)")};
}

Result<std::unique_ptr<store::Workspace>>
createDemoWorkspace(const QString& dir, const crypto::KdfParams& kdf, const QByteArray& passphrase)
{
    store::CreateOptions options;
    options.kdf = kdf;
    Result<std::unique_ptr<store::Workspace>> ws =
        store::Workspace::create(dir, passphrase, options);
    if (!ws)
        return ws.error();
    wallet::WalletService wallet(**ws);
    for (const QString& name : demoIdentityNames()) {
        if (Result<wallet::Identity> id = wallet.createIdentity(name); !id)
            return id.error();
    }
    if (Status s = addDemoDatanets(**ws); !s)
        return s.error();
    if (Status s = addDemoTraffic(**ws, QDateTime::currentMSecsSinceEpoch()); !s)
        return s.error();
    if (Status s = addDemoCampaign(**ws); !s)
        return s.error();
    return ws;
}

Result<std::unique_ptr<store::Workspace>> openOrCreateDemoWorkspace(const QString& dir,
                                                                    const crypto::KdfParams& kdf)
{
    if (store::Workspace::isWorkspace(dir)) {
        Result<std::unique_ptr<store::Workspace>> ws =
            store::Workspace::open(dir, QByteArray(kDemoPassphrase));
        // A demo made before the Feedback page existed gets its campaign now; one whose demo
        // datanets were renamed or removed still opens, without it.
        if (ws)
            if (Status s = addDemoCampaign(**ws); !s)
                qWarning("demo: no feedback campaign: %s", qPrintable(s.error().message));
        return ws;
    }
    return createDemoWorkspace(dir, kdf);
}

} // namespace fw::demo
