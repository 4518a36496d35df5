// flywheel-cli feedback end to end: labels of two identities imported into a preference datanet
// (by name and by address), their signed pairs in the datanet, bad files refused with line
// numbers, agreement as text and JSON.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPass = QStringLiteral("correct horse");

// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kInvalidArgument = 3;
constexpr int kNotFound = 4;

QMap<QString, QString> withPass()
{
    return {{QStringLiteral("FLYWHEEL_PASSPHRASE"), kPass}};
}

QMap<QString, QString> keyValues(const QByteArray& out)
{
    QMap<QString, QString> map;
    for (const QByteArray& line : out.split('\n')) {
        const int tab = line.indexOf('\t');
        if (tab > 0)
            map.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
    }
    return map;
}

QByteArray choiceLine(int item, const QString& labeler, const char* choice)
{
    return QStringLiteral(
               R"({"item": %1, "labeler": "%2", "prompt": "Question %1?", "response_a": "Answer %1 from a.", "response_b": "Answer %1 from b.", "choice": "%3"})")
               .arg(item)
               .arg(labeler, QLatin1String(choice))
               .toUtf8() +
           '\n';
}
} // namespace

class CliFeedbackTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace;
    QString m_ada;
    QString m_bob;

    CliRun cli(const QStringList& args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace} + args,
                         withPass());
    }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile f(m_tmp.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("home"))));
        m_workspace = m_tmp.filePath(QStringLiteral("ws"));
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--kdf",
                                       "interactive", "--name", "Ada"},
                                      withPass());
        QCOMPARE(init.exitCode, 0);
        m_ada = init.outLine();
        const CliRun bob = cli({"wallet", "new", "Bob"});
        QCOMPARE(bob.exitCode, 0);
        m_bob = bob.outLine();
        QCOMPARE(cli({"datanet", "create", "prefs", "--kind", "preference"}).exitCode, 0);
        QCOMPARE(cli({"datanet", "create", "notes", "--kind", "text"}).exitCode, 0);
    }

    void importsSignedLabelsOfTwoLabelers()
    {
        // Ada by name, Bob by address. Items 1-4: both choose; they differ on item 4 only. Item 5:
        // Ada rates two answers of one prompt differently (one pair), Bob says tie (no pair).
        QByteArray labels;
        const char* ada[] = {"a", "b", "tie", "a"};
        const char* bob[] = {"a", "b", "tie", "both_bad"};
        for (int i = 0; i < 4; ++i)
            labels +=
                choiceLine(i + 1, QStringLiteral("Ada"), ada[i]) + choiceLine(i + 1, m_bob, bob[i]);
        labels +=
            R"({"item": 5, "labeler": "Ada", "prompt": "Rate me.", "response": "Good answer.", "rating": 5})"
            "\n";
        labels +=
            R"({"item": 5, "labeler": "Ada", "prompt": "Rate me.", "response": "Poor answer.", "rating": 2})"
            "\n";
        const CliRun run = cli({"feedback", "import", "prefs", writeFile("labels.jsonl", labels)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QMap<QString, QString> counts = keyValues(run.out);
        QCOMPARE(counts.value("labels"), QStringLiteral("10"));
        // a,b on items 1,2 by both (2 stored + 2 duplicates), a on item 4 by Ada, the rating pair.
        QCOMPARE(counts.value("pairs"), QStringLiteral("4"));
        QCOMPARE(counts.value("duplicates"), QStringLiteral("2"));

        // The pairs are ordinary preference records of the labelers, pending review.
        const CliRun records = cli({"datanet", "records", "prefs", "--json"});
        QCOMPARE(records.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(records.out).array();
        QCOMPARE(list.size(), 4);
        for (const QJsonValue& r : list) {
            QCOMPARE(r.toObject().value("contributor").toString(), m_ada);
            QCOMPARE(r.toObject().value("status").toString(), QStringLiteral("pending"));
        }
    }

    void agreementAsTextAndJson()
    {
        const CliRun text = cli({"feedback", "agreement", "prefs"});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QMap<QString, QString> values = keyValues(text.out);
        // Choices on items 1-4 (a a, b b, tie tie, a both_bad): values a 3, b 2, tie 2, both_bad 1,
        // n = 8, one disagreeing pair: alpha = 1 - 7 * 2 / (64 - 18) = 0.6957.
        QCOMPARE(values.value("krippendorff_alpha"), QStringLiteral("0.6957"));
        // Cohen over the four items: p_o = 3/4, p_e = (2*1 + 1*1 + 1*1 + 0*1) / 16 = 1/4: 2/3.
        QCOMPARE(values.value("cohen_kappa"), QStringLiteral("0.6667"));
        QCOMPARE(values.value("items"), QStringLiteral("5"));
        QCOMPARE(values.value("labels"), QStringLiteral("10"));
        QCOMPARE(values.value("labelers"), QStringLiteral("2"));
        QVERIFY2(text.out.contains("disagreed\tlabels/4\t1.0000"), text.out.constData());

        const CliRun json = cli({"feedback", "agreement", "prefs", "--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QVERIFY(std::abs(o.value("krippendorff_alpha").toDouble() - (1.0 - 14.0 / 46.0)) < 1e-9);
        QVERIFY(std::abs(o.value("cohen_kappa").toDouble() - 2.0 / 3.0) < 1e-9);
        QCOMPARE(o.value("items").toInt(), 5);
        QCOMPARE(o.value("labels").toInt(), 10);
        QCOMPARE(o.value("labelers").toInt(), 2);
        QCOMPARE(o.value("per_labeler").toArray().size(), 2);
    }

    void badLinesRefuseTheFileByNumber()
    {
        const QByteArray labels = choiceLine(1, QStringLiteral("Ada"), "a") +
                                  choiceLine(2, QStringLiteral("Eve"), "a") +
                                  choiceLine(3, QStringLiteral("Ada"), "maybe") + "{broken\n";
        const CliRun run = cli({"feedback", "import", "prefs", writeFile("bad.jsonl", labels)});
        QCOMPARE(run.exitCode, kInvalidArgument);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        for (const char* line : {"line 2: ", "line 3: ", "line 4: "})
            QVERIFY2(run.err.contains(line), run.err.constData());
        QVERIFY(!run.err.contains("line 1:"));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(keyValues(cli({"feedback", "agreement", "prefs"}).out).value("labels"),
                 QStringLiteral("10"));
    }

    void refusesWhatIsNotAPreferenceDatanet()
    {
        const QString file = writeFile("one.jsonl", choiceLine(1, QStringLiteral("Ada"), "a"));
        const CliRun text = cli({"feedback", "import", "notes", file});
        QCOMPARE(text.exitCode, kInvalidArgument);
        QVERIFY(text.oneErrorLine());
        QCOMPARE(cli({"feedback", "import", "nowhere", file}).exitCode, kNotFound);
        QCOMPARE(cli({"feedback", "import", "prefs", m_tmp.filePath("missing.jsonl")}).exitCode,
                 kNotFound);
        // No labels yet: alpha is undefined, said as "-".
        QCOMPARE(cli({"datanet", "create", "empty", "--kind", "preference"}).exitCode, 0);
        QCOMPARE(keyValues(cli({"feedback", "agreement", "empty"}).out).value("krippendorff_alpha"),
                 QStringLiteral("-"));
    }
};

QTEST_GUILESS_MAIN(CliFeedbackTest)
#include "CliFeedbackTest.moc"
