// Workspace folder: create, open, wrong passphrase leaves files untouched, lock/unlock, re-key,
// damaged headers, leftovers of interrupted re-keys.
#include "TestSupport.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::store;

namespace {
void putValue(Workspace& ws, const QString& value)
{
    auto db = ws.requireDatabase();
    QVERIFY(db.ok());
    auto st = (*db)->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('probe', ?1)");
    QVERIFY(st->bind(1, value).run().ok());
}

QString getValue(Workspace& ws)
{
    auto db = ws.requireDatabase();
    if (!db)
        return db.error().message;
    auto st = (*db)->prepare("SELECT value FROM meta WHERE key = 'probe'");
    return *st->step() ? st->text(0) : QString();
}
} // namespace

class WorkspaceTest : public QObject
{
    Q_OBJECT
private slots:
    void createThenOpen()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("ws");
        {
            auto ws = Workspace::create(dir, "correct horse", test::fastOptions());
            QVERIFY2(ws.ok(), qPrintable(ws.error().message));
            QVERIFY(!(*ws)->isLocked());
            QCOMPARE((*ws)->name(), QStringLiteral("ws"));
            putValue(**ws, "kept");
        }
        QVERIFY(Workspace::isWorkspace(dir));
        QVERIFY(QFile::exists(dir + "/workspace.json"));
        QVERIFY(QFile::exists(dir + "/workspace-1.db"));
        auto ws = Workspace::open(dir, "correct horse");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE(getValue(**ws), QStringLiteral("kept"));
    }
    void createRefusesExistingWorkspaceAndEmptyPassphrase()
    {
        QTemporaryDir tmp;
        QVERIFY(Workspace::create(tmp.path(), "a", test::fastOptions()).ok());
        QCOMPARE(Workspace::create(tmp.path(), "b", test::fastOptions()).error().code,
                 ErrorCode::AlreadyExists);
        QCOMPARE(Workspace::create(tmp.filePath("x"), "", test::fastOptions()).error().code,
                 ErrorCode::InvalidArgument);
    }
    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir tmp;
        {
            QVERIFY(Workspace::create(tmp.path(), "right", test::fastOptions()).ok());
        }
        const auto before = test::fingerprint(tmp.path());
        auto ws = Workspace::open(tmp.path(), "wrong");
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!ws.error().message.isEmpty());
        QCOMPARE(test::fingerprint(tmp.path()), before);
    }
    // Each database generation has its search index beside it; opening removes the indexes of
    // generations that are gone (left by a kill between an old generation's two removals).
    void openingRemovesOtherGenerationsSearchIndexes()
    {
        QTemporaryDir tmp;
        {
            QVERIFY(Workspace::create(tmp.path(), "pass", test::fastOptions()).ok());
        }
        QVERIFY(QFile::exists(tmp.filePath("search-workspace-1.db")));
        for (const char* name : {"search-workspace-7.db", "search-workspace-7.db-wal"}) {
            QFile stale(tmp.filePath(QLatin1String(name)));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("left behind");
        }
        auto ws = Workspace::open(tmp.path(), "pass");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QVERIFY(!QFile::exists(tmp.filePath("search-workspace-7.db")));
        QVERIFY(!QFile::exists(tmp.filePath("search-workspace-7.db-wal")));
        QVERIFY(QFile::exists(tmp.filePath("search-workspace-1.db")));
    }
    void notAWorkspace()
    {
        QTemporaryDir tmp;
        QCOMPARE(Workspace::open(tmp.path(), "x").error().code, ErrorCode::NotFound);
    }
    void damagedHeaderIsCorrupt_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("not json") << QByteArray("{{{");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other format") << QByteArray(R"({"format":"other","version":1})");
        QTest::newRow("path escape") << QByteArray("PATCH:database=../../etc/passwd");
        QTest::newRow("short key check") << QByteArray("PATCH:keyCheck=AAAA");
    }
    void damagedHeaderIsCorrupt()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir tmp;
        {
            QVERIFY(Workspace::create(tmp.path(), "p", test::fastOptions()).ok());
        }
        QFile header(tmp.filePath("workspace.json"));
        if (contents.startsWith("PATCH:")) {
            QVERIFY(header.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(header.readAll()).object();
            header.close();
            const QList<QByteArray> kv = contents.mid(6).split('=');
            o[QString::fromLatin1(kv[0])] = QString::fromLatin1(kv[1]);
            contents = QJsonDocument(o).toJson();
        }
        QVERIFY(header.open(QIODevice::WriteOnly | QIODevice::Truncate));
        header.write(contents);
        header.close();
        auto ws = Workspace::open(tmp.path(), "p");
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::Corrupt);
    }
    void newerFormatIsUnsupported()
    {
        QTemporaryDir tmp;
        {
            QVERIFY(Workspace::create(tmp.path(), "p", test::fastOptions()).ok());
        }
        QFile header(tmp.filePath("workspace.json"));
        QVERIFY(header.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(header.readAll()).object();
        header.close();
        o["version"] = 99;
        QVERIFY(header.open(QIODevice::WriteOnly | QIODevice::Truncate));
        header.write(QJsonDocument(o).toJson());
        header.close();
        QCOMPARE(Workspace::open(tmp.path(), "p").error().code, ErrorCode::Unsupported);
    }
    void lockWipesAccessUntilUnlock()
    {
        QTemporaryDir tmp;
        auto ws = Workspace::create(tmp.path(), "p", test::fastOptions());
        putValue(**ws, "v");
        (*ws)->lock();
        QVERIFY((*ws)->isLocked());
        QCOMPARE((*ws)->requireDatabase().error().code, ErrorCode::Locked);
        QCOMPARE((*ws)->unlock("nope").error().code, ErrorCode::WrongPassphrase);
        QVERIFY((*ws)->isLocked());
        QVERIFY((*ws)->unlock("p").ok());
        QCOMPARE(getValue(**ws), QStringLiteral("v"));
    }
    void verifyPassphrase()
    {
        QTemporaryDir tmp;
        auto ws = Workspace::create(tmp.path(), "p", test::fastOptions());
        QVERIFY((*ws)->verifyPassphrase("p"));
        QVERIFY(!(*ws)->verifyPassphrase("P"));
    }
    void changePassphrase()
    {
        QTemporaryDir tmp;
        {
            auto ws = Workspace::create(tmp.path(), "old", test::fastOptions());
            putValue(**ws, "survives");
            QVERIFY((*ws)->changePassphrase("new", crypto::KdfParams::interactive()).ok());
            QCOMPARE(getValue(**ws), QStringLiteral("survives")); // usable right away
            QCOMPARE((*ws)->header().databaseFile, QStringLiteral("workspace-2.db"));
        }
        QVERIFY(!QFile::exists(tmp.filePath("workspace-1.db")));
        QCOMPARE(Workspace::open(tmp.path(), "old").error().code, ErrorCode::WrongPassphrase);
        auto ws = Workspace::open(tmp.path(), "new");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE(getValue(**ws), QStringLiteral("survives"));
        QCOMPARE((*ws)->changePassphrase("", crypto::KdfParams::interactive()).error().code,
                 ErrorCode::InvalidArgument);
    }
    void oldOneKibPageWorkspacesOpenAndMoveToTodaysPageSizeOnRekey()
    {
        // Headers written before cipherPageSize existed describe SQLCipher 3's 1 KiB pages.
        QTemporaryDir tmp;
        CreateOptions legacy = test::fastOptions();
        legacy.cipherPageSize = WorkspaceHeader::kLegacyCipherPageSize;
        {
            auto ws = Workspace::create(tmp.path(), "old", legacy);
            QVERIFY(ws.ok());
            putValue(**ws, "from 1 KiB pages");
        }
        QFile headerFile(tmp.filePath("workspace.json"));
        QVERIFY(headerFile.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(headerFile.readAll()).object();
        headerFile.close();
        o.remove("cipherPageSize");
        QVERIFY(headerFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        headerFile.write(QJsonDocument(o).toJson());
        headerFile.close();

        auto ws = Workspace::open(tmp.path(), "old");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE((*ws)->header().cipherPageSize, 1024);
        QCOMPARE(getValue(**ws), QStringLiteral("from 1 KiB pages"));
        QVERIFY((*ws)->changePassphrase("new", crypto::KdfParams::interactive()).ok());
        QCOMPARE((*ws)->header().cipherPageSize, Database::kCipherPageSize);
        QCOMPARE(Database::kCipherPageSize, 16384);
        QCOMPARE(getValue(**ws), QStringLiteral("from 1 KiB pages"));
        ws->reset();
        auto reopened = Workspace::open(tmp.path(), "new");
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        QCOMPARE(getValue(**reopened), QStringLiteral("from 1 KiB pages"));
    }

    void interruptedRekeyBeforeSwitchKeepsOldPassphrase()
    {
        // State left by a crash after the new database was written but before the header switch.
        QTemporaryDir tmp;
        {
            auto ws = Workspace::create(tmp.path(), "old", test::fastOptions());
            putValue(**ws, "v");
            QByteArray raw(crypto::kKeyBytes, 'x');
            QVERIFY((*(*ws)->requireDatabase())
                        ->exportEncryptedCopy(tmp.filePath("workspace-2.db"),
                                              crypto::SecureBytes::takeFrom(raw))
                        .ok());
        }
        auto ws = Workspace::open(tmp.path(), "old");
        QVERIFY(ws.ok());
        QCOMPARE(getValue(**ws), QStringLiteral("v"));
        QVERIFY(!QFile::exists(tmp.filePath("workspace-2.db"))); // the orphan is cleaned up
    }
};

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "workspace_test.moc"
