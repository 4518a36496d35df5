// RunHistory, RunRecorder and RunQueue: a run's row through its life, the loss curve, checkpoints
// that survive byte for byte (across chunks), interrupted runs found after a "crash", and the queue's
// rules (order, one current run, distinct names).
#include "unit/store/TestSupport.h"

#include "models/ModelStore.h"
#include "models/RunHistory.h"
#include "models/RunQueue.h"
#include "models/RunRecorder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using fw::test::pattern;
using fw::test::readFile;
using fw::test::writeFile;
using namespace fw::models;

namespace {
TrainingPlan plan(const QString& output, int steps = 100)
{
    TrainingPlan p;
    p.datanet = QStringLiteral("World facts");
    p.base = QStringLiteral("nano");
    p.output = output;
    p.config.steps = steps;
    return p;
}

ml::TrainingProgress progress(int step, int total, double loss, double evalLoss = -1.0)
{
    ml::TrainingProgress p;
    p.step = step;
    p.totalSteps = total;
    p.loss = loss;
    p.evalLoss = evalLoss;
    p.learningRate = 1e-3;
    p.tokensPerSecond = 1000;
    p.elapsedMs = step * 10;
    return p;
}
} // namespace

class RunHistoryTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

private slots:
    void initTestCase()
    {
        auto created = store::Workspace::create(m_dir.filePath("ws"), "pass phrase", test::fastOptions());
        QVERIFY(created);
        m_ws = std::move(*created);
    }

    void recordsARunThroughItsLife()
    {
        RunHistory history(*m_ws);
        Result<qint64> id = history.begin(plan("life", 60), 60);
        QVERIFY(id);
        QVERIFY(history.setVersion(*id, QStringLiteral("ab12cd")));
        QList<RunPoint> points;
        for (int step = 1; step <= 30; ++step)
            points << RunPoint{step, 3.0 - step * 0.05, step == 30 ? 1.9 : -1.0, 1e-3, 500.0, {}};
        QVERIFY(history.addPoints(*id, points, 60, 3000));
        Result<RunRecord> r = history.run(*id);
        QVERIFY(r);
        QCOMPARE(r->status, RunStatus::Running);
        QCOMPARE(r->plan.datanet, QString("World facts"));
        QCOMPARE(r->plan.output, QString("life"));
        QCOMPARE(r->plan.config.steps, 60);
        QCOMPARE(r->version, QString("ab12cd"));
        QCOMPARE(r->plan.config.method, ml::TrainingConfig::Method::Full);
        QCOMPARE(r->stepsDone, 30);
        QCOMPARE(r->totalSteps, 60);
        QCOMPARE(r->evalLoss, 1.9);
        QCOMPARE(r->elapsedMs, 3000);
        QVERIFY(!r->canResume());

        Result<QList<RunPoint>> stored = history.points(*id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 30);
        QCOMPARE(stored->first().evalLoss, -1.0);
        QCOMPARE(stored->last().loss, 1.5);

        QVERIFY(history.finish(*id, RunStatus::Finished, {}, 1.4, 1.8));
        r = history.run(*id);
        QCOMPARE(r->status, RunStatus::Finished);
        QCOMPARE(r->finalLoss, 1.4);
        QVERIFY(r->finishedAt.isValid());
    }

    // Reward and DPO runs log more than the loss; the curve keeps every metric by name and step,
    // and a resumed run's rewrite replaces them.
    void keepsNamedMetricsPerStep()
    {
        RunHistory history(*m_ws);
        TrainingPlan dpo = plan("dpo metrics", 10);
        dpo.config.objective = ml::TrainingConfig::Objective::Dpo;
        const qint64 id = *history.begin(dpo, 10);
        QCOMPARE(history.run(id)->plan.config.objective, ml::TrainingConfig::Objective::Dpo);
        RunRecorder recorder(*m_ws, id, 0);
        for (int step = 1; step <= 4; ++step) {
            ml::TrainingProgress p = progress(step, 10, 0.69 - 0.01 * step);
            p.metrics = {{"rewards/margins", 0.1 * step}, {"rewards/accuracies", step / 4.0}};
            if (step >= 2)
                p.metrics.insert("eval/rewards/margins", 0.05 * step);
            QVERIFY(recorder.record(p));
        }
        QVERIFY(recorder.flush());
        Result<QList<RunPoint>> stored = history.points(id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 4);
        QCOMPARE(stored->at(0).metrics.size(), 2);
        QCOMPARE(stored->at(2).metrics.value("rewards/margins"), 0.1 * 3);
        QCOMPARE(stored->at(3).metrics.value("rewards/accuracies"), 1.0);
        QCOMPARE(stored->at(3).metrics.value("eval/rewards/margins"), 0.2);
        QVERIFY(history.addPoints(id, {RunPoint{4, 0.5, -1, 1e-3, 10, {{"rewards/margins", 9.0}}}}, 10, 10));
        QCOMPARE(history.points(id)->at(3).metrics.value("rewards/margins"), 9.0);
        QVERIFY(history.remove(id));
        QCOMPARE(history.points(id)->size(), 0);
    }

    void checkpointsSurviveByteForByte()
    {
        RunHistory history(*m_ws);
        const qint64 id = *history.begin(plan("ckpt"), 100);
        const QByteArray bytes = pattern(2 * ModelStore::kChunkBytes + 777, 5);
        QVERIFY(history.storeCheckpoint(id, 40, bytes));
        QCOMPARE(*history.restoreCheckpoint(id), bytes);
        // A newer checkpoint replaces the old one (smaller: no stale chunk may remain).
        const QByteArray newer = pattern(ModelStore::kChunkBytes / 2, 6);
        QVERIFY(history.storeCheckpoint(id, 60, newer));
        QCOMPARE(*history.restoreCheckpoint(id), newer);
        QCOMPARE(history.run(id)->checkpointStep, 60);

        QVERIFY(history.finish(id, RunStatus::Cancelled, QStringLiteral("Training was cancelled")));
        QVERIFY(history.run(id)->canResume());
        // Finishing for good drops the checkpoint: nothing is left to resume.
        QVERIFY(history.markRunning(id));
        QVERIFY(history.finish(id, RunStatus::Finished, {}));
        QCOMPARE(history.run(id)->checkpointStep, -1);
        Result<QByteArray> missing = history.restoreCheckpoint(id);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void runsAnotherProcessTrainsAreNotInterrupted()
    {
        // Before: opening the workbench marked every running run interrupted, also one that
        // flywheel-cli was training at that moment. A claim says the trainer is alive.
        RunHistory history(*m_ws);
        const qint64 live = *history.begin(plan("live"), 100);
        Result<std::unique_ptr<store::JobClaim>> claim = history.claim(live);
        QVERIFY(claim.ok());
        QCOMPARE(history.claim(live).error().code, ErrorCode::Busy); // one trainer at a time
        Result<QList<RunRecord>> cut = history.markInterrupted();
        QVERIFY(cut.ok());
        for (const RunRecord& r : *cut)
            QVERIFY(r.id != live);
        QCOMPARE(history.run(live)->status, RunStatus::Running);
        claim->reset(); // the trainer's process ends (the kernel drops its lock the same way)
        QVERIFY(!store::JobClaim::isHeld(m_ws->directory(), live));
        QVERIFY(history.markInterrupted().ok());
        QCOMPARE(history.run(live)->status, RunStatus::Interrupted);
    }

    void runsLeftRunningAreInterrupted()
    {
        RunHistory history(*m_ws);
        const qint64 crashed = *history.begin(plan("crashed"), 100);
        QVERIFY(history.storeCheckpoint(crashed, 20, "weights"));
        const qint64 early = *history.begin(plan("early"), 100); // died before any checkpoint
        Result<QList<RunRecord>> cut = history.markInterrupted();
        QVERIFY(cut);
        QList<qint64> ids;
        for (const RunRecord& r : *cut)
            ids << r.id;
        QVERIFY(ids.contains(crashed) && ids.contains(early));
        QCOMPARE(history.run(crashed)->status, RunStatus::Interrupted);
        QVERIFY(history.run(crashed)->canResume());
        QVERIFY(!history.run(early)->canResume());
        QVERIFY(history.markInterrupted()->isEmpty()); // only once
    }

    void recorderStoresPointsAndCheckpoints()
    {
        RunHistory history(*m_ws);
        const qint64 id = *history.begin(plan("recorded", 50), 50);
        RunRecorder recorder(*m_ws, id, 5000);
        for (int step = 1; step <= 23; ++step) {
            QVERIFY(recorder.record(progress(step, 50, 4.0 - step * 0.1)));
            if (step % 10 == 0) // the engine hands over its checkpoint after the step's progress
                QVERIFY(
                    recorder.storeCheckpoint(step, "state at step " + QByteArray::number(step)));
        }
        // Step 20's checkpoint went in with the points up to it; the rest wait for a flush.
        QCOMPARE(history.run(id)->checkpointStep, 20);
        QCOMPARE(history.points(id)->size(), 20);
        QVERIFY(recorder.flush());
        QCOMPARE(history.points(id)->size(), 23);
        QCOMPARE(history.run(id)->elapsedMs, 5000 + 230); // earlier attempts + this one
        QVERIFY(recorder.storeCheckpoint(23, "state at step 23")); // on cancel
        QCOMPARE(history.run(id)->checkpointStep, 23);
        QCOMPARE(*history.restoreCheckpoint(id), QByteArray("state at step 23"));
    }

    void removesARunWithItsCurveAndCheckpoint()
    {
        RunHistory history(*m_ws);
        const qint64 id = *history.begin(plan("removed"), 10);
        QVERIFY(history.addPoints(id, {RunPoint{1, 2.0, -1, 1e-3, 10, {}}}, 10, 10));
        QVERIFY(history.storeCheckpoint(id, 1, "x"));
        QVERIFY(history.remove(id));
        QCOMPARE(history.run(id).error().code, ErrorCode::NotFound);
        QVERIFY(history.points(id)->isEmpty());
        auto db = m_ws->requireDatabase();
        QVERIFY(db.ok());
        auto st = (*db)->prepare("SELECT count(*) FROM training_run_checkpoints WHERE run_id = ?");
        st->bind(1, id);
        QVERIFY(*st->step());
        QCOMPARE(st->int64(0), 0);
    }

    // A base a run still needs (running, or cut short with a checkpoint to resume) stays; once no
    // run can use it any more, it may go.
    void aRunKeepsItsBase_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("checkpoint");
        QTest::addColumn<bool>("refused");
        QTest::newRow("running") << int(RunStatus::Running) << false << true;
        QTest::newRow("cancelled, can resume") << int(RunStatus::Cancelled) << true << true;
        QTest::newRow("interrupted, can resume") << int(RunStatus::Interrupted) << true << true;
        QTest::newRow("cancelled, nothing to resume")
            << int(RunStatus::Cancelled) << false << false;
        QTest::newRow("failed, nothing to resume") << int(RunStatus::Failed) << false << false;
        QTest::newRow("finished") << int(RunStatus::Finished) << true << false;
    }
    void aRunKeepsItsBase()
    {
        QFETCH(int, status);
        QFETCH(bool, checkpoint);
        QFETCH(bool, refused);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString source = m_dir.filePath(QStringLiteral("base files ") + tag);
        QVERIFY(QDir().mkpath(source));
        writeFile(QDir(source).filePath(QStringLiteral("config.json")), "{}");
        ModelEntry spec;
        spec.name = QStringLiteral("base for ") + tag;
        spec.source = QStringLiteral("import");
        ModelStore store(*m_ws);
        Result<ModelEntry> base = store.addFromFolder(spec, source);
        QVERIFY2(base, qPrintable(base.error().message));

        RunHistory history(*m_ws);
        TrainingPlan onBase = plan(QStringLiteral("tuned on ") + tag);
        onBase.base = base->name;
        const qint64 id = *history.begin(onBase, 100);
        if (checkpoint)
            QVERIFY(history.storeCheckpoint(id, 10, QByteArrayLiteral("weights")));
        if (RunStatus(status) != RunStatus::Running)
            QVERIFY(history.finish(id, RunStatus(status), {}));

        Status removed = store.remove(base->id);
        QCOMPARE(!removed, refused);
        if (refused) {
            QCOMPARE(removed.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(removed.error().message.contains(onBase.output),
                     qPrintable(removed.error().message));
            QVERIFY(store.model(base->id));
            QVERIFY(history.remove(id)); // gone from the history, the run no longer holds it
            QVERIFY(store.remove(base->id));
        }
        QCOMPARE(store.model(base->id).error().code, ErrorCode::NotFound);
    }

    void listsNewestFirst()
    {
        RunHistory history(*m_ws);
        Result<QList<RunRecord>> all = history.runs();
        QVERIFY(all && all->size() >= 2);
        QVERIFY(all->at(0).id > all->at(1).id);
    }

    void queueRunsOneAtATimeInOrder()
    {
        RunQueue queue;
        QVERIFY(!queue.startNext());
        QVERIFY(queue.enqueue({plan("a"), 0, {}}));
        QVERIFY(queue.enqueue({plan("b"), 0, {}}));
        QVERIFY(queue.enqueue({plan("c"), 7, {}}));
        QCOMPARE(queue.waiting(), 3);
        std::optional<QueuedRun> first = queue.startNext();
        QVERIFY(first && first->plan.output == "a");
        QVERIFY(!queue.startNext()); // one at a time
        QCOMPARE(queue.current()->plan.output, QString("a"));
        QCOMPARE(queue.waitingOutputs(), QStringList({"b", "c"}));
        queue.finishCurrent();
        QCOMPARE(queue.startNext()->plan.output, QString("b"));
        queue.finishCurrent();
        std::optional<QueuedRun> third = queue.startNext();
        QCOMPARE(third->resumeRunId, 7);
        queue.finishCurrent();
        QVERIFY(!queue.hasCurrent());
        QCOMPARE(queue.waiting(), 0);
    }

    void queueRefusesTheSameNameTwice()
    {
        RunQueue queue;
        QVERIFY(queue.enqueue({plan("same"), 0, {}}));
        Status twice = queue.enqueue({plan("same"), 0, {}});
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
        queue.startNext();
        QVERIFY(!queue.enqueue({plan("same"), 0, {}})); // the current run holds the name too
        queue.finishCurrent();
        QVERIFY(queue.enqueue({plan("same"), 0, {}})); // free again once it ended
        QVERIFY(queue.enqueue({plan("other"), 0, {}}));
        QVERIFY(queue.remove(0));
        QVERIFY(!queue.remove(5));
        QCOMPARE(queue.waitingOutputs(), QStringList({"other"}));
    }

    void queueReordersButKeepsBasesFirst()
    {
        RunQueue queue;
        QVERIFY(queue.enqueue({plan("a"), 0, {}}));
        QVERIFY(queue.enqueue({plan("b"), 0, {}}));
        TrainingPlan onB = plan("c");
        onB.base = QStringLiteral("b"); // c fine-tunes the model b makes
        QVERIFY(queue.enqueue({onB, 0, {}}));
        QVERIFY(queue.move(1, 0));
        QCOMPARE(queue.waitingOutputs(), QStringList({"b", "a", "c"}));
        Status early = queue.move(2, 0);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(early.error().message.contains("\"c\" trains on \"b\""), qPrintable(early.error().message));
        QCOMPARE(queue.waitingOutputs(), QStringList({"b", "a", "c"})); // unchanged
        QVERIFY(!queue.move(0, 2)); // b after c: same rule the other way round
        QVERIFY(queue.move(2, 1));
        QCOMPARE(queue.waitingOutputs(), QStringList({"b", "c", "a"}));
        QCOMPARE(queue.move(0, 3).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(queue.move(-1, 0).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(queue.startNext()->plan.output, QString("b"));
    }

    void queueNamesTheRunsBuiltOnABase()
    {
        RunQueue queue;
        TrainingPlan first = plan("first");
        first.base = QStringLiteral("tiny-llama");
        TrainingPlan second = plan("second");
        TrainingPlan third = plan("third");
        third.base = QStringLiteral("tiny-llama");
        for (const TrainingPlan& p : {first, second, third})
            QVERIFY(queue.enqueue({p, 0, {}}));
        QCOMPARE(queue.outputsBuiltOn(QStringLiteral("tiny-llama")),
                 QStringList({"first", "third"}));
        queue.startNext(); // the current run counts as much as a waiting one
        QCOMPARE(queue.outputsBuiltOn(QStringLiteral("tiny-llama")),
                 QStringList({"first", "third"}));
        queue.finishCurrent();
        QCOMPARE(queue.outputsBuiltOn(QStringLiteral("tiny-llama")), QStringList({"third"}));
        QVERIFY(queue.outputsBuiltOn(QStringLiteral("nano")).contains(QStringLiteral("second")));
    }
};

QTEST_GUILESS_MAIN(RunHistoryTest)
#include "run_history_test.moc"
