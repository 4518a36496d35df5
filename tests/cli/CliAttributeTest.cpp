// flywheel-cli attribute, end to end: a workspace whose model names a facts datanet version (made
// in-process, no engine needed), answers attributed to their contributor as text and JSON, the
// index built on first use and reused, and the refusals: gradient on a whole model (exit 14),
// bad options (usage, exit 2), an unknown model (exit 4).
#include "CliRunner.h"
#include "unit/attribution/FactsWorkspace.h"
#include "unit/store/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
