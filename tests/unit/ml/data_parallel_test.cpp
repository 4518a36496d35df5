// Data-parallel training over c10d/Gloo, with real processes on loopback: this test binary starts
// itself again as the other rank (FW_DP_WORKER=1). Two ranks follow the one-process loss curve
// and end with the same weights; a rank that dies or hangs stops the other with an error within
// the timeout; ranks with other data refuse to start; a run resumes from rank 0's checkpoint.
#include "ml/DataParallelGroup.h"
#include "ml/Safetensors.h"
#include "ml/TrainingRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <thread>

using namespace fw::ml;

namespace {

constexpr int kSteps = 12;

std::vector<SftExample> examples(bool other = false)
{
    std::vector<SftExample> e{{"What is the capital of France?", "Paris is the capital of France.", {}},
                              {"Add 2 and 3.", "2 plus 3 is 5.", {}},
                              {"Say hello in Spanish.", "Hola!", {}},
                              {"What colour is the sky?", "The sky is blue.", {}},
                              {"Name a fruit.", "An apple is a fruit.", {}},
                              {"Who wrote Hamlet?", "Shakespeare wrote Hamlet.", {}},
                              {"Reverse the word cat.", "tac", {}},
                              {"What is ice made of?", "Ice is frozen water.", {}}};
    if (other)
        e.back().response = QStringLiteral("Ice is made of water.");
    return e;
}

// The same plan for every rank; distributed settings are added by the caller.
TrainingRequest request()
{
    TrainingRequest r;
    r.base = QStringLiteral("nano");
    r.examples = examples(qEnvironmentVariableIsSet("FW_DP_OTHER_DATA"));
    r.config.steps = kSteps;
    r.config.batchSize = 4;
    r.config.seqLen = 48;
    r.config.learningRate = 3e-3;
    r.config.warmupSteps = 2;
    r.config.evalFraction = 0.0;
    r.config.packing = false;
    r.config.threads = 1;
    r.config.seed = 7;
    return r;
}

DistributedSettings settings(int rank, int port, int timeoutSeconds)
{
    DistributedSettings s;
    s.worldSize = 2;
    s.rank = rank;
    s.masterHost = QStringLiteral("127.0.0.1");
    s.masterPort = port;
    s.timeoutSeconds = timeoutSeconds;
    s.planFingerprint = qgetenv("FW_DP_PLAN").isEmpty() ? QByteArray("plan") : qgetenv("FW_DP_PLAN");
    return s;
}

// Rank 1 in a child process: dies or hangs at a step when told to.
int runWorker()
{
    TrainingRequest r = request();
    r.distributed = settings(1, qEnvironmentVariableIntValue("FW_DP_PORT"),
                             qEnvironmentVariableIntValue("FW_DP_TIMEOUT"));
    const int dieAt = qEnvironmentVariableIntValue("FW_DP_DIE_AT");
    const int hangAt = qEnvironmentVariableIntValue("FW_DP_HANG_AT");
    auto summary = runTraining(r, [&](const TrainingProgress& p) {
        if (p.step == dieAt)
            std::_Exit(3);
        if (p.step == hangAt)
            std::this_thread::sleep_for(std::chrono::minutes(5));
    });
    if (!summary) {
        std::fprintf(stderr, "rank 1: %s\n", qPrintable(summary.error().message));
        return 1;
    }
    return 0;
}

struct Worker
{
    QProcess process;
    explicit Worker(int port, int timeoutSeconds, const QMap<QString, QString>& extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FW_DP_WORKER"), QStringLiteral("1"));
        env.insert(QStringLiteral("FW_DP_PORT"), QString::number(port));
        env.insert(QStringLiteral("FW_DP_TIMEOUT"), QString::number(timeoutSeconds));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QCoreApplication::applicationFilePath(), {});
    }
    ~Worker()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

struct Run
{
    std::vector<double> losses;
    fw::Result<TrainingSummary> summary = fw::Error{};
    qint64 ms = 0;
};

Run train(TrainingRequest r, TrainingControl* control = nullptr, int cancelAfter = 0)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    run.summary = runTraining(
        r,
        [&](const TrainingProgress& p) {
            run.losses.push_back(p.loss);
            if (control && p.step == cancelAfter)
                control->cancel();
        },
        control);
    run.ms = clock.elapsed();
    return run;
}

