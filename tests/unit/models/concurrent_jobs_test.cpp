// The workbench's jobs at once on one workspace, as the GUI runs them: a training thread records
// 500 steps (loss points in batches, a checkpoint every 50 steps) and registers its model, while a
// 50,000-record datanet is frozen and another 50,000 records are imported. Before each thread had
// its own connection, the recorder's writes failed inside the freeze's or import's transaction:
// points and checkpoints were dropped and the model could be lost.
#include "datanet/VersionService.h"
#include "ml/ModelConfig.h"
#include "models/ModelStore.h"
#include "models/RunHistory.h"
#include "models/RunRecorder.h"
#include "unit/datanet/DatanetTestSupport.h"

#include <QJsonDocument>
#include <QTest>
#include <atomic>
#include <thread>

using namespace fw;
using namespace fw::models;

namespace {

constexpr int kSteps = 500;
constexpr int kRecords = 50'000;

ml::TrainingProgress progress(int step)
{
    ml::TrainingProgress p;
    p.step = step;
    p.totalSteps = kSteps;
    p.loss = 4.0 - step * 0.005;
    p.learningRate = 1e-3;
    p.tokensPerSecond = 1000;
    p.elapsedMs = step * 4;
    return p;
}

// The training thread's database work, at the pace of a small model: every step reported, the
// engine's checkpoint handed over every 50 steps, the model registered at the end.
struct TrainingThreadResult
{
    qint64 runId = 0;
    int checkpointStep = -1; // the stored checkpoint's step just before the run finished
    QStringList errors;
};

TrainingThreadResult trainAndRecord(store::Workspace& ws, const std::atomic_bool& go)
{
    TrainingThreadResult result;
    TrainingPlan plan;
    plan.datanet = QStringLiteral("busy");
    plan.base = QStringLiteral("nano");
    plan.output = QStringLiteral("trained-while-busy");
    plan.config.steps = kSteps;
    RunHistory history(ws);
    Result<qint64> id = history.begin(plan, kSteps);
    if (!id) {
        result.errors << id.error().message;
        return result;
    }
    result.runId = *id;
    while (!go)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    RunRecorder recorder(ws, *id, 0);
    for (int step = 1; step <= kSteps; ++step) {
        std::this_thread::sleep_for(std::chrono::milliseconds(4)); // the optimizer step
        // The engine hands its checkpoint over (TrainingRequest::onCheckpoint) before the step's report.
        if (step % 50 == 0)
            if (Status s = recorder.storeCheckpoint(step, "optimizer state at step " + QByteArray::number(step)); !s)
                result.errors << QStringLiteral("checkpoint %1: %2").arg(step).arg(s.error().message);
        if (Status s = recorder.record(progress(step)); !s)
            result.errors << QStringLiteral("step %1: %2").arg(step).arg(s.error().message);
    }
    if (Status s = recorder.flush(); !s)
        result.errors << s.error().message;
    if (Result<RunRecord> run = history.run(*id); run)
        result.checkpointStep = run->checkpointStep;
    // The engine's output, in memory as training hands it over.
    ModelFiles output;
    output.insert(QStringLiteral("config.json"), QJsonDocument(ml::ModelConfig::preset("nano")->toHfJson()).toJson());
    output.insert(QStringLiteral("model.safetensors"), test::pattern(3 << 20, 7));
    ModelEntry spec;
    spec.name = plan.output;
    spec.source = QStringLiteral("training");
    spec.architecture = QStringLiteral("LlamaForCausalLM");
    if (Result<ModelEntry> model = ModelStore(ws).add(spec, output); !model)
        result.errors << model.error().message;
    if (Status s = history.finish(*id, RunStatus::Finished, {}, 2.0); !s)
        result.errors << s.error().message;
    return result;
}

} // namespace

class ConcurrentJobsTest : public QObject
{
    Q_OBJECT
private slots:
    void trainingWhileFreezingAndImporting()
    {
        test::DatanetFixture f;
        const datanet::Datanet frozen =
            f.makeDatanet("to freeze", datanet::RecordKind::Instruction);
        const datanet::Datanet imported =
            f.makeDatanet("to import", datanet::RecordKind::Instruction);
        QVERIFY(f.import(frozen.id, "big.jsonl", test::alpacaLines(kRecords)).ok());
        QVERIFY(datanet::DatanetService(*f.ws).approveAllPending(frozen.id).ok());
        const QString second = f.writeFile("second.jsonl", test::alpacaLines(kRecords, kRecords));

        std::atomic_bool go{false};
        TrainingThreadResult training;
        std::thread trainer([&] { training = trainAndRecord(*f.ws, go); });
        Result<datanet::ImportReport> importReport = makeError(ErrorCode::Internal, {});
        std::thread importer([&] {
            while (!go)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            datanet::ImportOptions o;
            o.identityId = f.people.at(1).id;
            importReport = datanet::DatanetImporter(*f.ws).importFile(imported.id, second, o);
        });
        go = true;
        Result<datanet::VersionInfo> version = datanet::VersionService(*f.ws).freeze(frozen.id);
        trainer.join();
        importer.join();

        QVERIFY2(training.errors.isEmpty(), qPrintable(training.errors.join(QStringLiteral("\n"))));
        QVERIFY2(version.ok(), qPrintable(version.error().message));
        QCOMPARE(version->recordCount, kRecords);
        QVERIFY2(importReport.ok(), qPrintable(importReport.error().message));
        QCOMPARE(importReport->added, kRecords);

        RunHistory history(*f.ws);
        QCOMPARE(history.points(training.runId)->size(), kSteps); // every loss point
        QCOMPARE(training.checkpointStep, kSteps);                // every checkpoint
        QCOMPARE(history.run(training.runId)->status, RunStatus::Finished);
        Result<ModelEntry> model = ModelStore(*f.ws).model(QStringLiteral("trained-while-busy"));
        QVERIFY2(model.ok(), qPrintable(model.error().message));
        QVERIFY(model->sizeBytes > (3 << 20));
    }
};

QTEST_GUILESS_MAIN(ConcurrentJobsTest)
#include "concurrent_jobs_test.moc"
