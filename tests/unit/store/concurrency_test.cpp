// Many threads on one workspace: each has its own connection, so one thread's transaction never
// swallows, rolls back or blocks another's writes; readers never wait for a writer; a re-key waits
// for jobs and jobs wait for the re-key; locking under a running job is safe. Runs under TSan too.
#include "store/Transaction.h"
#include "unit/store/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace fw;
using namespace fw::store;

namespace {

constexpr const char* kTable =
    "CREATE TABLE IF NOT EXISTS probe(id INTEGER PRIMARY KEY, who TEXT NOT NULL, "
    "n INTEGER NOT NULL)";

Status insertProbe(Workspace& ws, const QString& who, qint64 n, qint64* rowId = nullptr)
{
    Result<Connection> db = ws.requireDatabase();
    if (!db)
        return db.error();
    Result<Statement> st = (*db)->prepare(QStringLiteral("INSERT INTO probe(who, n) VALUES(?, ?)"));
    if (!st)
        return st.error();
    if (Status s = st->bind(1, who).bind(2, n).run(); !s)
        return s;
    if (rowId)
        *rowId = (*db)->lastInsertRowId();
    return {};
}

qint64 countProbes(Workspace& ws, const QString& who)
{
    Result<Connection> db = ws.requireDatabase();
    if (!db)
        return -1;
    Result<Statement> st =
        (*db)->prepare(QStringLiteral("SELECT count(*) FROM probe WHERE who = ?"));
    if (!st)
        return -1;
    st->bind(1, who);
    Result<bool> row = st->step();
    return row && *row ? st->int64(0) : -1;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;

    Fixture()
    {
        auto created = Workspace::create(dir.filePath("ws"), "pass", test::fastOptions());
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        ws = std::move(*created);
        Result<Connection> db = ws->requireDatabase();
        if (!db || !(*db)->exec(QString::fromLatin1(kTable)))
            qFatal("cannot create the probe table");
    }
};

} // namespace