double maxRelative(const std::vector<double>& a, const std::vector<double>& b)
{
    double worst = 0;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]) / std::max(1e-12, std::abs(b[i])));
    return worst;
}

} // namespace

class DataParallelTest : public QObject
{
    Q_OBJECT
private slots:
    void twoRanksFollowOneProcess()
    {
        const Run one = train(request());
        QVERIFY2(one.summary.ok(), qPrintable(one.summary.error().message));

        const int port = freeLoopbackPort();
        Worker worker(port, 60);
        TrainingRequest r = request();
        r.distributed = settings(0, port, 60);
        const Run two = train(r);
        QVERIFY2(two.summary.ok(), qPrintable(two.summary.error().message));
        QVERIFY(worker.process.waitForFinished(60000));
        QCOMPARE(worker.process.exitCode(), 0);

        QCOMPARE(two.losses.size(), size_t(kSteps));
        const double lossDiff = maxRelative(two.losses, one.losses);
        qInfo("loss at every step, 2 ranks vs 1 process: max relative difference %.3g", lossDiff);
        QVERIFY2(lossDiff < 1e-4, qPrintable(QString::number(lossDiff)));

        auto a = parseSafetensors(two.summary->output.value(QStringLiteral("model.safetensors")), QStringLiteral("2 ranks"));
        auto b = parseSafetensors(one.summary->output.value(QStringLiteral("model.safetensors")), QStringLiteral("1 process"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), b->size());
        double weightDiff = 0;
        for (const auto& [name, tensor] : *b) {
            const torch::Tensor other = a->at(name);
            weightDiff = std::max(weightDiff, (other - tensor).norm().item<double>() /
                                                  std::max(1e-12, tensor.norm().item<double>()));
        }
        qInfo("final weights, 2 ranks vs 1 process: max relative difference %.3g", weightDiff);
        QVERIFY2(weightDiff < 1e-4, qPrintable(QString::number(weightDiff)));
        QCOMPARE(two.summary->worldSize, 2);
    }

    void resumesFromRankZerosCheckpoint()
    {
        // Whole run for reference, then the same run cut after step 5 and resumed: rank 0 alone
        // holds the checkpoint, the other rank gets it through the group.
        int port = freeLoopbackPort();
        Run whole;
        {
            Worker worker(port, 60);
            TrainingRequest r = request();
            r.distributed = settings(0, port, 60);
            whole = train(r);
            QVERIFY2(whole.summary.ok(), qPrintable(whole.summary.error().message));
        }
        QByteArray checkpoint;
        {
            port = freeLoopbackPort();
            Worker worker(port, 10);
            TrainingRequest r = request();
            r.distributed = settings(0, port, 10);
            r.onCheckpoint = [&](int, const QByteArray& bytes) { checkpoint = bytes; };
            TrainingControl control;
            const Run cut = train(r, &control, 5);
            QCOMPARE(cut.summary.error().code, fw::ErrorCode::Cancelled);
            QVERIFY(!checkpoint.isEmpty());
            QVERIFY(worker.process.waitForFinished(30000));
            QVERIFY(worker.process.exitCode() != 0); // it lost rank 0 and said so
        }
        port = freeLoopbackPort();
        Worker worker(port, 60);
        TrainingRequest r = request();
        r.distributed = settings(0, port, 60);
        r.resumeFrom = checkpoint;
        const Run resumed = train(r);
        QVERIFY2(resumed.summary.ok(), qPrintable(resumed.summary.error().message));
        QCOMPARE(resumed.losses.size(), size_t(kSteps - 5));
        const std::vector<double> tail(whole.losses.begin() + 5, whole.losses.end());
        const double diff = maxRelative(resumed.losses, tail);
        qInfo("resumed at step 5 with 2 ranks vs uninterrupted: max relative loss difference %.3g", diff);
        QVERIFY(diff < 1e-4);
        QVERIFY(worker.process.waitForFinished(60000));
        QCOMPARE(worker.process.exitCode(), 0);
    }

