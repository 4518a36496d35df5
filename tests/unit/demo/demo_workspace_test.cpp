// The demo workspace: created once with its identities, reopened (not recreated) afterwards; its
// records arrive over weeks, as a real datanet's do, and its node has been paid for answers.
#include "datanet/DatanetService.h"
#include "demo/DemoDatanets.h"
#include "demo/DemoFeedback.h"
#include "demo/DemoTraffic.h"
#include "demo/DemoWorkspace.h"
#include "feedback/CampaignStore.h"
#include "ledger/LedgerStore.h"
#include "ledger/NodeLedger.h"
#include "ledger/ReceiptChain.h"
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
    void startsWithVerifiablePaidTraffic()
    {
        QTemporaryDir tmp;
        auto ws = demo::createDemoWorkspace(tmp.filePath("demo"));
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        wallet::WalletService wallet(**ws);
        const QString node = wallet.defaultIdentity()->address;
        QSet<QString> people;
        const auto identities = wallet.identities();
        QVERIFY(identities.ok());
        for (const auto& id : *identities)
            people.insert(id.address);
        const auto receipts = ledger::LedgerStore(**ws).loadReceipts();
        QVERIFY(receipts.ok());
        QCOMPARE(int(receipts->size()), demo::kDemoPaidRequests);
        // Signed by the workspace's node, chained, every split adding up to its fee.
        const ledger::ChainCheck chain = ledger::verifyReceiptChain(*receipts, node);
        QVERIFY2(chain.ok(), qPrintable(chain.message));
        QSet<QString> paidContributors;
        for (const ledger::Receipt& r : *receipts) {
            QCOMPARE(r.deployment, QString::fromLatin1(demo::kDemoDeployment));
            QVERIFY(!r.attribution.empty());
            for (const ledger::SplitLine& l : r.split)
                if (l.role == ledger::Role::Contributor)
                    paidContributors.insert(l.party);
        }
        // The data part reaches several of the demo's people; all of them are in the wallet.
        QVERIFY(paidContributors.size() >= 3);
        QVERIFY(people.contains(paidContributors));
        // The journal verifies from genesis and reopens as the local node would open it.
        auto key = wallet.signingKey(wallet.defaultIdentity()->id);
        auto ledger = ledger::NodeLedger::open(**ws, std::move(key).value(), [] { return 0; });
        QVERIFY2(ledger.ok(), qPrintable(ledger.error().message));
        QVERIFY((*ledger)->verifyJournalNow().ok());
        // Two thirds were paid out; the rest is still owed.
        QVERIFY(!(*ledger)->payOwed()->empty());
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
    // The Feedback page has items at once: the campaign's answers are cached, both styles differ,
    // and a demo made before the campaign existed gets it when reopened (once).
    void hasAFeedbackCampaignReadyToLabel()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("demo");
        auto ws = demo::createDemoWorkspace(dir);
        QVERIFY(ws.ok());
        feedback::CampaignStore campaigns(**ws);
        QCOMPARE(campaigns.campaigns()->size(), 1);
        const feedback::Campaign c = campaigns.campaigns()->first();
        QCOMPARE(c.name, QString::fromLatin1(demo::kDemoCampaign));
        QCOMPARE(c.datanetId,
                 datanet::DatanetService(**ws).datanetByName(demo::kDemoPreferenceDatanet)->id);
        QVERIFY(campaigns.missingAnswers(c.id)->isEmpty());
        const QString labeler = wallet::WalletService(**ws).defaultIdentity()->address;
        const feedback::CampaignProgress p = *campaigns.progress(c.id, labeler);
        QCOMPARE(p.items, qint64(demo::kDemoCampaignItems));
        QCOMPARE(p.answered, p.items);
        const auto item = campaigns.nextItem(c.id, labeler);
        QVERIFY(item.ok() && item->has_value());
        const QList<feedback::Answer> answers = (*item)->item.answers;
        QCOMPARE(answers.size(), 2);
        QVERIFY(answers[1].text.contains(answers[0].text));
        QVERIFY(answers[0].text != answers[1].text);
        QVERIFY(demo::addDemoCampaign(**ws).ok()); // already there: nothing added
        QCOMPARE(campaigns.campaigns()->size(), 1);
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
