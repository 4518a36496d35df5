// flywheel-cli train keeps its runs in the workspace's history, as the workbench does: a run
// stopped after a checkpoint resumes with --resume into one finished run with every loss point
// once; `model show` reports the result; a base that a resumable run needs cannot be deleted; a
// stopped LoRA run's adapter checkpoints (gradient attribution's points) survive its resume.
#include "CliRunner.h"

#include "models/AdapterCheckpoints.h"
#include "models/ModelStore.h"
#include "models/RunHistory.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fw;

namespace {
// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kUsage = 2;
constexpr int kInvalidArgument = 3;
constexpr int kNotFound = 4;

const QMap<QString, QString> kDemoPass{
    {QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo")}};

QStringList outLines(const CliRun& run)
{
    return QString::fromUtf8(run.out).trimmed().split(QLatin1Char('\n'));
}
} // namespace

class CliTrainHistoryTest : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList& args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace} + args, kDemoPass);
    }
    QString writeConfig(const QString& name, const QJsonObject& config) const
    {
        return writeJsonFile(m_tmp.filePath(name), config);
    }
    // The history as the workbench reads it, with the CLI not running.
    QList<models::RunRecord> runs(QList<models::RunPoint>* pointsOfNewest = nullptr) const
    {
        auto ws = store::Workspace::open(m_workspace, "demo");
        if (!ws)
            return {};
        models::RunHistory history(**ws);
        Result<QList<models::RunRecord>> all = history.runs();
        if (!all)
            return {};
        if (pointsOfNewest && !all->isEmpty())
            if (Result<QList<models::RunPoint>> points = history.points(all->first().id))
                *pointsOfNewest = *points;
        return *all;
    }

    // The steps of the adapter checkpoints a run keeps (runId) or an adapter has (modelId).
    QList<int> keptSteps(qint64 runId, qint64 modelId) const
    {
        auto ws = store::Workspace::open(m_workspace, "demo");
        if (!ws)
            return {-1};
        models::AdapterCheckpoints checkpoints(**ws);
        Result<std::vector<ml::AdapterCheckpoint>> kept =
            runId != 0 ? checkpoints.keptForRun(runId) : checkpoints.load(modelId);
        if (!kept)
            return {-1};
        QList<int> steps;
        for (const ml::AdapterCheckpoint& c : *kept)
            steps << c.step;
        return steps;
    }
    qint64 modelId(const QString& name) const
    {
        auto ws = store::Workspace::open(m_workspace, "demo");
        if (!ws)
            return -1;
        Result<models::ModelEntry> model = models::ModelStore(**ws).model(name);
        return model ? model->id : -1;
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace = m_tmp.filePath(QStringLiteral("demo"));
    qint64 m_runId = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--demo"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void stoppedRunResumesIntoOneFinishedRun()
    {
        const QString config =
            writeConfig(QStringLiteral("small.json"), {{"datanet", "World facts (demo)"},
                                                       {"base", "nano"},
                                                       {"method", "full"},
                                                       {"steps", 24},
                                                       {"batch_size", 4},
                                                       {"seq_len", 64},
                                                       {"eval_fraction", 0.0},
                                                       {"checkpoint_every", 5},
                                                       {"output", "resumed-nano"}});
        const CliRun first = cli({"train", config, "--stop-after", "12", "--threads", "1"});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QStringList lines = outLines(first);
        QVERIFY(lines.first().startsWith(QStringLiteral("step 1/24")));
        QVERIFY2(lines.at(lines.size() - 2).startsWith(QStringLiteral("step 12/24")),
                 first.out.constData());
        QList<models::RunRecord> all = runs();
        QCOMPARE(all.size(), 1);
        m_runId = all.first().id;
        QCOMPARE(lines.last(),
                 QStringLiteral("run %1 stopped after step 12; continue it with: train --resume %1")
                     .arg(m_runId));
        QCOMPARE(all.first().status, models::RunStatus::Cancelled);
        QCOMPARE(all.first().checkpointStep, 12); // the stop's own checkpoint, not step 10's
        QVERIFY(all.first().canResume());
        QCOMPARE(QJsonDocument::fromJson(cli({"model", "list", "--json"}).out).array().size(), 0);

        const CliRun second =
            cli({"train", "--resume", QString::number(m_runId), "--threads", "1"});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        lines = outLines(second);
        QVERIFY2(lines.first().startsWith(QStringLiteral("step 13/24")), second.out.constData());
        QCOMPARE(lines.last(), QStringLiteral("model: resumed-nano"));

        QList<models::RunPoint> points;
        all = runs(&points);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().status, models::RunStatus::Finished);
        QCOMPARE(all.first().stepsDone, 24);
        QCOMPARE(all.first().checkpointStep, -1); // nothing left to resume
        QList<int> steps;
        for (const models::RunPoint& p : points)
            steps << p.step;
        QList<int> expected;
        for (int step = 1; step <= 24; ++step)
            expected << step;
        QCOMPARE(steps, expected);

        // A finished run has nothing to resume.
        const CliRun again = cli({"train", "--resume", QString::number(m_runId)});
        QCOMPARE(again.exitCode, kInvalidArgument);
        QVERIFY(again.oneErrorLine());
    }

    void showsLineageConfigAndFinalMetrics()
    {
        const CliRun show = cli({"model", "show", "resumed-nano", "--json"});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(o.value("name").toString(), QStringLiteral("resumed-nano"));
        QCOMPARE(o.value("lineage").toObject().value("datanet").toString(),
                 QStringLiteral("World facts (demo)"));
        QCOMPARE(o.value("lineage").toObject().value("run").toInteger(), m_runId);
        QCOMPARE(o.value("config").toObject().value("steps").toInt(), 24);
        QCOMPARE(o.value("config").toObject().value("checkpoint_every").toInt(), 5);
        const QJsonObject metrics = o.value("metrics").toObject();
        for (const char* name :
             {"steps", "final_loss", "loss", "learning_rate", "tokens_per_s", "elapsed_ms"})
            QVERIFY2(metrics.value(QLatin1String(name)).isDouble(), name);
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            QVERIFY2(it.value().isDouble(), qPrintable(it.key()));
        QCOMPARE(metrics.value("steps").toInt(), 24);
        QList<models::RunPoint> points;
        runs(&points);
        QCOMPARE(metrics.value("loss").toDouble(), points.last().loss);
        QVERIFY(!metrics.contains("eval_loss")); // nothing was held out: no number is made up
        QCOMPARE(cli({"model", "show", "no-such-model", "--json"}).exitCode, kNotFound);
    }

    void aBaseARunNeedsCannotBeDeleted()
    {
        const QString config = writeConfig(QStringLiteral("lora.json"),
                                           {{"datanet", "World facts (demo)"},
                                            {"base", "resumed-nano"},
                                            {"method", "lora"},
                                            {"steps", 8},
                                            {"batch_size", 4},
                                            {"seq_len", 64},
                                            {"checkpoint_every", 2},
                                            {"output", "lora-on-resumed"},
                                            {"lora", QJsonObject{{"r", 4}, {"lora_alpha", 8}}}});
        const CliRun stopped = cli({"train", config, "--stop-after", "3", "--threads", "1"});
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
        const qint64 loraRun = runs().first().id;
        QVERIFY(loraRun != m_runId);

        const CliRun refused = cli({"model", "delete", "resumed-nano"});
        QCOMPARE(refused.exitCode, kInvalidArgument);
        QVERIFY(refused.oneErrorLine());
        QVERIFY2(refused.err.contains("lora-on-resumed"), refused.err.constData());

        // 8 steps keep adapter checkpoints at 3, 5 and 8; the stop came after step 3's.
        QCOMPARE(keptSteps(loraRun, 0), QList<int>{3});

        QCOMPARE(cli({"train", "--resume", QString::number(loraRun), "--threads", "1"}).exitCode,
                 0);
        QCOMPARE(keptSteps(0, modelId(QStringLiteral("lora-on-resumed"))), (QList<int>{3, 5, 8}));
        QCOMPARE(keptSteps(loraRun, 0), QList<int>{}); // moved to the adapter, not copied
        QCOMPARE(cli({"model", "delete", "lora-on-resumed"}).exitCode, 0);
        QCOMPARE(cli({"model", "delete", "resumed-nano"}).exitCode, 0);
    }

    void trainTakesAConfigOrARunToResume()
    {
        QCOMPARE(cli({"train"}).exitCode, kUsage);
        QCOMPARE(cli({"train", m_tmp.filePath("small.json"), "--resume", "1"}).exitCode, kUsage);
        QCOMPARE(cli({"train", "--resume", "first"}).exitCode, kInvalidArgument);
        QCOMPARE(cli({"train", "--resume", "999"}).exitCode, kNotFound);
    }
};

QTEST_GUILESS_MAIN(CliTrainHistoryTest)
#include "CliTrainHistoryTest.moc"
