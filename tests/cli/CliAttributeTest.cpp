// flywheel-cli attribute, end to end: a workspace whose model names a facts datanet version (made
// in-process, no engine needed), answers attributed to their contributor as text and JSON, the
// index built on first use and reused, and the refusals: gradient on a whole model (exit 14),
// bad options (usage, exit 2), an unknown model (exit 4); and gradient attribution of a LoRA
// adapter that `train` made, with the gradient store it built.
#include "CliRunner.h"
#include "unit/attribution/FactsWorkspace.h"
#include "unit/store/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kUsage = 2;
constexpr int kNotFound = 4;
constexpr int kNotAvailable = 14;
const QString kPassphrase = QStringLiteral("attribute test");
} // namespace

class CliAttributeTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_ws;
    fw::test::FactsWorkspace m_fx;

    CliRun cli(const QStringList& args) const
    {
        return CliRunner(m_home.path())
            .run(QStringList{QStringLiteral("--workspace"), m_ws} + args,
                 {{QStringLiteral("FLYWHEEL_PASSPHRASE"), kPassphrase}});
    }

    CliRun attribute(const fw::test::Fact& fact, const QStringList& more = {}) const
    {
        return cli(QStringList{QStringLiteral("attribute"), m_fx.model.name,
                               QStringLiteral("--prompt"), fact.instruction,
                               QStringLiteral("--response"), fact.output} +
                   more);
    }

