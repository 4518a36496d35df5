// The demo workspace: created once with its identities, reopened (not recreated) afterwards; its
// records arrive over weeks, as a real datanet's do.
#include "datanet/DatanetService.h"
#include "demo/DemoDatanets.h"
#include "demo/DemoWorkspace.h"
#include "wallet/WalletService.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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
    void recordsArriveOverWeeks()
    {
        // "Records and approvals over time" was a straight line between two dates for the demo.
        QTemporaryDir tmp;
        auto ws = demo::createDemoWorkspace(tmp.filePath("demo"));
        QVERIFY(ws.ok());
        datanet::DatanetService service(**ws);
        Result<QList<datanet::Datanet>> all = service.datanets();
        QVERIFY(all);
        for (const datanet::Datanet& d : *all) {
            Result<QList<datanet::TimelineDay>> days = service.timeline(d.id);
            QVERIFY(days);
            QVERIFY2(days->size() >= 10, qPrintable(d.name));
            QVERIFY(days->first().day.daysTo(days->last().day) >= 35);
            QVERIFY(days->last().day <= QDateTime::currentDateTimeUtc().date());
            qint64 submitted = 0, approved = 0;
            for (const datanet::TimelineDay& day : *days) {
                submitted += day.submitted;
                approved += day.approved;
            }
            QVERIFY(approved > 0 && approved < submitted); // about one in eleven is rejected
            QVERIFY(days->first().approved == 0);          // approvals follow submissions
        }
        QVERIFY(all->size() >= 2);
        QVERIFY(std::any_of(all->begin(), all->end(), [](const datanet::Datanet& d) {
            return d.name == QLatin1String(demo::kDemoInstructionDatanet);
        }));
    }
};

QTEST_GUILESS_MAIN(DemoWorkspaceTest)
#include "demo_workspace_test.moc"
