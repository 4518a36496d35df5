// The demo's model on its node: trained on World facts, deployed with a price, and paid answers
// that went through the node's real payment path. The receipts chain on after the demo traffic,
// and most answers say facts back word for word, so they are attributed to the records (and the
// people) they came from, with the answer and its spans kept for "why did I earn this".
#include "demo/DemoModel.h"
#include "demo/DemoTraffic.h"
#include "demo/DemoWorkspace.h"
#include "ledger/EarningsService.h"
#include "ledger/LedgerStore.h"
#include "ledger/ReceiptChain.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "models/ModelStore.h"
#include "node/DeploymentStore.h"
#include "wallet/WalletService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class DemoModelTest : public QObject
{
    Q_OBJECT
private slots:
    void theDemoModelAnswersPaidQuestionsOnItsNode()
    {
        Result<ml::MlRuntime*> engine = ml::loadMlRuntime();
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().message));
        QTemporaryDir tmp;
        auto ws = demo::createDemoWorkspace(tmp.filePath("demo"));
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QStringList steps;
        int lastTrainingStep = 0;
        QElapsedTimer clock;
        clock.start();
        const Status added =
            demo::addDemoModel(**ws, **engine, [&](const demo::DemoModelProgress& p) {
                if (!steps.contains(p.step))
                    steps << p.step;
                if (steps.size() == 1)
                    lastTrainingStep = p.done;
            });
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        qInfo("demo model: trained, deployed and answered in %.1f s", clock.elapsed() / 1000.0);
        QCOMPARE(steps.size(), 3); // training, deploying, answering
        QVERIFY(lastTrainingStep > 100);

        // Registered with its lineage, and deployed with a price on the workspace's node.
        Result<models::ModelEntry> model =
            models::ModelStore(**ws).model(QLatin1String(demo::kDemoDeployment));
        QVERIFY2(model, model ? "" : qPrintable(model.error().message));
        Result<node::Deployment> deployment =
            node::DeploymentStore(**ws).find(QLatin1String(demo::kDemoDeployment));
        QVERIFY2(deployment, deployment ? "" : qPrintable(deployment.error().message));
        QVERIFY(deployment->manifest.pricePer1k > 0);

        // The live receipts chain on after the demo traffic's, signed by the same node.
        const QString node = wallet::WalletService(**ws).defaultIdentity()->address;
        const auto receipts = ledger::LedgerStore(**ws).loadReceipts();
        QVERIFY(receipts.ok());
        QCOMPARE(int(receipts->size()), demo::kDemoPaidRequests + demo::kDemoLiveAnswers);
        const ledger::ChainCheck chain = ledger::verifyReceiptChain(*receipts, node);
        QVERIFY2(chain.ok(), qPrintable(chain.message));

        int attributed = 0;
        ledger::EarningsService earnings(**ws);
        for (int i = demo::kDemoPaidRequests; i < int(receipts->size()); ++i) {
            const ledger::Receipt& r = receipts->at(size_t(i));
            QVERIFY(r.requestId.startsWith(QLatin1String("demo-live-")));
            QCOMPARE(r.manifestHash, QByteArray::fromHex(deployment->manifestHash.toLatin1()));
            QCOMPARE(ledger::sumOf(r.split), r.fee);
            Result<ledger::ReceiptWhy> why = earnings.explain(r);
            QVERIFY2(why, why ? "" : qPrintable(why.error().message));
            QVERIFY(why->answer);
            QVERIFY(!why->answer->answer.trimmed().isEmpty());
            qInfo("%s: %s (%d records)", qPrintable(r.requestId),
                  qPrintable(why->answer->answer.simplified()), int(r.attribution.size()));
            if (r.attribution.empty())
                continue;
            ++attributed;
            // Every attributed record holds a span of the answer, and is a World facts record.
            for (const ledger::AttributionDetail& d : why->details) {
                QCOMPARE(d.datanet, QStringLiteral("World facts (demo)"));
                QVERIFY(!why->answer->spansOf(d.line.recordHash).empty());
            }
        }
        qInfo("%d of %d paid answers attributed to World facts records", attributed,
              demo::kDemoLiveAnswers);
        QVERIFY(attributed >= demo::kDemoLiveAnswers - 2);
    }
};

QTEST_GUILESS_MAIN(DemoModelTest)
#include "demo_model_test.moc"
