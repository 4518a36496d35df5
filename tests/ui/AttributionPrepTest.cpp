// After a run the workbench prepares its model's attribution in the background: the span index and,
// for a LoRA SFT adapter, the gradient store. A lock in the middle stops it between records and
// locks at once (nothing half-built is stored); started again, it stores both, and the event loop
// keeps answering while it works.
#include "UiTestSupport.h"

#include "attribution/GradientStore.h"
#include "attribution/IndexStore.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "models/TrainingPlan.h"
#include "ui/factory/AttributionPrepJob.h"
#include "ui/workspace/WorkspaceSession.h"
#include "unit/attribution/FactsWorkspace.h"
#include "unit/attribution/TrainOnFacts.h"
#include "unit/store/TestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace fw;

namespace {
constexpr char kPassphrase[] = "prep passphrase";
}

class AttributionPrepTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        uitest::initGuiTest();
        Result<ml::MlRuntime*> engine = ml::loadMlRuntime();
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().message));
        m_engine = *engine;
        m_engine->setThreadCount(1);
        auto created = store::Workspace::create(m_dir.filePath(QStringLiteral("ws")), kPassphrase, test::fastOptions());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_fx = test::makeFactsWorkspace(**created, m_dir.path(), 20, 2, QStringLiteral("stand-in"));
        ml::TrainingConfig full;
        full.method = ml::TrainingConfig::Method::Full;
        full.steps = 20;
        full.batchSize = 8;
        full.seqLen = 96;
        full.learningRate = 3e-3;
        train(**created, QStringLiteral("nano"), QStringLiteral("prep-base"), full);
        ml::TrainingConfig lora;
        lora.method = ml::TrainingConfig::Method::Lora;
        lora.steps = 30;
        lora.batchSize = 8;
        lora.seqLen = 96;
        lora.learningRate = 1e-2;
        lora.lora.targetModules = {QStringLiteral("q_proj"), QStringLiteral("v_proj")};
        m_adapter = train(**created, QStringLiteral("prep-base"), QStringLiteral("prep-lora"), lora);
        m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
        m_session->setWorkspace(std::move(*created));
        QVERIFY(!m_session->isLocked());
        m_job = new ui::AttributionPrepJob(m_session, this);
    }

    void aLockStopsItBetweenRecords()
    {
        QVERIFY(ui::AttributionPrepJob::wantsGradients(m_adapter));
        QSignalSpy finished(m_job, &ui::AttributionPrepJob::finished);
        QElapsedTimer lockClock;
        // Lock as soon as the gradient store is under way: the job must let go, not finish first.
        connect(m_job, &ui::AttributionPrepJob::progress, this, [&](const QString&, const QString& what, qint64) {
            if (what == QLatin1String("gradients") && !lockClock.isValid()) {
                lockClock.start();
                m_session->lock();
            }
        });
        m_job->start(m_adapter);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLocked(), 120000);
        const qint64 lockMs = lockClock.elapsed();
        disconnect(m_job, &ui::AttributionPrepJob::progress, this, nullptr);
        QTRY_COMPARE(finished.count(), 1);
        const QString line = finished.first().at(1).toString();
        QVERIFY2(line.contains(QStringLiteral("stopped")), qPrintable(line));
        QVERIFY(!m_job->isRunning());
        qInfo("locked %lld ms after asking, in the middle of the gradient store", lockMs);
        QVERIFY(lockMs < 10000);
        unlock();
        // The span index came first and is kept; the half-built gradient store is not stored.
        QVERIFY(attribution::IndexStore(*m_session->workspace()).load(m_adapter.id)->has_value());
        QVERIFY(!attribution::GradientStore(*m_session->workspace()).load(m_adapter.id)->has_value());
    }

    void preparesSpansAndGradientsWithoutStallingTheGui()
    {
        QSignalSpy finished(m_job, &ui::AttributionPrepJob::finished);
        // The longest gap between two timer ticks while it works: the GUI thread stays free.
        QElapsedTimer tick;
        qint64 longest = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (tick.isValid())
                longest = std::max(longest, tick.restart());
            else
                tick.start();
        });
        timer.start();
        QElapsedTimer clock;
        clock.start();
        m_job->start(m_adapter);
        QVERIFY(m_job->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);
        timer.stop();
        const QString line = finished.first().at(1).toString();
        QVERIFY2(line.contains(QStringLiteral("is ready")) && line.contains(QStringLiteral("gradient store")),
                 qPrintable(line));
        qInfo("attribution of a LoRA adapter (%d records) prepared in %lld ms; longest event-loop gap %lld ms",
              int(m_fx.facts.size()), clock.elapsed(), longest);
        QVERIFY(longest < 250);
        Result<std::optional<attribution::GradientIndex>> stored =
            attribution::GradientStore(*m_session->workspace()).load(m_adapter.id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(qsizetype((*stored)->records.size()), m_fx.facts.size());
        QVERIFY(!m_session->hasBackgroundWork());
    }

private:
    models::ModelEntry train(store::Workspace& ws, const QString& base, const QString& output, ml::TrainingConfig config)
    {
        return test::trainOnFacts(ws, *m_engine, m_fx, base, output, config);
    }
    void unlock()
    {
        std::optional<Status> unlocked;
        const QMetaObject::Connection c = connect(m_session, &ui::WorkspaceSession::unlockFinished, this,
                                                  [&](const Status& s) { unlocked = s; });
        m_session->unlock(QByteArray(kPassphrase));
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.has_value(), 30000);
        disconnect(c);
        QVERIFY2(unlocked->ok(), unlocked->ok() ? "" : qPrintable(unlocked->error().message));
    }

    QTemporaryDir m_dir;
    ml::MlRuntime* m_engine = nullptr;
    test::FactsWorkspace m_fx;
    models::ModelEntry m_adapter;
    ui::WorkspaceSession* m_session = nullptr;
    ui::AttributionPrepJob* m_job = nullptr;
};

QTEST_MAIN(AttributionPrepTest)
#include "AttributionPrepTest.moc"