class ConcurrencyTest : public QObject
{
    Q_OBJECT
private slots:
    void eachThreadHasItsOwnTransaction()
    {
        // Before: one shared connection. The worker's BEGIN failed ("cannot start a transaction
        // within a transaction") and its plain writes joined the other transaction and were rolled
        // back with it.
        Fixture f;
        std::atomic_bool inTransaction{false};
        std::atomic_bool release{false};
        std::thread holder([&] {
            Result<Connection> db = f.ws->requireDatabase();
            QVERIFY(db.ok());
            Transaction tx(**db);
            QVERIFY(tx.began().ok());
            QVERIFY(insertProbe(*f.ws, "rolled-back", 1).ok());
            inTransaction = true;
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            // No commit: everything of this transaction, and only of it, goes.
        });
        while (!inTransaction)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::thread writer([&] {
            for (int i = 0; i < 20; ++i) {
                Result<Connection> db = f.ws->requireDatabase();
                QVERIFY(db.ok());
                Transaction tx(**db); // waits for the holder's write lock instead of failing
                QVERIFY2(tx.began().ok(), qPrintable(tx.began().error().message));
                QVERIFY(insertProbe(*f.ws, "worker", i).ok());
                QVERIFY(tx.commit().ok());
            }
        });
        // Readers are not blocked by the writer holding the lock.
        QCOMPARE(countProbes(*f.ws, "worker"), 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        release = true;
        holder.join();
        writer.join();
        QCOMPARE(countProbes(*f.ws, "rolled-back"), 0);
        QCOMPARE(countProbes(*f.ws, "worker"), 20);
    }

    void rowIdsAreReadOnTheInsertingConnection()
    {
        // Before: lastInsertRowId() could answer another thread's insert.
        Fixture f;
        std::atomic_int wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                const QString who = QStringLiteral("t%1").arg(t);
                for (int i = 0; i < 200; ++i) {
                    qint64 id = 0;
                    if (!insertProbe(*f.ws, who, i, &id).ok()) {
                        ++wrong;
                        continue;
                    }
                    Result<Connection> db = f.ws->requireDatabase();
                    auto st =
                        (*db)->prepare(QStringLiteral("SELECT who, n FROM probe WHERE id = ?"));
                    st->bind(1, id);
                    if (!*st->step() || st->text(0) != who || st->int64(1) != i)
                        ++wrong;
                }
            });
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
        for (int t = 0; t < 4; ++t)
            QCOMPARE(countProbes(*f.ws, QStringLiteral("t%1").arg(t)), 200);
    }

    void nestedCallsShareTheCallersTransaction()
    {
        Fixture f;
        Result<Connection> outer = f.ws->requireDatabase();
        QVERIFY(outer.ok());
        {
            Transaction tx(**outer);
            QVERIFY(tx.began().ok());
            QVERIFY(insertProbe(*f.ws, "nested", 1).ok()); // a nested lease: same connection
            QCOMPARE(countProbes(*f.ws, "nested"), 1);
        } // rolled back, the nested write with it
        QCOMPARE(countProbes(*f.ws, "nested"), 0);
        QCOMPARE(f.ws->requireDatabase().ok(), true);
    }

    void connectionsAreReusedAcrossShortLivedThreads()
    {
        Fixture f;
        for (int round = 0; round < 20; ++round) {
            std::thread t([&] { QVERIFY(insertProbe(*f.ws, "short", round).ok()); });
            t.join();
        }
        QCOMPARE(countProbes(*f.ws, "short"), 20);
    }

    void passphraseChangeWhileAJobWrites()
    {
        // Before: the re-key reset the connection under the worker and deleted its files.
        Fixture f;
        std::atomic_bool stop{false};
        std::atomic_int failures{0};
        std::atomic_int written{0};
        std::thread job([&] {
            for (int i = 0; i < 5000 && !stop; ++i) {
                if (insertProbe(*f.ws, "job", i).ok())
                    ++written;
                else
                    ++failures;
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
        });
        while (written < 20)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        Status changed = f.ws->changePassphrase("new", crypto::KdfParams::interactive());
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        while (written < 60)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        stop = true;
        job.join();
        QCOMPARE(failures.load(), 0);
        const qint64 expected = written;
        f.ws.reset();
        auto reopened = Workspace::open(f.dir.filePath("ws"), "new");
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        QCOMPARE(countProbes(**reopened, "job"), expected);
        QCOMPARE(QDir(f.dir.filePath("ws")).entryList({"workspace-*.db"}, QDir::Files).size(), 1);
    }

    void passphraseChangeRefusedWhileAJobHoldsItsConnection()
    {
        Fixture f;
        std::atomic_bool holding{false};
        std::atomic_bool release{false};
        std::thread job([&] {
            Result<Connection> db = f.ws->requireDatabase();
            Transaction tx(**db);
            holding = true;
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            QVERIFY(insertProbe(*f.ws, "held", 1).ok());
            QVERIFY(tx.commit().ok());
        });
        while (!holding)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        Status changed = f.ws->changePassphrase("new", crypto::KdfParams::interactive());
        release = true;
        job.join();
        QCOMPARE(changed.error().code, ErrorCode::Busy);
        QVERIFY(changed.error().message.contains("job"));
        QCOMPARE(countProbes(*f.ws, "held"), 1); // the job lost nothing
        QVERIFY(f.ws->verifyPassphrase("pass"));
    }

    void lockingWhileAJobRunsIsSafe()
    {
        Fixture f;
        std::atomic_bool started{false};
        std::atomic_int lockedErrors{0};
        std::atomic_int otherErrors{0};
        std::thread job([&] {
            for (int i = 0; i < 2000; ++i) {
                Status s = insertProbe(*f.ws, "job", i);
                started = true;
                if (!s) {
                    (s.error().code == ErrorCode::Locked ? lockedErrors : otherErrors)++;
                    break;
                }
            }
        });
        while (!started)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        f.ws->lock();
        job.join();
        QCOMPARE(otherErrors.load(), 0);
        QVERIFY(f.ws->isLocked());
        QVERIFY(f.ws->unlock("pass").ok());
        QVERIFY(countProbes(*f.ws, "job") > 0);
    }
};

QTEST_GUILESS_MAIN(ConcurrencyTest)
#include "concurrency_test.moc"
