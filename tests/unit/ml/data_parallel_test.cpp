// Data-parallel training over c10d/Gloo, with real processes on loopback: this test binary starts
// itself again as the other rank (FW_DP_WORKER=1). Two ranks follow the one-process loss curve
// and end with the same weights; a rank that dies or hangs stops the other with an error within
// the timeout; ranks with other data refuse to start; a run resumes from rank 0's checkpoint.
#include "ml/DataParallelGroup.h"
#include "ml/GradientBuckets.h"
#include "ml/Safetensors.h"
#include "ml/TrainingRun.h"
#include "unit/ml/PreferencePairs.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <array>
#include <cmath>
#include <thread>

using namespace fw::ml;

namespace {

constexpr int kSteps = 12;
constexpr int kWorkerStoppedByRankZero = 5; // rank 1's exit code when rank 0 stopped the run

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

// The same plan for every rank; distributed settings are added by the caller. FW_DP_OBJECTIVE
// (reward or dpo) makes it a preference run, for the parent and the worker alike.
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
    // fp32, as the bounds below are fp32's reduction-order bounds: in bf16 each rank's weight
    // gradients are rounded to bf16 before the sum, a 1e-3 relative difference by design.
    r.config.precision = Precision::Fp32;
    if (qEnvironmentVariableIsSet("FW_DP_ACCUM"))
        r.config.gradAccum = qEnvironmentVariableIntValue("FW_DP_ACCUM");
    const QByteArray objective = qgetenv("FW_DP_OBJECTIVE");
    if (objective == "reward" || objective == "dpo") {
        r.preferences = fw::test::preferencePairs();
        r.config.objective = objective == "dpo" ? TrainingConfig::Objective::Dpo : TrainingConfig::Objective::Reward;
        // DPO as a LoRA adapter (its reference is the base with the adapter off), the reward model
        // as a full fine-tune with its head; no dropout, whose masks depend on the rows drawn.
        r.config.method = objective == "dpo" ? TrainingConfig::Method::Lora : TrainingConfig::Method::Full;
        r.config.lora.dropout = 0;
        // Gentle enough that the curve is not chaotic: from scratch at 1e-3 the reward loss falls
        // from 0.69 to 0.003 in 8 steps, and the last bits of each sum's order grow with it.
        r.config.learningRate = 2e-4;
    }
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
    // On loopback the default would be one exchange after backward; these ranks test the buckets.
    s.overlap = qEnvironmentVariableIsSet("FW_DP_NO_OVERLAP") ? DistributedSettings::Overlap::Off
                                                              : DistributedSettings::Overlap::On;
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
        return summary.error().code == fw::ErrorCode::Cancelled ? kWorkerStoppedByRankZero : 1;
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

// The same plan trained by one process, then by 2 ranks (this process and a worker).
struct OneAndTwo
{
    Run one, two;
    int workerExit = -1;
};

OneAndTwo oneProcessThenTwoRanks()
{
    OneAndTwo out;
    out.one = train(request());
    const int port = freeLoopbackPort();
    Worker worker(port, 60);
    TrainingRequest r = request();
    r.distributed = settings(0, port, 60);
    out.two = train(r);
    if (worker.process.waitForFinished(60000))
        out.workerExit = worker.process.exitCode();
    return out;
}

// The largest relative difference (by norm) over the tensors of every .safetensors file of `b`.
double maxWeightDifference(const fw::ModelFiles& a, const fw::ModelFiles& b)
{
    double worst = 0;
    for (const QString& name : b.names()) {
        if (!name.endsWith(QStringLiteral(".safetensors")))
            continue;
        auto ta = parseSafetensors(a.value(name), name);
        auto tb = parseSafetensors(b.value(name), name);
        if (!ta.ok() || !tb.ok() || ta->size() != tb->size())
            return INFINITY;
        for (const auto& [tensorName, tensor] : *tb)
            worst = std::max(worst, (ta->at(tensorName) - tensor).norm().item<double>() /
                                        std::max(1e-12, tensor.norm().item<double>()));
    }
    return worst;
}

} // namespace