private slots:
    void initTestCase()
    {
        m_ws = m_home.filePath(QStringLiteral("ws"));
        auto ws = fw::store::Workspace::create(m_ws, kPassphrase.toUtf8(), fw::test::fastOptions());
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        m_fx =
            fw::test::makeFactsWorkspace(**ws, m_home.path(), 6, 3, QStringLiteral("facts-model"));
    }

    void jsonNamesTheContributorAndTheSpans()
    {
        const fw::test::Fact& fact = m_fx.facts.at(10);
        const CliRun run = attribute(fact, {QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value("version").toInt(), 1);
        QCOMPARE(o.value("method").toString(), QStringLiteral("spans"));
        QCOMPARE(o.value("min_span").toInt(), 6);
        const QJsonArray lines = o.value("lines").toArray();
        QVERIFY(!lines.isEmpty());
        const QJsonObject top = lines.first().toObject();
        QCOMPARE(top.value("contributor").toString(), m_fx.people.at(fact.contributor).address);
        QCOMPARE(top.value("version").toString(), m_fx.version.idHex());
        QCOMPARE(top.value("datanet").toString(), m_fx.datanet.name);
        QCOMPARE(top.value("record_hash").toString().size(), 64);
        double shares = 0;
        for (const QJsonValue& line : lines)
            shares += line.toObject().value("share").toDouble();
        QVERIFY(std::abs(shares - 1.0) < 1e-9);
        const QJsonArray spans = top.value("spans").toArray();
        QVERIFY(!spans.isEmpty());
        const QJsonArray response = spans.first().toObject().value("response").toArray();
        QVERIFY(response.at(1).toInt() - response.at(0).toInt() >= 6);
    }

    void textListsSharesAndIsRepeatable()
    {
        const fw::test::Fact& fact = m_fx.facts.at(4);
        const CliRun first = attribute(fact);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains(m_fx.people.at(fact.contributor).address.toUtf8()),
                 first.out.constData());
        QVERIFY(first.out.contains("%"));
        const CliRun second = attribute(fact); // from the stored index this time
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, first.out);
    }

    void gradientOnAWholeModelIsNotAvailable()
    {
        const CliRun run =
            attribute(m_fx.facts.front(), {QStringLiteral("--method"), QStringLiteral("gradient")});
        QCOMPARE(run.exitCode, kNotAvailable);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains("covers LoRA adapters; use spans"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // A real nano base and a LoRA adapter trained by `train` on the facts (which builds the
    // adapter's gradient store on its way out), then gradient and both attribution from the CLI:
    // the answer's own contributor on top, the same scores every time.
    void gradientOnATrainedAdapterNamesTheContributor()
    {
        const QString baseConfig = writeJsonFile(
            m_home.filePath(QStringLiteral("base.json")),
            {{"datanet", m_fx.datanet.name}, {"base", "nano"}, {"method", "full"}, {"steps", 24},
             {"batch_size", 6}, {"seq_len", 96}, {"eval_fraction", 0.0}, {"learning_rate", 3e-3},
             {"output", "facts-nano"}});
        const CliRun base = cli({QStringLiteral("train"), baseConfig, QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(base.exitCode == 0, base.err.constData());
        const QString loraConfig = writeJsonFile(
            m_home.filePath(QStringLiteral("lora.json")),
            {{"datanet", m_fx.datanet.name}, {"base", "facts-nano"}, {"method", "lora"}, {"steps", 45},
             {"batch_size", 6}, {"seq_len", 96}, {"eval_fraction", 0.0}, {"learning_rate", 1e-2},
             {"warmup_steps", 3}, {"output", "facts-lora"},
             {"lora", QJsonObject{{"r", 8}, {"lora_alpha", 16}, {"lora_dropout", 0.0},
                                  {"target_modules", QJsonArray{"q_proj", "v_proj"}}}}});
        const CliRun lora = cli({QStringLiteral("train"), loraConfig, QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(lora.exitCode == 0, lora.err.constData());
        QVERIFY2(!lora.err.contains("warning"), lora.err.constData()); // the store was built

        int topIsTheAuthor = 0;
        for (int i = 0; i < m_fx.facts.size(); i += 3) {
            const fw::test::Fact& fact = m_fx.facts.at(i);
            const QStringList args{QStringLiteral("attribute"), QStringLiteral("facts-lora"),
                                   QStringLiteral("--prompt"), fact.instruction,
                                   QStringLiteral("--response"), fact.output,
                                   QStringLiteral("--method"), QStringLiteral("gradient"),
                                   QStringLiteral("--json")};
            const CliRun run = cli(args);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject o = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(o.value("method").toString(), QStringLiteral("gradient"));
            const QJsonArray lines = o.value("lines").toArray();
            QVERIFY(!lines.isEmpty());
            double shares = 0;
            for (const QJsonValue& line : lines) {
                QCOMPARE(line.toObject().value("method").toString(), QStringLiteral("gradient"));
                shares += line.toObject().value("share").toDouble();
            }
            QVERIFY(std::abs(shares - 1.0) < 1e-9);
            if (lines.first().toObject().value("contributor").toString() ==
                m_fx.people.at(fact.contributor).address)
                ++topIsTheAuthor;
            if (i == 0)
                QCOMPARE(cli(args).out, run.out); // from the stored gradients, bit for bit
        }
        const int asked = (int(m_fx.facts.size()) + 2) / 3;
        qInfo("gradient attribution from the CLI: the author on top for %d of %d training answers",
              topIsTheAuthor, asked);
        QVERIFY(topIsTheAuthor * 10 >= asked * 8);

        const fw::test::Fact& fact = m_fx.facts.at(4);
        const CliRun both = cli({QStringLiteral("attribute"), QStringLiteral("facts-lora"),
                                 QStringLiteral("--prompt"), fact.instruction,
                                 QStringLiteral("--response"), fact.output,
                                 QStringLiteral("--method"), QStringLiteral("both"), QStringLiteral("--json")});
        QVERIFY2(both.exitCode == 0, both.err.constData());
        QSet<QString> methods;
        for (const QJsonValue& line : QJsonDocument::fromJson(both.out).object().value("lines").toArray())
            methods.insert(line.toObject().value("method").toString());
        QVERIFY2(methods.contains(QStringLiteral("spans")) && methods.contains(QStringLiteral("gradient")),
                 both.out.constData());
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("unknown method")
            << QStringList{QStringLiteral("--method"), QStringLiteral("vibes")};
        QTest::newRow("zero min span")
            << QStringList{QStringLiteral("--min-span"), QStringLiteral("0")};
        QTest::newRow("min span not a number")
            << QStringList{QStringLiteral("--min-span"), QStringLiteral("six")};
        QTest::newRow("zero max count")
            << QStringList{QStringLiteral("--max-count"), QStringLiteral("0")};
    }
    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, extra);
        const CliRun run = attribute(m_fx.facts.front(), extra);
        QCOMPARE(run.exitCode, kUsage);
        QVERIFY(run.oneErrorLine());
    }

    void missingResponseIsAUsageError()
    {
        const CliRun run = cli({QStringLiteral("attribute"), m_fx.model.name,
                                QStringLiteral("--prompt"), QStringLiteral("p")});
        QCOMPARE(run.exitCode, kUsage);
        QVERIFY(run.oneErrorLine());
    }

    void helpListsTheCommandAndItsExitCode()
    {
        const CliRun help = cli({QStringLiteral("attribute"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* option :
             {"--prompt", "--response", "--method", "--min-span", "--max-count", "--json"})
            QVERIFY2(help.out.contains(option), option);
        const CliRun tool = cli({QStringLiteral("--help")});
        QVERIFY(tool.out.contains("attribute"));
        QVERIFY(tool.out.contains("14  not available yet"));
    }

    void unknownModelIsNotFound()
    {
        const CliRun run = cli({QStringLiteral("attribute"), QStringLiteral("no-such-model"),
                                QStringLiteral("--prompt"), QStringLiteral("p"),
                                QStringLiteral("--response"), QStringLiteral("r")});
        QCOMPARE(run.exitCode, kNotFound);
        QVERIFY(run.oneErrorLine());
    }
};

QTEST_GUILESS_MAIN(CliAttributeTest)
#include "CliAttributeTest.moc"
