// flywheel-cli train with the "reward" and "dpo" objectives on the demo's preference datanet:
// `score` prints a reward model's score, `model show --json` every logged metric by name, and an
// objective that does not fit the datanet's records is refused with a message saying why.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {
// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kUsage = 2;
constexpr int kInvalidArgument = 3;
constexpr int kNotFound = 4;

const QMap<QString, QString> kDemoPass{
    {QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo")}};

QJsonObject smallRun(const QString& datanet, const QString& base, const QString& output)
{
    return {{"datanet", datanet}, {"base", base},          {"output", output},
            {"steps", 4},         {"batch_size", 2},       {"seq_len", 64},
            {"warmup_steps", 1},  {"eval_fraction", 0.25}, {"threads", 1}};
}
} // namespace

class CliPreferenceTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace = m_tmp.filePath(QStringLiteral("demo"));

    CliRun cli(const QStringList& args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace} + args, kDemoPass);
    }
    CliRun train(const QString& name, const QJsonObject& config) const
    {
        return cli(
            {"train", writeJsonFile(m_tmp.filePath(name + ".json"), config), "--threads", "1"});
    }
    QJsonObject metricsOf(const QString& model) const
    {
        return QJsonDocument::fromJson(cli({"model", "show", model, "--json"}).out)
            .object()
            .value("metrics")
            .toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--demo"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const CliRun sft = train("sft", smallRun("World facts (demo)", "nano", "pref-sft"));
        QVERIFY2(sft.exitCode == 0, sft.err.constData());
    }

    void rewardModelScoresResponses()
    {
        QJsonObject config = smallRun("Helpful answers (demo)", "pref-sft", "pref-reward");
        config.insert("objective", "reward");
        const CliRun run = train("reward", config);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(" accuracy ") && run.out.contains(" margin "),
                 run.out.constData());

        const CliRun score =
            cli({"score", "pref-reward", "--prompt", "What is the capital of France?", "--response",
                 "Paris.", "--json", "--threads", "1"});
        QVERIFY2(score.exitCode == 0, score.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(score.out).object();
        QCOMPARE(o.keys(), QStringList{"reward"});
        QVERIFY(o.value("reward").isDouble());
        const CliRun plain =
            cli({"score", "pref-reward", "--prompt", "What is the capital of France?", "--response",
                 "Paris.", "--threads", "1"});
        QVERIFY(std::abs(plain.out.trimmed().toDouble() - o.value("reward").toDouble()) <
                1e-5); // 6 decimals

        const QJsonObject metrics = metricsOf("pref-reward");
        for (const char* name : {"loss", "accuracy", "margin", "eval/accuracy", "eval/margin"})
            QVERIFY2(metrics.value(QLatin1String(name)).isDouble(), name);

        // A language model has no reward head; a missing option is a usage error.
        const CliRun noHead =
            cli({"score", "pref-sft", "--prompt", "a", "--response", "b", "--threads", "1"});
        QCOMPARE(noHead.exitCode, kNotFound);
        QVERIFY(noHead.err.contains("reward head"));
        QCOMPARE(cli({"score", "pref-reward", "--prompt", "a"}).exitCode, kUsage);
    }

    void dpoAdapterLogsTrlMetrics()
    {
        QJsonObject config = smallRun("Helpful answers (demo)", "pref-sft", "pref-dpo");
        config.insert("objective", "dpo");
        config.insert("method", "lora");
        config.insert("beta", 0.2);
        config.insert("loss", "ipo");
        const CliRun run = train("dpo", config);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject shown =
            QJsonDocument::fromJson(cli({"model", "show", "pref-dpo", "--json"}).out).object();
        QCOMPARE(shown.value("lineage").toObject().value("base").toString(), QString("pref-sft"));
        QCOMPARE(shown.value("lineage").toObject().value("objective").toString(), QString("dpo"));
        QCOMPARE(shown.value("config").toObject().value("loss").toString(), QString("ipo"));
        QCOMPARE(shown.value("config").toObject().value("beta").toDouble(), 0.2);
        const QJsonObject metrics = shown.value("metrics").toObject();
        for (const char* name :
             {"loss", "rewards/chosen", "rewards/rejected", "rewards/margins", "rewards/accuracies",
              "logps/chosen", "logps/rejected", "eval/rewards/margins", "eval/loss"})
            QVERIFY2(metrics.value(QLatin1String(name)).isDouble(), name);
        QVERIFY(metrics.value("logps/chosen").toDouble() < 0);
    }

    // Runs after the reward model and the DPO adapter exist (QtTest keeps declaration order).
    void winRateJudgesDpoAgainstItsBase()
    {
        const CliRun run = cli({"feedback", "win-rate", "pref-dpo", "--judge", "pref-reward", "--prompts", "5",
                                "--max-tokens", "16", "--json", "--threads", "1"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value("baseline").toString(), QString("pref-sft")); // the base, from the lineage
        const QJsonArray items = o.value("items").toArray();
        QVERIFY(!items.isEmpty() && items.size() <= 5);
        const int wins = o.value("wins").toInt(), ties = o.value("ties").toInt(), losses = o.value("losses").toInt();
        QCOMPARE(wins + ties + losses, items.size());
        QCOMPARE(o.value("win_rate").toDouble(), (wins + 0.5 * ties) / items.size());
        qInfo("pref-dpo against pref-sft, judged by pref-reward: %d wins, %d ties, %d losses", wins, ties, losses);
        // Each verdict follows the judge's own scores, which `score` reproduces.
        const QJsonObject first = items.first().toObject();
        const CliRun scored = cli({"score", "pref-reward", "--prompt", first.value("prompt").toString(), "--response",
                                   first.value("policy_answer").toString(), "--json", "--threads", "1"});
        QCOMPARE(scored.exitCode, 0);
        QVERIFY(std::abs(QJsonDocument::fromJson(scored.out).object().value("reward").toDouble() -
                         first.value("policy_reward").toDouble()) < 1e-4);
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const double margin = item.value("policy_reward").toDouble() - item.value("baseline_reward").toDouble();
            const QString verdict = item.value("verdict").toString();
            QVERIFY2(verdict == (std::abs(margin) < 1e-5 ? "tie" : margin > 0 ? "win" : "loss"), qPrintable(verdict));
        }

        // A judge without a reward head, a policy without a base, and a bad count are refused clearly.
        const CliRun noHead = cli({"feedback", "win-rate", "pref-dpo", "--judge", "pref-sft", "--prompts", "1",
                                   "--max-tokens", "4", "--threads", "1"});
        QCOMPARE(noHead.exitCode, kNotFound);
        QVERIFY2(noHead.err.contains("reward head") && noHead.oneErrorLine(), noHead.err.constData());
        const CliRun noBase = cli({"feedback", "win-rate", "pref-sft", "--judge", "pref-reward"});
        QCOMPARE(noBase.exitCode, kInvalidArgument);
        QVERIFY2(noBase.err.contains("--against"), noBase.err.constData());
        QCOMPARE(cli({"feedback", "win-rate", "pref-dpo"}).exitCode, kUsage);
        QCOMPARE(cli({"feedback", "win-rate", "pref-dpo", "--judge", "pref-reward", "--prompts", "0"}).exitCode,
                 kInvalidArgument);
    }

    void abCampaignAsksPeopleTheSameQuestion()
    {
        const CliRun first = cli({"feedback", "ab", "pref-dpo", "--prompts", "6"});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.outLine(), QString("A/B: pref-dpo vs pref-sft"));
        // A second one gets a free name rather than a clash.
        const CliRun second = cli({"feedback", "ab", "pref-dpo", "--prompts", "6"});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(second.outLine(), QString("A/B: pref-dpo vs pref-sft (2)"));
        const CliRun unknown = cli({"feedback", "ab", "pref-dpo", "--against", "no-such-model"});
        QCOMPARE(unknown.exitCode, kNotFound);
        QVERIFY(unknown.oneErrorLine());
    }

    void refusesAnObjectiveTheDatanetCannotFeed_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("dpo on instructions")
            << QJsonObject{{"objective", "dpo"}, {"datanet", "World facts (demo)"}}
            << kInvalidArgument << "preference pairs";
        QTest::newRow("unknown objective")
            << QJsonObject{{"objective", "ppo"}} << kInvalidArgument << "\"objective\"";
        QTest::newRow("unknown loss") << QJsonObject{{"objective", "dpo"}, {"loss", "hinge"}}
                                      << kInvalidArgument << "\"loss\"";
        QTest::newRow("beta zero")
            << QJsonObject{{"objective", "dpo"}, {"beta", 0}} << kInvalidArgument << "\"beta\"";
    }
    void refusesAnObjectiveTheDatanetCannotFeed()
    {
        QFETCH(QJsonObject, change);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QJsonObject config = smallRun("Helpful answers (demo)", "pref-sft", "refused");
        for (auto it = change.begin(); it != change.end(); ++it)
            config.insert(it.key(), it.value());
        const CliRun run = train("refused", config);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(run.oneErrorLine());
    }
};

QTEST_GUILESS_MAIN(CliPreferenceTest)
#include "CliPreferenceTest.moc"