    void deadRankStopsTheOther()
    {
        const int port = freeLoopbackPort();
        Worker worker(port, 30, {{QStringLiteral("FW_DP_DIE_AT"), QStringLiteral("3")}});
        TrainingRequest r = request();
        r.distributed = settings(0, port, 30);
        const Run run = train(r);
        QVERIFY(!run.summary.ok());
        qInfo("rank 1 killed after step 3: rank 0 stopped after %lld ms (timeout 30 s): %s", run.ms,
              qPrintable(run.summary.error().message));
        QVERIFY(run.summary.error().message.contains(QStringLiteral("lost the other ranks")));
        QVERIFY(run.ms < 60000);
    }

    void hungRankTimesOut()
    {
        const int port = freeLoopbackPort();
        Worker worker(port, 5, {{QStringLiteral("FW_DP_HANG_AT"), QStringLiteral("3")}});
        TrainingRequest r = request();
        r.distributed = settings(0, port, 5);
        const Run run = train(r);
        QVERIFY(!run.summary.ok());
        qInfo("rank 1 hung after step 3: rank 0 stopped after %lld ms (timeout 5 s): %s", run.ms,
              qPrintable(run.summary.error().message));
        QVERIFY(run.summary.error().message.contains(QStringLiteral("lost the other ranks")));
        QVERIFY(run.ms < 60000);
    }

    void ranksWithOtherDataRefuseToStart()
    {
        {
            const int port = freeLoopbackPort();
            Worker worker(port, 20, {{QStringLiteral("FW_DP_PLAN"), QStringLiteral("another plan")}});
            TrainingRequest r = request();
            r.distributed = settings(0, port, 20);
            const Run run = train(r);
            QVERIFY(!run.summary.ok());
            QVERIFY2(run.summary.error().message.contains(QStringLiteral("Merkle root")),
                     qPrintable(run.summary.error().message));
            QVERIFY(worker.process.waitForFinished(30000));
            QVERIFY(worker.process.exitCode() != 0);
        }
        const int port = freeLoopbackPort();
        Worker worker(port, 20, {{QStringLiteral("FW_DP_OTHER_DATA"), QStringLiteral("1")}});
        TrainingRequest r = request();
        r.distributed = settings(0, port, 20);
        const Run run = train(r);
        QVERIFY(!run.summary.ok());
        QVERIFY2(run.summary.error().message.contains(QStringLiteral("training rows")),
                 qPrintable(run.summary.error().message));
        QVERIFY(run.losses.empty());
    }

    void refusesWhatItCannotShare()
    {
        TrainingRequest r = request();
        r.distributed = settings(0, freeLoopbackPort(), 5);
        r.config.batchSize = 1;
        auto small = runTraining(r);
        QVERIFY(!small.ok() && small.error().message.contains(QStringLiteral("batch size of at least 2")));
        r = request();
        r.distributed = settings(0, freeLoopbackPort(), 5);
        r.config.objective = TrainingConfig::Objective::Dpo;
        r.preferences = {{"q", "good", "bad", {}}};
        auto dpo = runTraining(r);
        QVERIFY(!dpo.ok() && dpo.error().message.contains(QStringLiteral("SFT")));
        DistributedSettings bad;
        QVERIFY(!bad.setMaster(QStringLiteral("nohostport")));
        QVERIFY(!bad.setMaster(QStringLiteral("host:70000")));
        QVERIFY(bad.setMaster(QStringLiteral("192.168.1.20:29500")) && bad.masterPort == 29500);
        bad.worldSize = 2;
        bad.rank = 2;
        QVERIFY(!bad.validate());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("FW_DP_WORKER"))
        return runWorker();
    DataParallelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "data_parallel_test.moc"
