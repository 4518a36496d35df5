// Migrations: forward-only, each atomic, older workspaces upgrade, newer ones are refused.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::store;

namespace {
crypto::SecureBytes testKey()
{
    QByteArray raw(crypto::kKeyBytes, 'm');
    return crypto::SecureBytes::takeFrom(raw);
}

bool tableExists(Database& db, const QString& name)
{
    auto st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    st->bind(1, name);
    return *st->step();
}
} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT
private slots:
    void versionsAreConsecutive()
    {
        int expected = 1;
        for (const Migration& m : workspaceMigrations())
            QCOMPARE(m.version, expected++);
        QCOMPARE(latestSchemaVersion(), expected - 1);
    }
    void appliesUpToTarget()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey(), Database::Mode::Create);
        QVERIFY(migrate(**db, workspaceMigrations(), 1).ok());
        QCOMPARE(*(*db)->userVersion(), 1);
        QVERIFY(tableExists(**db, "identities"));
        QVERIFY(!tableExists(**db, "activity"));
        QVERIFY(migrate(**db, workspaceMigrations()).ok());
        QCOMPARE(*(*db)->userVersion(), latestSchemaVersion());
        QVERIFY(tableExists(**db, "activity"));
        // Running again is a no-op.
        QVERIFY(migrate(**db, workspaceMigrations()).ok());
    }
    void failingMigrationLeavesPreviousVersion()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey(), Database::Mode::Create);
        const std::vector<Migration> list = {
            {1, "good", "CREATE TABLE a(x);"},
            {2, "bad halfway", "CREATE TABLE b(x); INSERT INTO nowhere VALUES(1);"},
        };
        Status s = migrate(**db, list);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains("bad halfway"));
        QCOMPARE(*(*db)->userVersion(), 1);
        QVERIFY(tableExists(**db, "a"));
        QVERIFY(!tableExists(**db, "b")); // rolled back with its version bump
    }
    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"), testKey(), Database::Mode::Create);
        QVERIFY((*db)->setUserVersion(latestSchemaVersion() + 1).ok());
        Status s = migrate(**db, workspaceMigrations());
        QCOMPARE(s.error().code, ErrorCode::Unsupported);
    }
    void workspaceWithOlderSchemaOpensAndUpgrades()
    {
        QTemporaryDir dir;
        {
            auto ws = Workspace::create(dir.path(), "pass phrase", test::fastOptions(1));
            QVERIFY2(ws.ok(), qPrintable(ws.error().message));
            auto connection = (*ws)->requireDatabase();
            QVERIFY(connection.ok());
            auto& db = **connection;
            QCOMPARE(*db.userVersion(), 1);
            QVERIFY(db.exec("INSERT INTO identities(name, address, public_key, entropy, is_default, created_at) "
                            "VALUES('old', 'fw1old', x'00', x'00', 1, 0)").ok());
        }
        auto ws = Workspace::open(dir.path(), "pass phrase");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        auto connection = (*ws)->requireDatabase();
        QVERIFY(connection.ok());
        auto& db = **connection;
        QCOMPARE(*db.userVersion(), latestSchemaVersion());
        QVERIFY(tableExists(db, "activity"));
        auto st = db.prepare("SELECT name FROM identities");
        QVERIFY(*st->step());
        QCOMPARE(st->text(0), QStringLiteral("old"));
    }
    // Migrations 7 and 8: signed version statements, external identities and record signatures,
    // arriving on a workspace of version 6 with an identity of its own.
    void statementsAndExternalIdentitiesArriveInPlace()
    {
        QTemporaryDir dir;
        {
            auto ws = Workspace::create(dir.path(), "pass phrase", test::fastOptions(6));
            QVERIFY2(ws.ok(), qPrintable(ws.error().message));
            auto connection = (*ws)->requireDatabase();
            QVERIFY(connection.ok());
            QVERIFY(!tableExists(**connection, "version_statements"));
            QVERIFY((*connection)->exec("INSERT INTO identities(name, address, public_key, entropy, is_default, "
                                           "created_at) VALUES('mine', 'fw1mine', x'00', x'00', 1, 0)").ok());
        }
        auto ws = Workspace::open(dir.path(), "pass phrase");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        auto connection = (*ws)->requireDatabase();
        QVERIFY(connection.ok());
        auto& db = **connection;
        QCOMPARE(*db.userVersion(), latestSchemaVersion());
        QVERIFY(tableExists(db, "version_statements"));
        QVERIFY(tableExists(db, "record_signatures"));
        auto st = db.prepare("SELECT external FROM identities WHERE name = 'mine'");
        QVERIFY(*st->step());
        QCOMPARE(st->int64(0), 0); // identities made before keep their keys and stay signers
        QVERIFY(db.exec("SELECT record_signed FROM contributions").ok());
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "migrations_test.moc"
