// The search index: a file of its own, encrypted, rebuilt when unreadable or written with another
// page size, filled by imports, caught up after hand-typed records; typed text searches literally.
#include "DatanetTestSupport.h"

#include "datanet/SearchIndex.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>

using namespace fw;
using namespace fw::datanet;

namespace {
// Creates a workspace at `wsDir` (passphrase "pass phrase") with one instruction datanet holding
// `records` imported Alpaca records, and closes it. Returns the datanet's id, 0 on failure.
qint64 createWorkspaceWithImport(const QString& wsDir, const QString& datanetName, int records)
{
    auto ws = store::Workspace::create(wsDir, "pass phrase", test::fastOptions());
    if (!ws)
        return 0;
    auto person = wallet::WalletService(**ws).createIdentity(QStringLiteral("p"));
    Datanet spec;
    spec.name = datanetName;
    spec.kind = RecordKind::Instruction;
    auto datanet = DatanetService(**ws).create(spec);
    if (!person || !datanet)
        return 0;
    QFile file(QFileInfo(wsDir).dir().filePath(datanetName + ".jsonl"));
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(test::alpacaLines(records));
    file.close();
    ImportOptions o;
    o.identityId = person->id;
    if (!DatanetImporter(**ws).importFile(datanet->id, file.fileName(), o))
        return 0;
    return datanet->id;
}
} // namespace

class DatanetSearchTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DatanetFixture> m_f; // shared: each test works in datanets of its own
    qint64 m_searchDatanet = 0; // made by the first row of searchesTypedTextLiterally

