// Kills a process in the middle of passphrase changes, many times at different moments, and checks
// that after each kill exactly one of the two passphrases opens the workspace with its data intact.
#include "TestSupport.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace fw;
using namespace fw::store;

namespace {
const QByteArray kA = "passphrase A";
const QByteArray kB = "passphrase B";

// The cheapest Argon2id libsodium allows: the re-key's file work, not the KDF, should fill the time
// between kills, so the kills land in every phase of it.
crypto::KdfParams cheapKdf()
{
    crypto::KdfParams p = crypto::KdfParams::interactive();
    p.opsLimit = 1;
    p.memLimitBytes = 64 * 1024;
    return p;
}

QString probe(Workspace& ws)
{
    auto db = ws.requireDatabase();
    if (!db)
        return db.error().message;
    auto st = (*db)->prepare("SELECT value FROM meta WHERE key = 'probe'");
    return *st->step() ? st->text(0) : QString();
}

// Child mode: flip the passphrase A -> B -> A ... until killed, announcing each completed switch.
int runChild(const QString& dir)
{
    auto ws = Workspace::open(dir, kA);
    QByteArray current = kA;
    if (!ws) {
        ws = Workspace::open(dir, kB);
        current = kB;
    }
    if (!ws)
        return 3;
    std::puts("ready");
    std::fflush(stdout);
    for (;;) {
        const QByteArray next = current == kA ? kB : kA;
        if (!(*ws)->changePassphrase(next, cheapKdf()))
            return 4;
        current = next;
        std::puts("switched");
        std::fflush(stdout);
    }
}
} // namespace

class RekeyCrashTest : public QObject
{
    Q_OBJECT
private slots:
    void killDuringRekeyLeavesOneWorkingPassphrase()
    {
        QTemporaryDir tmp;
        {
            store::CreateOptions options;
            options.kdf = cheapKdf();
            auto ws = Workspace::create(tmp.path(), kA, options);
            QVERIFY(ws.ok());
            auto db = (*ws)->requireDatabase();
            QVERIFY(db.ok());
            auto st = (*db)->prepare("INSERT INTO meta(key, value) VALUES('probe', 'intact')");
            QVERIFY(st->run().ok());
        }
        // Kill at many different delays so the kill lands in every phase of the re-key.
        int switches = 0;
        for (int round = 0; round < 16; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {"--child", tmp.path()});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(30000));
            QTest::qWait(5 + round * 31);
            // The child must still be busy re-keying: one that failed and exited proves nothing.
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(QString("child exited with %1").arg(child.exitCode())));
            child.kill();
            child.waitForFinished();
            switches += int(child.readAllStandardOutput().count("switched"));

            auto a = Workspace::open(tmp.path(), kA);
            auto b = Workspace::open(tmp.path(), kB);
            QVERIFY2(a.ok() != b.ok(), qPrintable(QString("round %1: A %2, B %3").arg(round)
                                                      .arg(a.ok() ? "opens" : a.error().message,
                                                           b.ok() ? "opens" : b.error().message)));
            QCOMPARE(probe(a.ok() ? **a : **b), QStringLiteral("intact"));
        }
        QVERIFY2(switches > 0, "no re-key completed in any round");
        qInfo("%d passphrase changes completed across the kills", switches);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--child")
        return runChild(QString::fromLocal8Bit(argv[2]));
    RekeyCrashTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "rekey_crash_test.moc"
