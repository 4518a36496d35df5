// The demo workspace: created once with its identities, reopened (not recreated) afterwards.
#include "demo/DemoWorkspace.h"
#include "wallet/WalletService.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class DemoWorkspaceTest : public QObject
{
    Q_OBJECT
private slots:
    void createsDistinctIdentities()
    {
        QTemporaryDir tmp;
        auto ws = demo::createDemoWorkspace(tmp.filePath("demo"));
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        wallet::WalletService wallet(**ws);
        auto ids = wallet.identities();
        QCOMPARE(ids->size(), demo::demoIdentityNames().size());
        QVERIFY(ids->size() >= 4);
        QSet<QString> addresses;
        for (const auto& id : *ids)
            addresses.insert(id.address);
        QCOMPARE(addresses.size(), ids->size());
        QCOMPARE(wallet.defaultIdentity()->name, demo::demoIdentityNames().first());
    }
    void openOrCreateReopens()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("demo");
        QString firstAddress;
        {
            auto ws = demo::openOrCreateDemoWorkspace(dir);
            QVERIFY(ws.ok());
            firstAddress = wallet::WalletService(**ws).defaultIdentity()->address;
        }
        auto again = demo::openOrCreateDemoWorkspace(dir);
        QVERIFY(again.ok());
        QCOMPARE(wallet::WalletService(**again).defaultIdentity()->address, firstAddress);
    }
};

QTEST_GUILESS_MAIN(DemoWorkspaceTest)
#include "demo_workspace_test.moc"
