// flywheel-cli earnings and receipts verify, end to end: a workspace whose node charged real paid
// requests (EarningsFixture), its earnings as JSON with exact base-unit sums and as text, and a
// receipt file verified whole, then refused at its first altered, reordered or missing line; one
// receipt explained with its kept answer (`receipts show`).
#include "CliRunner.h"
#include "ledger/ReceiptLog.h"
#include "unit/ledger/EarningsFixture.h"
#include "unit/store/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kUsage = 2;
constexpr int kNotFound = 4;
constexpr int kCorrupt = 8;
const QString kPassphrase = QStringLiteral("earnings test");

qint64 units(const QJsonValue& v)
{
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? n : -1;
}
} // namespace

class CliEarningsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_ws;
    fw::test::EarningsFixture m_fx;

    CliRun cli(const QStringList& args) const
    {
        return CliRunner(m_home.path())
            .run(QStringList{QStringLiteral("--workspace"), m_ws} + args,
                 {{QStringLiteral("FLYWHEEL_PASSPHRASE"), kPassphrase}});
    }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QList<QByteArray> ownLines() const
    {
        QList<QByteArray> lines;
        for (const fw::ledger::Receipt& r : m_fx.own)
            lines << r.toJson();
        return lines;
    }

private slots:
    void initTestCase()
    {
        m_ws = m_home.filePath(QStringLiteral("ws"));
        auto ws = fw::store::Workspace::create(m_ws, kPassphrase.toUtf8(), fw::test::fastOptions());
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        const QString failure = m_fx.build(**ws);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void earningsJsonAddsUp()
    {
        const CliRun run = cli({QStringLiteral("earnings"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value("version").toInt(), 1);
        QCOMPARE(o.value("receipts").toInt(), 7);
        const qint64 total = units(o.value("total"));
        QVERIFY(total > 0);
        qint64 roles = 0;
        for (const QJsonValue& v : o.value("by_role").toObject())
            roles += units(v);
        QCOMPARE(roles, total);
        qint64 models = 0;
        for (const QJsonValue& v : o.value("by_model").toArray())
            models += units(v.toObject().value("amount"));
        QCOMPARE(models, total);
        qint64 days = 0;
        for (const QJsonValue& v : o.value("by_day").toArray())
            days += units(v.toObject().value("amount"));
        QCOMPARE(days, total);
        QCOMPARE(o.value("by_day").toArray().first().toObject().value("day").toString(),
                 QStringLiteral("2026-11-18"));
        // Alice's data part, all of it attributed to the one datanet version.
        const QJsonArray datanets = o.value("by_datanet").toArray();
        QCOMPARE(datanets.size(), 1);
        const QJsonObject d = datanets.first().toObject();
        QCOMPARE(d.value("datanet").toString(), QStringLiteral("support-faq"));
        QCOMPARE(d.value("version").toString(), QStringLiteral("v1"));
        QCOMPARE(units(d.value("amount")),
                 units(o.value("by_role").toObject().value("contributor")));
        // Identities: the node holds its fees less the builder's payout; the builder is owed.
        qint64 earned = 0;
        for (const QJsonValue& v : o.value("identities").toArray()) {
            const QJsonObject id = v.toObject();
            earned += units(id.value("earned"));
            if (id.value("name") == QStringLiteral("node")) {
                QCOMPARE(units(id.value("balance")), qint64(14'611 - m_fx.builderPayout));
                QCOMPARE(units(id.value("pending")), qint64(0));
            }
            if (id.value("name") == QStringLiteral("builder"))
                QCOMPARE(units(id.value("pending")),
                         units(o.value("by_role").toObject().value("builder")) -
                             m_fx.builderPayout);
        }
        QCOMPARE(earned, total);
        const QJsonArray top = o.value("top_records").toArray();
        QCOMPARE(top.size(), 3);
        QVERIFY(top.first().toObject().value("text").toString().size() > 10);
    }

    void earningsText()
    {
        const CliRun run = cli({QStringLiteral("earnings")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (const char* part : {"By role:", "By datanet:", "support-faq v1", "By model:",
                                 "faq-bot:v2", "By day:", "2026-11-22", "Top records:"})
            QVERIFY2(run.out.contains(part), part);
        QVERIFY(run.out.contains(m_fx.alice.address.toUtf8()));
    }

    void showExplainsAReceiptWithItsKeptAnswer()
    {
        const CliRun text = cli({QStringLiteral("receipts"), QStringLiteral("show"),
                                 QStringLiteral("req-1")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Answer ([spans] found in training records): "
                                   "Press the [reset button] for ten seconds."),
                 text.out.constData());
        QVERIFY(text.out.contains("in the answer: \xe2\x80\x9creset button\xe2\x80\x9d"));
        QVERIFY(text.out.contains(m_fx.alice.address.toUtf8()));
        QVERIFY(text.out.contains("support-faq v1"));

        const CliRun json = cli({QStringLiteral("receipts"), QStringLiteral("show"),
                                 QStringLiteral("req-1"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value("answer").toString(), fw::test::EarningsFixture::keptAnswer());
        QCOMPARE(o.value("receipt").toObject().value("request").toString(), QStringLiteral("req-1"));
        const QJsonArray records = o.value("records").toArray();
        QCOMPARE(records.size(), 3);
        const QJsonArray spans = records.first().toObject().value("spans").toArray();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().toObject().value("text").toString(), QStringLiteral("reset button"));
        qint64 earned = 0;
        for (const QJsonValue& r : records)
            earned += units(r.toObject().value("earned"));
        QCOMPARE(earned, qint64(600)); // the data part of req-1's fee of 1'000

        // Not kept: said so; an unknown request: one error line.
        const CliRun other = cli({QStringLiteral("receipts"), QStringLiteral("show"),
                                  QStringLiteral("req-2")});
        QVERIFY2(other.exitCode == 0, other.err.constData());
        QVERIFY(other.out.contains("Answer: not kept here"));
        const CliRun unknown = cli({QStringLiteral("receipts"), QStringLiteral("show"),
                                    QStringLiteral("req-404")});
        QCOMPARE(unknown.exitCode, kNotFound);
        QVERIFY(unknown.oneErrorLine());
    }

    void verifyAcceptsAnIntactFile()
    {
        QList<QByteArray> lines = ownLines();
        for (const fw::ledger::Receipt& r : m_fx.foreign)
            lines << r.toJson();
        const QString path = writeFile(QStringLiteral("all.jsonl"), lines.join('\n') + '\n');
        const CliRun run = CliRunner(m_home.path())
                               .run({QStringLiteral("receipts"), QStringLiteral("verify"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("7 receipts verified from 2 nodes"), run.out.constData());
        QVERIFY(run.err.isEmpty());
    }

    void verifyNamesTheFirstFailure_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("altered token count") << "alter" << 3 << "signature";
        QTest::newRow("reordered") << "swap" << 2 << "does not follow";
        QTest::newRow("removed") << "remove" << 4 << "does not follow";
    }
    void verifyNamesTheFirstFailure()
    {
        QFETCH(QString, tamper);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QList<QByteArray> lines = ownLines();
        if (tamper == "alter")
            lines[2].replace("\"tokensOut\":60", "\"tokensOut\":6");
        else if (tamper == "swap")
            std::swap(lines[1], lines[2]);
        else
            lines.removeAt(3);
        const QString path = writeFile(tamper + ".jsonl", lines.join('\n'));
        const CliRun run = CliRunner(m_home.path())
                               .run({QStringLiteral("receipts"), QStringLiteral("verify"), path});
        QCOMPARE(run.exitCode, kCorrupt);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains(QStringLiteral("Line %1:").arg(line).toUtf8()),
                 run.err.constData());
        QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
        QVERIFY2(run.out.startsWith(QByteArray::number(line - 1) + " receipts verified"),
                 run.out.constData());
    }

    void partialFilesNeedTheOption()
    {
        const QList<QByteArray> lines = ownLines().mid(2);
        const QString path = writeFile(QStringLiteral("tail.jsonl"), lines.join('\n'));
        const QStringList verify{QStringLiteral("receipts"), QStringLiteral("verify"), path};
        QCOMPARE(CliRunner(m_home.path()).run(verify).exitCode, kCorrupt);
        const CliRun run = CliRunner(m_home.path()).run(verify + QStringList{"--partial"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("3 receipts verified"));
    }

    void verifyRefusals()
    {
        const CliRun missing = CliRunner(m_home.path())
                                   .run({QStringLiteral("receipts"), QStringLiteral("verify"),
                                         m_home.filePath(QStringLiteral("nope.jsonl"))});
        QCOMPARE(missing.exitCode, kNotFound);
        QVERIFY(missing.oneErrorLine());
        const CliRun noFile =
            CliRunner(m_home.path()).run({QStringLiteral("receipts"), QStringLiteral("verify")});
        QCOMPARE(noFile.exitCode, kUsage);
        const CliRun help = CliRunner(m_home.path()).run({QStringLiteral("--help")});
        QVERIFY(help.out.contains("earnings"));
        QVERIFY(help.out.contains("receipts"));
    }
};

QTEST_GUILESS_MAIN(CliEarningsTest)
#include "CliEarningsTest.moc"
