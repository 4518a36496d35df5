// `flywheel-cli train --world-size W` as users run it: `--local` (the ranks as child processes on
// loopback) against one process on the same config, loss at every step; a 2-rank run stopped and
// resumed; ranks started by hand with --rank/--master that do not share a plan refuse to start;
// option misuse is a usage error.
#include "CliRunner.h"

#include "ml/DistributedSettings.h"
#include "models/RunHistory.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <thread>

using namespace fw;

namespace {
constexpr int kUsage = 2;
constexpr int kSteps = 16;

const QMap<QString, QString> kDemoPass{{QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo")}};

// step -> loss from the progress lines ("step 3/16  loss 5.1234 ...").
QMap<int, double> losses(const CliRun& run)
{
    QMap<int, double> out;
    static const QRegularExpression line(QStringLiteral("^step (\\d+)/\\d+  loss ([0-9.]+)"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(run.out)); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1).toInt(), m.captured(2).toDouble());
    }
    return out;
}
} // namespace

class CliDistributedTest : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList& args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace} + args, kDemoPass);
    }
    QString config(const QString& output, int seed = 1) const
    {
        return writeJsonFile(m_tmp.filePath(output + QStringLiteral(".json")),
                             {{"datanet", "World facts (demo)"},
                              {"base", "nano"},
                              {"method", "full"},
                              {"steps", kSteps},
                              {"batch_size", 8},
                              {"seq_len", 64},
                              {"learning_rate", 3e-3},
                              {"packing", false},
                              {"eval_fraction", 0.0},
                              {"checkpoint_every", 4},
                              {"seed", seed},
                              // fp32: the per-step comparison's bound is fp32's reduction order
                              {"precision", "fp32"},
                              {"output", output}});
    }
    QList<models::RunRecord> runs() const
    {
        auto ws = store::Workspace::open(m_workspace, "demo");
        if (!ws)
            return {};
        Result<QList<models::RunRecord>> all = models::RunHistory(**ws).runs();
        return all ? *all : QList<models::RunRecord>();
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace = m_tmp.filePath(QStringLiteral("demo"));

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cli.setTimeoutMs(300000);
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--demo"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void localRanksFollowOneProcess()
    {
        const CliRun one = cli({"train", config(QStringLiteral("one-nano")), "--threads", "1"});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        const CliRun two = cli({"train", config(QStringLiteral("two-nano")), "--world-size", "2", "--local"});
        QVERIFY2(two.exitCode == 0, two.err.constData());
        QVERIFY2(two.out.contains("ranks ") && two.out.contains(" tok/s  exchange "), two.out.constData());

        const QMap<int, double> a = losses(one), b = losses(two);
        QCOMPARE(a.size(), kSteps);
        QCOMPARE(b.keys(), a.keys());
        double worst = 0;
        for (int step : a.keys())
            worst = std::max(worst, std::abs(b[step] - a[step]) / a[step]);
        // The progress lines print 4 decimals: the difference that shows is rounding at most.
        qInfo("CLI loss at every step, 2 local ranks vs 1 process: max relative difference %.3g", worst);
        QVERIFY2(worst < 2e-4, qPrintable(QString::number(worst)));

        const QJsonObject lineage =
            QJsonDocument::fromJson(cli({"model", "show", "two-nano", "--json"}).out).object().value("lineage").toObject();
        QCOMPARE(lineage.value("world_size").toInt(), 2);
        // Rank 1 recorded nothing: one history row per run.
        QCOMPARE(runs().size(), 2);
    }

    void twoRanksStopAndResume()
    {
        const QString plan = config(QStringLiteral("resumed-two-nano"));
        const CliRun first = cli({"train", plan, "--world-size", "2", "--local", "--stop-after", "6"});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QList<models::RunRecord> all = runs();
        QVERIFY(!all.isEmpty());
        const models::RunRecord stopped = all.first();
        QCOMPARE(stopped.status, models::RunStatus::Cancelled);
        QCOMPARE(stopped.checkpointStep, 6);
        const CliRun second = cli({"train", "--resume", QString::number(stopped.id), "--world-size", "2", "--local"});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const QMap<int, double> resumed = losses(second);
        QCOMPARE(resumed.firstKey(), 7);
        QCOMPARE(resumed.lastKey(), kSteps);
        QVERIFY(second.out.contains("model: resumed-two-nano"));
    }

    void ranksWithOtherPlansRefuseToStart()
    {
        const int port = ml::freeLoopbackPort();
        const QString master = QStringLiteral("127.0.0.1:%1").arg(port);
        // Two plan files that differ in their seed only, written before either rank starts.
        const QString planZero = m_tmp.filePath(QStringLiteral("mismatch-rank0.json"));
        QVERIFY(QFile::rename(config(QStringLiteral("mismatch-nano"), 1), planZero));
        const QString planOne = config(QStringLiteral("mismatch-nano"), 2);
        CliRun other;
        std::thread rankOne([&] {
            other = cli({"train", planOne, "--world-size", "2", "--rank", "1", "--master", master, "--threads", "1",
                         "--timeout", "60"});
        });
        const CliRun rankZero = cli({"train", planZero, "--world-size", "2", "--rank", "0", "--master", master,
                                     "--threads", "1", "--timeout", "60"});
        rankOne.join();
        QVERIFY(rankZero.exitCode != 0 && other.exitCode != 0);
        QVERIFY2(rankZero.err.contains("Merkle root"), rankZero.err.constData());
        QVERIFY2(other.err.contains("rank 1:") && other.err.contains("Merkle root"), other.err.constData());
        // After its "training run" note, one error line and no stack of follow-on errors.
        QVERIFY2(rankZero.err.count("flywheel-cli: error: ") == 1 &&
                     QString::fromUtf8(rankZero.err).section('\n', -2, -2).startsWith("flywheel-cli: error: "),
                 rankZero.err.constData());
    }

    void misuseIsAUsageError()
    {
        const QString plan = config(QStringLiteral("misuse-nano"));
        QCOMPARE(cli({"train", plan, "--world-size", "2"}).exitCode, kUsage);
        QCOMPARE(cli({"train", plan, "--local"}).exitCode, kUsage);
        QCOMPARE(cli({"train", plan, "--world-size", "2", "--local", "--rank", "1"}).exitCode, kUsage);
        const CliRun badMaster = cli({"train", plan, "--world-size", "2", "--rank", "1", "--master", "nowhere"});
        QCOMPARE(badMaster.exitCode, kUsage);
        QVERIFY(badMaster.err.contains("HOST:PORT"));
    }
};

QTEST_GUILESS_MAIN(CliDistributedTest)
#include "CliDistributedTest.moc"