class DataParallelTest : public QObject
{
    Q_OBJECT
private slots:
    void twoRanksFollowOneProcess()
    {
        const auto [one, two, workerExit] = oneProcessThenTwoRanks();
        QVERIFY2(one.summary.ok(), qPrintable(one.summary.error().message));
        QVERIFY2(two.summary.ok(), qPrintable(two.summary.error().message));
        QCOMPARE(workerExit, 0);

        QCOMPARE(two.losses.size(), size_t(kSteps));
        const double lossDiff = maxRelative(two.losses, one.losses);
        qInfo("loss at every step, 2 ranks vs 1 process: max relative difference %.3g", lossDiff);
        QVERIFY2(lossDiff < 1e-4, qPrintable(QString::number(lossDiff)));
        const double weightDiff = maxWeightDifference(two.summary->output, one.summary->output);
        qInfo("final weights, 2 ranks vs 1 process: max relative difference %.3g", weightDiff);
        QVERIFY2(weightDiff < 1e-4, qPrintable(QString::number(weightDiff)));
        QCOMPARE(two.summary->worldSize, 2);
    }

    // Two micro-batches per step, so that only the last backward sends. Summing two ranks is
    // exact in either order, so buckets sent during backward must give the very same steps as one
    // exchange after it, bit for bit.
    void overlappedBucketsGiveTheSameStepsAsOneExchange()
    {
        const auto twoRanks = [](bool overlap) {
            const int port = freeLoopbackPort();
            QMap<QString, QString> env{{QStringLiteral("FW_DP_ACCUM"), QStringLiteral("2")}};
            if (!overlap)
                env.insert(QStringLiteral("FW_DP_NO_OVERLAP"), QStringLiteral("1"));
            Worker worker(port, 60, env);
            TrainingRequest r = request();
            r.config.gradAccum = 2;
            r.distributed = settings(0, port, 60);
            r.distributed.overlap = overlap ? DistributedSettings::Overlap::On : DistributedSettings::Overlap::Off;
            Run run = train(r);
            worker.process.waitForFinished(60000);
            return std::make_pair(std::move(run), worker.process.exitCode());
        };
        const auto [overlapped, overlappedWorker] = twoRanks(true);
        const auto [after, afterWorker] = twoRanks(false);
        QVERIFY2(overlapped.summary.ok(), qPrintable(overlapped.summary.error().message));
        QVERIFY2(after.summary.ok(), qPrintable(after.summary.error().message));
        QCOMPARE(overlappedWorker, 0);
        QCOMPARE(afterWorker, 0);
        QCOMPARE(overlapped.losses.size(), size_t(kSteps));
        QCOMPARE(overlapped.losses, after.losses);
        auto a = parseSafetensors(overlapped.summary->output.value(QStringLiteral("model.safetensors")), QStringLiteral("overlapped"));
        auto b = parseSafetensors(after.summary->output.value(QStringLiteral("model.safetensors")), QStringLiteral("after"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), b->size());
        for (const auto& [name, tensor] : *b)
            QVERIFY2(torch::equal(a->at(name), tensor), name.c_str());
    }

    // Reward models and DPO shard their pairs as SFT shards its rows: 2 ranks follow one process.
    void preferenceRunsFollowOneProcess_data()
    {
        QTest::addColumn<QByteArray>("objective");
        QTest::newRow("reward model, full") << QByteArray("reward");
        QTest::newRow("dpo, lora") << QByteArray("dpo");
    }
    void preferenceRunsFollowOneProcess()
    {
        QFETCH(QByteArray, objective);
        qputenv("FW_DP_OBJECTIVE", objective); // read by request() here and in the worker
        const auto unset = qScopeGuard([] { qunsetenv("FW_DP_OBJECTIVE"); });
        const auto [one, two, workerExit] = oneProcessThenTwoRanks();
        QVERIFY2(one.summary.ok(), qPrintable(one.summary.error().message));
        QVERIFY2(two.summary.ok(), qPrintable(two.summary.error().message));
        QCOMPARE(workerExit, 0);
        QCOMPARE(two.losses.size(), size_t(kSteps));
        const double lossDiff = maxRelative(two.losses, one.losses);
        const double weightDiff = maxWeightDifference(two.summary->output, one.summary->output);
        qInfo("%s, 2 ranks vs 1 process: loss max relative difference %.3g, weights %.3g", objective.constData(),
              lossDiff, weightDiff);
        QVERIFY2(lossDiff < 1e-4, qPrintable(QString::number(lossDiff)));
        QVERIFY2(weightDiff < 1e-4, qPrintable(QString::number(weightDiff)));
        QVERIFY(!one.summary->metrics.isEmpty());
        for (auto it = one.summary->metrics.begin(); it != one.summary->metrics.end(); ++it)
            QVERIFY2(std::abs(two.summary->metrics.value(it.key()) - it.value()) <= 1e-4 * std::max(1.0, std::abs(it.value())),
                     qPrintable(it.key()));
    }

