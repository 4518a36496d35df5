// flywheel-cli workspace check (integrity, schema, signatures, whole versions and models) and the
// workspace shared between processes: a passphrase change refused while another process has the
// workspace open, naming it.
#include "CliRunner.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kCorrupt = 8;
constexpr int kBusy = 13;

QMap<QString, QString> demoPass()
{
    return {{QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo")}};
}
} // namespace

class CliWorkspaceCheckTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_ws;

    CliRun cli(const QStringList& args, QMap<QString, QString> env = demoPass()) const
    {
        return CliRunner(m_home.path())
            .run(QStringList{QStringLiteral("--workspace"), m_ws} + args, env);
    }

private slots:
    void initTestCase()
    {
        m_ws = m_home.filePath(QStringLiteral("demo"));
        const CliRun init =
            cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void aSoundWorkspaceChecksOk()
    {
        const CliRun run = cli({QStringLiteral("workspace"), QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outLine().startsWith(QStringLiteral("ok:")), run.out.constData());
        const CliRun json =
            cli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value("ok").toBool(), true);
        QVERIFY(o.value("contributions").toInt() > 0);
        QVERIFY(o.value("versions").toInt() > 0);
        QVERIFY(o.contains("attribution_indexes")); // checked too (tests/unit/attribution has the cases)
    }

    void passwdIsRefusedWhileAnotherProcessHasTheWorkspaceOpen()
    {
        auto holder = fw::store::Workspace::open(m_ws, "demo"); // this test process holds it
        QVERIFY2(holder.ok(), qPrintable(holder.error().message));
        QMap<QString, QString> env = demoPass();
        env.insert(QStringLiteral("FLYWHEEL_NEW_PASSPHRASE"), QStringLiteral("changed"));
        const CliRun run = cli({QStringLiteral("workspace"), QStringLiteral("passwd"),
                                QStringLiteral("--kdf"), QStringLiteral("interactive")},
                               env);
        QCOMPARE(run.exitCode, kBusy);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains(QByteArray::number(QCoreApplication::applicationPid())),
                 run.err.constData());
        // Ordinary work goes on side by side, and the passphrase is unchanged.
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("check")}).exitCode, 0);
        QVERIFY((*holder)->verifyPassphrase("demo"));
    }

    void tamperingIsFound()
    {
        {
            auto ws = fw::store::Workspace::open(m_ws, "demo");
            QVERIFY(ws.ok());
            auto db = (*ws)->requireDatabase();
            QVERIFY(db.ok());
            // Someone with the key edits a record behind the signatures' back.
            QVERIFY((*db)->exec("DROP TRIGGER records_content_immutable").ok());
            QVERIFY((*db)
                        ->exec("UPDATE records SET content = content || ' ' WHERE id = (SELECT "
                               "min(id) FROM records)")
                        .ok());
        }
        const CliRun run = cli({QStringLiteral("workspace"), QStringLiteral("check")});
        QCOMPARE(run.exitCode, kCorrupt);
        QVERIFY2(run.out.contains("does not verify"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(CliWorkspaceCheckTest)
#include "CliWorkspaceCheckTest.moc"
