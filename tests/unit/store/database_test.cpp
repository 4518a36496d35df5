// SQLCipher connection: encryption is verified at open, plaintext files are refused, nothing
// written lands on disk in the clear, statements and transactions behave.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace fw;
using namespace fw::store;

namespace {
crypto::SecureBytes testKey(char fill)
{
    QByteArray raw(crypto::kKeyBytes, fill);
    return crypto::SecureBytes::takeFrom(raw);
}
} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT
private slots:
    void cipherIsActive()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey('k'), Database::Mode::Create);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(!(*db)->cipherVersion().isEmpty());
        QVERIFY((*db)->exec("CREATE TABLE t(x)").ok());
        db->reset();
        QVERIFY(!isPlaintextSqliteFile(dir.filePath("a.db")));
    }
    void plaintextDatabaseIsRefused()
    {
        // A file written by plain SQLite (no key) must never be opened as a workspace.
        QTemporaryDir dir;
        const QString path = dir.filePath("plain.db");
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES('secret');", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        QVERIFY(isPlaintextSqliteFile(path));
        auto db = Database::open(path, testKey('k'), Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotEncrypted);
    }
    void wrongKeyIsReported()
    {
        QTemporaryDir dir;
        {
            auto db = Database::open(dir.filePath("a.db"), testKey('k'), Database::Mode::Create);
            QVERIFY((*db)->exec("CREATE TABLE t(x)").ok());
        }
        auto db = Database::open(dir.filePath("a.db"), testKey('z'), Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::WrongPassphrase);
    }
    void missingFileIsNotFound()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("none.db"), testKey('k'), Database::Mode::OpenExisting);
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(dir.filePath("none.db")));
    }
    void writtenTextNeverAppearsOnDisk()
    {
        QTemporaryDir dir;
        const QByteArray marker = "FLYWHEEL-PLAINTEXT-MARKER-7f3a9c";
        auto db = Database::open(dir.filePath("a.db"), testKey('k'), Database::Mode::Create);
        QVERIFY((*db)->exec("CREATE TABLE records(text TEXT)").ok());
        auto st = (*db)->prepare("INSERT INTO records VALUES(?1)");
        for (int i = 0; i < 200; ++i) {
            QVERIFY(st->bind(1, QString::fromLatin1(marker) + QString::number(i)).run().ok());
            st->reset();
        }
        // Both while open (WAL on disk) and after close.
        QVERIFY2(test::filesContaining(dir.path(), marker).isEmpty(),
                 qPrintable(test::filesContaining(dir.path(), marker).join(", ")));
        db->reset();
        QVERIFY(test::filesContaining(dir.path(), marker).isEmpty());
        QVERIFY(test::filesContaining(dir.path(), "records").isEmpty()); // schema is encrypted too
    }
    void statementsBindAndRead()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey('k'), Database::Mode::Create);
        QVERIFY((*db)->exec("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n)").ok());
        auto ins = (*db)->prepare("INSERT INTO t VALUES(?1, ?2, ?3, ?4, ?5)");
        QVERIFY(ins.ok());
        QVERIFY(ins->bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, QString::fromUtf8("héllo ✓"))
                    .bind(4, QByteArray("\x00\x01\x02", 3)).bindNull(5).run().ok());
        auto sel = (*db)->prepare("SELECT i, r, s, b, n FROM t");
        QVERIFY(*sel->step());
        QCOMPARE(sel->int64(0), qint64(1) << 40);
        QCOMPARE(sel->real(1), 2.5);
        QCOMPARE(sel->text(2), QString::fromUtf8("héllo ✓"));
        QCOMPARE(sel->blob(3), QByteArray("\x00\x01\x02", 3));
        QVERIFY(sel->isNull(4));
        QVERIFY(!*sel->step());
    }
    // A bulk writer binds its buffers without SQLite's copy: what is stored is what was bound at
    // run(), a zero-length blob stays a blob, and binding again replaces the borrowed buffer.
    void borrowedBindsStoreTheBytesOfTheRun()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey('k'), Database::Mode::Create);
        QVERIFY((*db)->exec("CREATE TABLE t(s TEXT, b BLOB)").ok());
        auto ins = (*db)->prepare("INSERT INTO t VALUES(?1, ?2)");
        QVERIFY(ins.ok());
        for (int i = 0; i < 3; ++i) {
            const QByteArray text = QString::fromUtf8("row %1 ✓").arg(i).toUtf8();
            const QByteArray bytes = i == 2 ? QByteArray() : QByteArray(4 + i, char('a' + i));
            ins->reset();
            QVERIFY(ins->bindBorrowedUtf8(1, text).bindBorrowedBlob(2, bytes).run().ok());
        }
        auto sel = (*db)->prepare("SELECT s, b, typeof(b) FROM t ORDER BY rowid");
        for (int i = 0; i < 3; ++i) {
            QVERIFY(*sel->step());
            QCOMPARE(sel->text(0), QString::fromUtf8("row %1 ✓").arg(i));
            QCOMPARE(sel->blob(1), i == 2 ? QByteArray() : QByteArray(4 + i, char('a' + i)));
            QCOMPARE(sel->text(2), QStringLiteral("blob"));
        }
    }
    void badSqlIsAnError()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey('k'), Database::Mode::Create);
        auto st = (*db)->prepare("SELEC nonsense");
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains("syntax"));
        QVERIFY(!(*db)->exec("INSERT INTO missing VALUES(1)").ok());
    }
    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey('k'), Database::Mode::Create);
        QVERIFY((*db)->exec("CREATE TABLE t(x)").ok());
        {
            Transaction tx(**db);
            QVERIFY(tx.began().ok());
            QVERIFY((*db)->exec("INSERT INTO t VALUES(1)").ok());
        } // no commit
        {
            Transaction tx(**db);
            QVERIFY((*db)->exec("INSERT INTO t VALUES(2)").ok());
            QVERIFY(tx.commit().ok());
        }
        auto st = (*db)->prepare("SELECT group_concat(x) FROM t");
        QVERIFY(*st->step());
        QCOMPARE(st->text(0), QStringLiteral("2"));
    }
    void exportedCopyUsesTheNewKey()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey('k'), Database::Mode::Create);
        QVERIFY((*db)->exec("CREATE TABLE t(x); INSERT INTO t VALUES('v'); PRAGMA user_version = 7;").ok());
        QVERIFY((*db)->exportEncryptedCopy(dir.filePath("b.db"), testKey('n')).ok());
        QVERIFY(!Database::open(dir.filePath("b.db"), testKey('k'), Database::Mode::OpenExisting).ok());
        auto copy = Database::open(dir.filePath("b.db"), testKey('n'), Database::Mode::OpenExisting);
        QVERIFY(copy.ok());
        QCOMPARE(*(*copy)->userVersion(), 7);
        auto st = (*copy)->prepare("SELECT x FROM t");
        QVERIFY(*st->step());
        QCOMPARE(st->text(0), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "database_test.moc"