    // Two ranks as two threads of this process. Rank 0's backward reaches two of three
    // parameters; rank 1's shard had no loss tokens, so it runs no backward at all. Both still
    // send the same buckets in the same order, and both end with the sums, zeros included.
    void bucketsSumWhatBackwardNeverReached()
    {
        const int port = freeLoopbackPort();
        std::array<std::vector<torch::Tensor>, 2> grads;
        std::array<int, 2> sentEarly{-1, -1};
        std::array<QString, 2> errors;
        const auto rank = [&](int r) {
            DistributedSettings s = settings(r, port, 30);
            auto group = DataParallelGroup::join(s);
            if (!group) {
                errors[size_t(r)] = group.error().message;
                return;
            }
            // Registered as a model would: the unused one first, so backward finishes the last two.
            std::vector<torch::Tensor> params{torch::zeros({3}, torch::requires_grad()),
                                              torch::zeros({4}, torch::requires_grad()),
                                              torch::zeros({5}, torch::requires_grad())};
            GradientBuckets buckets(**group, params, 4); // one bucket per parameter
            buckets.arm();
            if (r == 0)
                (params[1].sum() + 2.0 * params[2].sum()).backward();
            if (fw::Status st = buckets.finish(); !st) {
                errors[size_t(r)] = st.error().message;
                return;
            }
            sentEarly[size_t(r)] = buckets.sentDuringBackward();
            for (auto& p : params)
                grads[size_t(r)].push_back(p.grad().clone());
        };
        std::thread other(rank, 1);
        rank(0);
        other.join();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        QCOMPARE(sentEarly[0], 2); // the last two buckets went while backward ran
        QCOMPARE(sentEarly[1], 0);
        for (const auto& g : grads) {
            QVERIFY(torch::equal(g[0], torch::zeros({3})));
            QVERIFY(torch::equal(g[1], torch::ones({4})));
            QVERIFY(torch::equal(g[2], torch::full({5}, 2.0f)));
        }
    }

