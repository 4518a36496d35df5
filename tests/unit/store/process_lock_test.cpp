// Several processes on one workspace: ordinary work side by side, a re-key refused (naming the
// other process) while another process has the workspace open, and no stale lock after a kill -9.
#include "unit/store/TestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace fw;
using namespace fw::store;

namespace {

Status writeProbe(Workspace& ws, const QString& value)
{
    Result<Connection> db = ws.requireDatabase();
    if (!db)
        return db.error();
    Result<Statement> st =
        (*db)->prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    if (!st)
        return st.error();
    return st->bind(1, value).bind(2, value).run();
}

// Child mode: open the workspace, write a row, say so, then hold it open until killed or stdin
// closes.
int runChild(const QString& dir)
{
    auto ws = Workspace::open(dir, "pass");
    if (!ws)
        return 3;
    if (!writeProbe(**ws, QStringLiteral("child")))
        return 4;
    std::puts("ready");
    std::fflush(stdout);
    char buffer[16];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
    }
    return 0;
}

bool startHolder(QProcess& child, const QString& dir)
{
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir});
    return child.waitForStarted() && child.waitForReadyRead(30000) &&
           child.readAll().contains("ready");
}

} // namespace

class ProcessLockTest : public QObject
{
    Q_OBJECT
private slots:
    void twoProcessesWorkSideBySide()
    {
        QTemporaryDir tmp;
        QVERIFY(Workspace::create(tmp.path(), "pass", test::fastOptions()).ok());
        auto ws = Workspace::open(tmp.path(), "pass");
        QVERIFY(ws.ok());
        QProcess child;
        QVERIFY(startHolder(child, tmp.path()));
        QVERIFY(writeProbe(**ws, QStringLiteral("parent")).ok());
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
    }

    void rekeyRefusedWhileAnotherProcessHoldsTheWorkspace()
    {
        // Before: `workspace passwd` replaced the database file under the other process.
        QTemporaryDir tmp;
        QVERIFY(Workspace::create(tmp.path(), "pass", test::fastOptions()).ok());
        QProcess child;
        QVERIFY(startHolder(child, tmp.path()));
        auto ws = Workspace::open(tmp.path(), "pass");
        QVERIFY(ws.ok());
        Status refused = (*ws)->changePassphrase("new", crypto::KdfParams::interactive());
        QCOMPARE(refused.error().code, ErrorCode::Busy);
        // The message names the holder, so a person knows what to close.
        QVERIFY2(refused.error().message.contains(QStringLiteral("pid %1").arg(child.processId())),
                 qPrintable(refused.error().message));
        QVERIFY((*ws)->verifyPassphrase("pass"));
        QVERIFY(writeProbe(**ws, QStringLiteral("still-works")).ok()); // the shared hold was kept

        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(30000));
        Status changed = (*ws)->changePassphrase("new", crypto::KdfParams::interactive());
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
    }

    void aKilledHolderLeavesNoStaleLock()
    {
        QTemporaryDir tmp;
        QVERIFY(Workspace::create(tmp.path(), "pass", test::fastOptions()).ok());
        QProcess child;
        QVERIFY(startHolder(child, tmp.path()));
        child.kill(); // SIGKILL: no destructor runs, the kernel drops the lock
        QVERIFY(child.waitForFinished(30000));
        auto ws = Workspace::open(tmp.path(), "pass");
        QVERIFY(ws.ok());
        Status changed = (*ws)->changePassphrase("new", crypto::KdfParams::interactive());
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        QVERIFY(WorkspaceLock::otherHolders(tmp.path()).isEmpty());
    }

    void anotherSessionInThisProcessAlsoBlocksARekey()
    {
        QTemporaryDir tmp;
        QVERIFY(Workspace::create(tmp.path(), "pass", test::fastOptions()).ok());
        auto first = Workspace::open(tmp.path(), "pass");
        auto second = Workspace::open(tmp.path(), "pass");
        QVERIFY(first.ok() && second.ok());
        Status refused = (*first)->changePassphrase("new", crypto::KdfParams::interactive());
        QCOMPARE(refused.error().code, ErrorCode::Busy);
        second->reset();
        QVERIFY((*first)->changePassphrase("new", crypto::KdfParams::interactive()).ok());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--child")
        return runChild(QString::fromLocal8Bit(argv[2]));
    ProcessLockTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "process_lock_test.moc"