private slots:
    void initTestCase() { m_f = std::make_unique<test::DatanetFixture>(); }

    // Migration 19 moves the search index to a file of its own. A workspace an older build indexed
    // (words in the database, a watermark in meta, no index file) finds the same records after the
    // upgrade: the old index goes, and the next search fills the new file.
    void searchIndexMovesToAFileOfItsOwn()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath("ws");
        qint64 datanetId = 0;
        wallet::Identity person;
        {
            auto ws = store::Workspace::create(wsDir, "pass phrase", test::fastOptions(18));
            QVERIFY2(ws.ok(), qPrintable(ws.error().message));
            person = *wallet::WalletService(**ws).createIdentity(QStringLiteral("old"));
            Datanet spec;
            spec.name = QStringLiteral("before 19");
            spec.kind = RecordKind::Instruction;
            datanetId = DatanetService(**ws).create(spec)->id;
            ImportOptions o;
            o.identityId = person.id;
            QFile file(dir.filePath("a.jsonl"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::alpacaLines(40));
            file.close();
            QVERIFY(DatanetImporter(**ws).importFile(datanetId, file.fileName(), o).ok());
            // As an older build left it: the words in the database's own table, its watermark in meta.
            auto db = (*ws)->requireDatabase();
            QVERIFY((*db)->exec("INSERT INTO main.records_fts(docid, text) SELECT id, content FROM records").ok());
            QVERIFY((*db)->exec("INSERT INTO meta(key, value) VALUES('fts_indexed_upto', '40')").ok());
        }
        for (const QString& file : QDir(wsDir).entryList({QStringLiteral("search-*")}, QDir::Files))
            QVERIFY(QFile::remove(QDir(wsDir).filePath(file)));

        auto ws = store::Workspace::open(wsDir, "pass phrase");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE(*SearchIndex(**ws).pending(), 40); // a new, empty index
        DatanetService s(**ws);
        RecordQuery q;
        q.search = "plus";
        QCOMPARE(*s.countRecords(datanetId, q), 40);
        q.search = "Add 17";
        QVERIFY(!s.records(datanetId, q)->isEmpty());
        QCOMPARE(*SearchIndex(**ws).pending(), 0);
        {
            auto db = (*ws)->requireDatabase();
            auto st = (*db)->prepare("SELECT count(*) FROM main.sqlite_master WHERE name LIKE 'records_fts%'");
            QVERIFY(*st->step());
            QCOMPARE(st->int64(0), 0);
            auto meta = (*db)->prepare("SELECT count(*) FROM main.meta WHERE key = 'fts_indexed_upto'");
            QVERIFY(*meta->step());
            QCOMPARE(meta->int64(0), 0);
        }

        // New imports index themselves into the new file.
        QFile more(dir.filePath("b.jsonl"));
        QVERIFY(more.open(QIODevice::WriteOnly));
        more.write(test::alpacaLines(5, 1000));
        more.close();
        ImportOptions o;
        o.identityId = person.id;
        QVERIFY(DatanetImporter(**ws).importFile(datanetId, more.fileName(), o).ok());
        QCOMPARE(*SearchIndex(**ws).pending(), 0);
        q.search = "1000";
        QCOMPARE(*s.countRecords(datanetId, q), 1);
    }

    // The index file is encrypted like the database: no SQLite header, no word of a record in clear.
    void theSearchIndexFileIsEncrypted()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath("ws");
        auto ws = store::Workspace::create(wsDir, "pass phrase", test::fastOptions());
        QVERIFY(ws.ok());
        const wallet::Identity person = *wallet::WalletService(**ws).createIdentity(QStringLiteral("p"));
        Datanet spec;
        spec.name = QStringLiteral("secret words");
        spec.kind = RecordKind::Instruction;
        const qint64 datanetId = DatanetService(**ws).create(spec)->id;
        QByteArray lines;
        for (int i = 0; i < 200; ++i)
            lines += "{\"instruction\":\"Name the xylophonist " + QByteArray::number(i) +
                     ".\",\"input\":\"\",\"output\":\"Zanzibarquetta plays it.\"}\n";
        QFile file(dir.filePath("s.jsonl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines);
        file.close();
        ImportOptions o;
        o.identityId = person.id;
        QVERIFY(DatanetImporter(**ws).importFile(datanetId, file.fileName(), o).ok());
        RecordQuery q;
        q.search = "zanzibarquetta";
        QCOMPARE(*DatanetService(**ws).countRecords(datanetId, q), 200);
        (*ws)->lock(); // closes the connections, so the WAL is checkpointed into the file

        const QStringList index = QDir(wsDir).entryList({QStringLiteral("search-*")}, QDir::Files);
        QVERIFY2(!index.isEmpty(), "no search index file");
        for (const QString& name : index) {
            QFile f(QDir(wsDir).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.startsWith("SQLite format 3"));
            QVERIFY2(!bytes.toLower().contains("zanzibarquetta"), qPrintable(name));
            QVERIFY2(!bytes.toLower().contains("xylophonist"), qPrintable(name));
        }
    }

    // The index is derived data: a damaged file, or one under another key after a passphrase
    // change, is replaced by an empty index and the next search fills it again.
    void anUnreadableSearchIndexIsRebuilt()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath("ws");
        const qint64 datanetId = createWorkspaceWithImport(wsDir, QStringLiteral("rebuilt"), 30);
        QVERIFY(datanetId > 0);
        {
            // Opened again (every connection attaches the file anew), the index is still whole.
            auto again = store::Workspace::open(wsDir, "pass phrase");
            QVERIFY(again.ok());
            QCOMPARE(*SearchIndex(**again).pending(), 0);
            RecordQuery q;
            q.search = "plus";
            QCOMPARE(*DatanetService(**again).countRecords(datanetId, q), 30);
        }
        const QStringList index = QDir(wsDir).entryList({QStringLiteral("search-*.db")}, QDir::Files);
        QCOMPARE(index.size(), 1);
        {
            QFile f(QDir(wsDir).filePath(index.first()));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(8192, '\x5a')); // not a database under any key
        }
        QFile::remove(QDir(wsDir).filePath(index.first()) + "-wal");
        QFile::remove(QDir(wsDir).filePath(index.first()) + "-shm");

        auto ws = store::Workspace::open(wsDir, "pass phrase");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE(*SearchIndex(**ws).pending(), 30);
        RecordQuery q;
        q.search = "plus";
        QCOMPARE(*DatanetService(**ws).countRecords(datanetId, q), 30);

        // A passphrase change starts a new database generation, and with it a new index.
        QVERIFY((*ws)->changePassphrase("another phrase", crypto::KdfParams::interactive()).ok());
        QCOMPARE(*SearchIndex(**ws).pending(), 30);
        QCOMPARE(*DatanetService(**ws).countRecords(datanetId, q), 30);
        QCOMPARE(QDir(wsDir).entryList({QStringLiteral("search-*.db")}, QDir::Files).size(), 1);
    }

    // Builds before 2026-12 wrote the index with 4 KiB pages, this one with 16 KiB: such a file
    // reads as foreign, and is rebuilt like any unreadable index, not an error.
    void anIndexWithAnOlderPageSizeIsRebuilt()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath("ws");
        const QString oldIndex = dir.filePath("old-index.db");
        const qint64 datanetId = createWorkspaceWithImport(wsDir, QStringLiteral("older pages"), 30);
        QVERIFY(datanetId > 0);
        {
            auto ws = store::Workspace::open(wsDir, "pass phrase");
            QVERIFY(ws.ok());
            QCOMPARE(*SearchIndex(**ws).pending(), 0);
            // An index file as an older build wrote it: the same key (ATTACH without KEY takes the
            // database's), 4 KiB pages, and a watermark saying every record is indexed.
            QFile empty(oldIndex);
            QVERIFY(empty.open(QIODevice::WriteOnly));
            empty.close();
            auto db = (*ws)->requireDatabase();
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA cipher_default_page_size = 4096;")).ok());
            const Status written = (*db)->exec(
                QStringLiteral("ATTACH DATABASE '%1' AS old;"
                               "CREATE VIRTUAL TABLE old.records_fts USING fts4(content=\"\", text);"
                               "CREATE TABLE old.search_state (key TEXT PRIMARY KEY, value INTEGER);"
                               "INSERT INTO old.search_state VALUES('indexed_upto', 1000000);"
                               "DETACH DATABASE old;")
                    .arg(oldIndex));
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA cipher_default_page_size = %1;")
                                    .arg(store::Database::kCipherPageSize))
                        .ok());
            QVERIFY2(written.ok(), qPrintable(written.error().message));
        }
        const QStringList index = QDir(wsDir).entryList({QStringLiteral("search-*.db")}, QDir::Files);
        QCOMPARE(index.size(), 1);
        const QString indexPath = QDir(wsDir).filePath(index.first());
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(indexPath + QLatin1String(suffix));
        QVERIFY(QFile::copy(oldIndex, indexPath));
        QVERIFY(QFileInfo(indexPath).size() >= 4 * 4096);

        auto ws = store::Workspace::open(wsDir, "pass phrase");
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE(*SearchIndex(**ws).pending(), 30); // the old file's watermark was not believed
        RecordQuery q;
        q.search = "plus";
        QCOMPARE(*DatanetService(**ws).countRecords(datanetId, q), 30);
    }

    // An import that fails stores no record and leaves no word in the index.
    void aFailedImportLeavesTheIndexAsItWas()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("failed import", RecordKind::Instruction);
        QVERIFY(SearchIndex(*f.ws).catchUp().ok());
        QByteArray lines = test::alpacaLines(50, 5000);
        lines += "{\"instruction\": \"broken\"\n";
        QVERIFY(!f.import(d.id, "bad.jsonl", lines).ok());
        QCOMPARE(*SearchIndex(*f.ws).pending(), 0);
        RecordQuery q;
        q.search = "5017";
        QCOMPARE(*DatanetService(*f.ws).countRecords(d.id, q), 0);
        QVERIFY(f.import(d.id, "good.jsonl", test::alpacaLines(50, 5000)).ok());
        QCOMPARE(*SearchIndex(*f.ws).pending(), 0);
        QCOMPARE(*DatanetService(*f.ws).countRecords(d.id, q), 1);
    }

    void importsAfterHandTypedRecordsLeaveIndexingToCatchUp()
    {
        // A record typed by hand waits for catch-up; an import after it cannot move the watermark
        // past that record, so it indexes nothing itself, and a search catches everything up.
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("catch-up", RecordKind::Instruction);
        DatanetService s(*f.ws);
        QVERIFY(SearchIndex(*f.ws).catchUp().ok());
        QVERIFY(s.addRecord(d.id, f.people[0].id,
                            QJsonObject{{"instruction", "Say plus."}, {"input", ""}, {"output", "plus"}})
                    .ok());
        QVERIFY(f.import(d.id, "c.jsonl", test::alpacaLines(5, 100)).ok());
        QCOMPARE(*SearchIndex(*f.ws).pending(), 6);
        RecordQuery q;
        q.search = "plus";
        QCOMPARE(*s.countRecords(d.id, q), 6);
        QCOMPARE(*SearchIndex(*f.ws).pending(), 0);
    }

    // Whatever a person types searches literally: FTS operators and stray quotes are plain text.
    void searchesTypedTextLiterally_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("count");
        // Record i says "Add i and 7i+3." and "i plus 7i+3 is 8i+3."
        QTest::newRow("a lone quote") << "\"" << 0;
        QTest::newRow("unbalanced quote") << "\"plus" << 30;
        QTest::newRow("parenthesis") << "(plus" << 30;
        QTest::newRow("minus") << "-plus" << 30;
        QTest::newRow("star is not a prefix") << "pl*" << 0;
        QTest::newRow("NEAR is a word") << "plus NEAR is" << 0;
        QTest::newRow("OR is a word") << "plus OR zebra" << 0;
        QTest::newRow("words are all needed") << "2 and 17" << 1;
        QTest::newRow("punctuation keeps words together") << "and-17" << 1;
        QTest::newRow("only punctuation") << "*  ( ) -" << 0;
        QTest::newRow("sql") << "'; DROP TABLE records; --" << 0;
    }
    void searchesTypedTextLiterally()
    {
        QFETCH(QString, typed);
        QFETCH(int, count);
        test::DatanetFixture& f = *m_f;
        if (m_searchDatanet == 0) {
            m_searchDatanet = f.makeDatanet("literal search", RecordKind::Instruction).id;
            QVERIFY(f.import(m_searchDatanet, "l.jsonl", test::alpacaLines(30)).ok());
        }
        RecordQuery q;
        q.search = typed;
        const Result<qint64> counted = DatanetService(*f.ws).countRecords(m_searchDatanet, q);
        QVERIFY2(counted.ok(), qPrintable(counted.error().message));
        QCOMPARE(*counted, qint64(count));
        const Result<QList<RecordInfo>> listed = DatanetService(*f.ws).records(m_searchDatanet, q);
        QVERIFY2(listed.ok(), qPrintable(listed.error().message));
        QCOMPARE(listed->size(), count);
    }
    void matchQueryQuotesEachWord_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("match");
        QTest::newRow("words") << "Add 17"
                               << "\"Add\" \"17\"";
        QTest::newRow("quotes") << "he said \"hi\""
                                << "\"he\" \"said\" \"hi\"";
        QTest::newRow("inner punctuation") << "a-b*c^d"
                                           << "\"a b c d\"";
        QTest::newRow("non-ascii stays") << "café 東京"
                                         << "\"café\" \"東京\"";
        QTest::newRow("nothing to find") << " \" * ( "
                                         << "";
    }
    void matchQueryQuotesEachWord()
    {
        QFETCH(QString, typed);
        QFETCH(QString, match);
        QCOMPARE(SearchIndex::matchQuery(typed), match);
    }
};

QTEST_GUILESS_MAIN(DatanetSearchTest)
#include "datanet_search_test.moc"