    void resumesFromRankZerosCheckpoint()
    {
        // Whole run for reference, then the same run stopped on rank 0 after step 5 and resumed:
        // rank 0 alone holds the checkpoint, the other rank gets it through the group. Both ranks
        // stop after step 5, rank 1 told by rank 0 rather than left to time out.
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
        int cutAt = 0;
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
            cutAt = int(cut.losses.size());
            QCOMPARE(cutAt, 5);
            QVERIFY(worker.process.waitForFinished(30000));
            QCOMPARE(worker.process.exitCode(), kWorkerStoppedByRankZero);
        }
        port = freeLoopbackPort();
        Worker worker(port, 60);
        TrainingRequest r = request();
        r.distributed = settings(0, port, 60);
        r.resumeFrom = checkpoint;
        const Run resumed = train(r);
        QVERIFY2(resumed.summary.ok(), qPrintable(resumed.summary.error().message));
        QCOMPARE(resumed.losses.size(), size_t(kSteps - cutAt));
        const std::vector<double> tail(whole.losses.begin() + cutAt, whole.losses.end());
        const double diff = maxRelative(resumed.losses, tail);
        qInfo("resumed at step %d with 2 ranks vs uninterrupted: max relative loss difference %.3g", cutAt, diff);
        QVERIFY(diff < 1e-4);
        QVERIFY(worker.process.waitForFinished(60000));
        QCOMPARE(worker.process.exitCode(), 0);
    }

    // Rank 0's user pauses for longer than the group's timeout: every rank pauses after the same
    // step, waits as long as the pause lasts, and the run then finishes on both.
    void pausingRankZeroPausesEveryRank()
    {
        const int port = freeLoopbackPort();
        constexpr int kTimeout = 4; // also the rendezvous's: long enough for the worker to start
        Worker worker(port, kTimeout);
        TrainingRequest r = request();
        r.distributed = settings(0, port, kTimeout);
        TrainingControl control;
        std::thread resumer;
        QElapsedTimer paused;
        Run run;
        run.summary = runTraining(
            r,
            [&](const TrainingProgress& p) {
                run.losses.push_back(p.loss);
                if (p.step == 4) {
                    control.pause();
                    paused.start();
                    resumer = std::thread([&control] {
                        std::this_thread::sleep_for(std::chrono::seconds(kTimeout + 2));
                        control.resume();
                    });
                }
            },
            &control);
        if (resumer.joinable())
            resumer.join();
        QVERIFY2(run.summary.ok(), qPrintable(run.summary.error().message));
        QCOMPARE(run.losses.size(), size_t(kSteps));
        QVERIFY(paused.elapsed() >= (kTimeout + 2) * 1000);
        // The step dropped to announce the pause ran after it unchanged: the curve is the
        // one-process curve.
        const Run one = train(request());
        QVERIFY2(maxRelative(run.losses, one.losses) < 1e-4, qPrintable(QString::number(maxRelative(run.losses, one.losses))));
        QVERIFY(worker.process.waitForFinished(30000));
        QCOMPARE(worker.process.exitCode(), 0);
    }

    // Rank 0 stopped while the group is paused: the other rank stops too, told rather than timed out.
    void stoppingAPausedGroupStopsEveryRank()
    {
        const int port = freeLoopbackPort();
        Worker worker(port, 30);
        TrainingRequest r = request();
        r.distributed = settings(0, port, 30);
        TrainingControl control;
        std::thread stopper;
        Run run;
        QElapsedTimer clock;
        clock.start();
        run.summary = runTraining(
            r,
            [&](const TrainingProgress& p) {
                run.losses.push_back(p.loss);
                if (p.step == 3) {
                    control.pause();
                    stopper = std::thread([&control] {
                        std::this_thread::sleep_for(std::chrono::milliseconds(500));
                        control.cancel();
                    });
                }
            },
            &control);
        if (stopper.joinable())
            stopper.join();
        QVERIFY(!run.summary.ok());
        QCOMPARE(run.summary.error().code, fw::ErrorCode::Cancelled);
        QCOMPARE(run.losses.size(), size_t(3)); // paused after the step the pause came in
        QVERIFY(worker.process.waitForFinished(20000));
        QCOMPARE(worker.process.exitCode(), kWorkerStoppedByRankZero);
        QVERIFY(clock.elapsed() < 20000); // well inside the 30 s timeout
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

    // Rank 1 differs in one thing the ranks compare before the first step: both refuse with
    // one error naming it, and no step is taken.
    void ranksThatDifferRefuseToStart_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("plan") << QStringLiteral("FW_DP_PLAN") << QStringLiteral("another plan")
                              << QStringLiteral("Merkle root");
        QTest::newRow("data") << QStringLiteral("FW_DP_OTHER_DATA") << QStringLiteral("1")
                              << QStringLiteral("training rows");
        QTest::newRow("exchange") << QStringLiteral("FW_DP_NO_OVERLAP") << QStringLiteral("1")
                                  << QStringLiteral("exchange gradients");
    }
    void ranksThatDifferRefuseToStart()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, named);
        const int port = freeLoopbackPort();
        Worker worker(port, 20, {{variable, value}});
        TrainingRequest r = request();
        r.distributed = settings(0, port, 20);
        const Run run = train(r);
        QVERIFY(!run.summary.ok());
        QVERIFY2(run.summary.error().message.contains(named), qPrintable(run.summary.error().message));
        QVERIFY(run.losses.empty());
        QVERIFY(worker.process.waitForFinished(30000));
        QVERIFY(worker.process.exitCode() != 0);
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
        auto dpo = runTraining(r); // one pair for two ranks: refused before the group meets
        QVERIFY2(!dpo.ok() && dpo.error().message.contains(QStringLiteral("1 training pairs cannot be shared by 2 ranks")),
                 qPrintable(dpo.error().message));
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
