// Kills an import process (SIGKILL) in the middle of its transaction, several times at different
// points, and checks that the workspace passes PRAGMA integrity_check with the datanet unchanged.
#include "DatanetTestSupport.h"

#include "store/Database.h"

#include <QProcess>

using namespace fw;
using namespace fw::datanet;

namespace {
const QByteArray kPassphrase = "test passphrase";

struct Snapshot
{
    qint64 records = 0;
    qint64 contributions = 0;
    qint64 pending = 0;
    bool operator==(const Snapshot& o) const
    {
        return records == o.records && contributions == o.contributions && pending == o.pending;
    }
};

Snapshot snapshot(store::Workspace& ws, qint64 datanetId)
{
    DatanetService s(ws);
    return {s.counts(datanetId)->records, qint64(s.contributions(datanetId)->size()), s.counts(datanetId)->pending};
}

QString integrity(store::Workspace& ws)
{
    auto db = ws.requireDatabase();
    if (!db)
        return db.error().message;
    auto st = (*db)->prepare("PRAGMA integrity_check");
    return st && *st->step() ? st->text(0) : QString("no answer");
}
} // namespace

class DatanetCrashTest : public QObject
{
    Q_OBJECT
private slots:
    void killMidImportLeavesDatanetUnchanged()
    {
        test::DatanetFixture f(1);
        const Datanet d = f.makeDatanet("crash", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "base.jsonl", test::alpacaLines(100)).ok());
        const Snapshot before = snapshot(*f.ws, d.id);
        QCOMPARE(before.records, 100);
        const QString big = f.writeFile("big.jsonl", test::alpacaLines(150000, 1000));
        const QString wsDir = f.ws->directory();
        f.ws.reset(); // the child owns the database while it runs

        // Kill after the 1st, 3rd and 6th progress report: early, middle and later in the transaction.
        for (int reports : {1, 3, 6}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(FW_IMPORT_CHILD, {wsDir, QString::fromLatin1(kPassphrase), big});
            QVERIFY(child.waitForStarted());
            int seen = 0;
            while (seen < reports) {
                QVERIFY2(child.waitForReadyRead(120000), "the import child stopped reporting");
                while (child.canReadLine())
                    if (child.readLine().startsWith("progress"))
                        ++seen;
            }
            QCOMPARE(child.state(), QProcess::Running);
            child.kill(); // SIGKILL: no destructors, no rollback, no cleanup
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            auto ws = store::Workspace::open(wsDir, kPassphrase);
            QVERIFY2(ws.ok(), qPrintable(ws.error().message));
            QCOMPARE(integrity(**ws), QString("ok"));
            QVERIFY(snapshot(**ws, d.id) == before);
            QVERIFY(DatanetService(**ws).verifyContribution(DatanetService(**ws).contributions(d.id)->first().id).ok());
        }

        // And the workspace still takes an import afterwards.
        auto ws = store::Workspace::open(wsDir, kPassphrase);
        QVERIFY(ws.ok());
        ImportOptions o;
        o.identityId = f.people[0].id;
        Result<ImportReport> r = DatanetImporter(**ws).importFile(d.id, f.writeFile("small.jsonl", test::alpacaLines(10, 500000)), o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(snapshot(**ws, d.id).records, 110);
    }
};

QTEST_GUILESS_MAIN(DatanetCrashTest)
#include "datanet_crash_test.moc"
