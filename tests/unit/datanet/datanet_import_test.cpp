// Importers per format, with malformed inputs, duplicates, refusal, cancellation and progress.
#include "DatanetTestSupport.h"
#include "datanet/ImportFormat.h"
#include "datanet/MerkleBuilder.h"
#include "datanet/RecordContent.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

using namespace fw;
using namespace fw::datanet;

Q_DECLARE_METATYPE(fw::datanet::RecordKind)

namespace {
QString lineList(const ImportReport& r)
{
    QStringList lines;
    for (const ImportIssue& i : r.issues)
        lines << QString::number(i.line);
    return lines.join(',');
}
} // namespace

class DatanetImportTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DatanetFixture> m_f; // shared: each test works in datanets of its own

private slots:
    void initTestCase() { m_f = std::make_unique<test::DatanetFixture>(); }

    void importsEachFormat_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<QString>("badLines");

        QTest::newRow("alpaca") << RecordKind::Instruction << "a.jsonl"
            << QByteArray("{\"instruction\":\"Say hi\",\"output\":\"Hi\"}\n"
                          "\n"
                          "{\"instruction\":\"Say bye\",\"input\":\"politely\",\"output\":\"Goodbye\"}\n"
                          "{\"instruction\":\"Say hi\",\"input\":\"\",\"output\":\"Hi\"}\n" // same as line 1
                          "not json\n"
                          "{\"instruction\":\"No output\"}\n"
                          "{\"instruction\":\"x\",\"output\":\"y\",\"extra\":1}\n"
                          "[1,2]\n"
                          "{\"instruction\":5,\"output\":\"y\"}\n")
            << "alpaca" << 2 << 1 << "5,6,7,8,9";
        QTest::newRow("sharegpt") << RecordKind::Chat << "s.jsonl"
            << QByteArray("{\"conversations\":[{\"from\":\"human\",\"value\":\"Hi\"},{\"from\":\"gpt\",\"value\":\"Hello\"}]}\n"
                          "{\"conversations\":[{\"from\":\"alien\",\"value\":\"Hi\"}]}\n"
                          "{\"conversations\":[{\"from\":\"human\",\"value\":\"only me\"}]}\n"
                          "{\"id\":\"7\",\"conversations\":[{\"from\":\"system\",\"value\":\"Be brief\"},"
                          "{\"from\":\"human\",\"value\":\"2+2?\"},{\"from\":\"gpt\",\"value\":\"4\"}]}\n")
            << "sharegpt" << 2 << 0 << "2,3";
        QTest::newRow("openai") << RecordKind::Chat << "o.jsonl"
            << QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello\"}]}\n"
                          "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"robot\",\"content\":\"x\"}]}\n"
                          "{\"messages\":\"nope\"}\n"
                          "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi \\r\\n\"},{\"role\":\"assistant\",\"content\":\"Hello\"}]}\n")
            << "openai" << 1 << 1 << "2,3";
        QTest::newRow("preference") << RecordKind::Preference << "p.jsonl"
            << QByteArray("{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\"}\n"
                          "{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"4\"}\n"
                          "{\"prompt\":\"2+3?\",\"chosen\":\"5\"}\n"
                          "{\"prompt\":\"3+3?\",\"chosen\":\"6\",\"rejected\":\"7\"}\n")
            << "preference" << 2 << 0 << "2,3";
        QTest::newRow("text-jsonl") << RecordKind::Text << "t.jsonl"
            << QByteArray("{\"text\":\"First passage.\"}\n{\"text\":\"\"}\n{\"text\":\"Second passage.\"}\n")
            << "text-jsonl" << 2 << 0 << "2";
        QTest::newRow("plain text") << RecordKind::Text << "t.txt"
            << QByteArray("First paragraph\nstill first.\n\n\nSecond paragraph.\n\nBad \xff byte here.\n\nFirst paragraph\nstill first.\n")
            << "text" << 2 << 1 << "7";
        QTest::newRow("csv") << RecordKind::Instruction << "c.csv"
            << QByteArray("instruction,input,output\n"
                          "Say hi,,Hi\n"
                          "\"Quote, with comma\",,\"He said \"\"yes\"\"\nacross lines\"\n"
                          "too,many,columns,here\n"
                          "missing output,,\n"
                          "bad \"quote,,x\n")
            << "csv" << 2 << 0 << "5,6,7";
        QTest::newRow("wrong kind") << RecordKind::Instruction << "w.jsonl"
            << QByteArray("{\"text\":\"hello\"}\n") << "text-jsonl" << 0 << 0 << "1";
    }

    void importsEachFormat()
    {
        QFETCH(RecordKind, kind);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, contents);
        QFETCH(QString, format);
        QFETCH(int, added);
        QFETCH(int, duplicates);
        QFETCH(QString, badLines);

        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", kind);
        DatanetService service(*f.ws);
        const QString path = f.writeFile(fileName, contents);
        ImportOptions o;
        o.identityId = f.people[0].id;
        o.skipBad = true;

        Result<ImportReport> scan = DatanetImporter(*f.ws).scanFile(d.id, path, o);
        QVERIFY2(scan.ok(), qPrintable(scan.error().message));
        QCOMPARE(formatName(scan->format), format);
        QCOMPARE(lineList(*scan), badLines);
        QCOMPARE(service.counts(d.id)->records, 0); // a scan writes nothing

        o.skipBad = false;
        Result<ImportReport> refused = DatanetImporter(*f.ws).importFile(d.id, path, o);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(refused.error().message.contains(QStringLiteral("line %1").arg(badLines.section(',', 0, 0))),
                 qPrintable(refused.error().message));
        QCOMPARE(service.counts(d.id)->records, 0);
        QCOMPARE(service.contributions(d.id)->size(), 0);

        o.skipBad = true;
        Result<ImportReport> r = DatanetImporter(*f.ws).importFile(d.id, path, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->added, qint64(added));
        QCOMPARE(r->duplicates, qint64(duplicates));
        QCOMPARE(r->malformed, qint64(badLines.split(',').size()));
        QCOMPARE(lineList(*r), badLines);
        QCOMPARE(service.counts(d.id)->records, qint64(added));
        QVERIFY(service.verifyContribution(r->contributionId).ok());
    }

    void cleanAllGoodFileImportsWithoutSkipBad()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        Result<ImportReport> r = f.import(d.id, "a.jsonl", test::alpacaLines(50));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->added, 50);
        QCOMPARE(r->malformed, 0);
        QCOMPARE(r->merkleRoot.size(), 32);
    }

    void exactDuplicatesAcrossImportsAreCountedNotStored()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(30)).ok());
        // Same records with different whitespace and key order normalise to the same hash.
        QByteArray again;
        for (int i = 0; i < 10; ++i)
            again += QStringLiteral("{ \"output\": \"%1 plus %2 is %3.\\r\\n\", \"instruction\": \"  Add %1 and %2.\" }\n")
                         .arg(i).arg(i * 7 + 3).arg(i + i * 7 + 3).toUtf8();
        Result<ImportReport> r = f.import(d.id, "b.jsonl", again + test::alpacaLines(5, 100), false, 1);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->duplicates, 10);
        QCOMPARE(r->added, 5);
        DatanetService s(*f.ws);
        QCOMPARE(s.counts(d.id)->records, 35);
        QCOMPARE(s.counts(d.id)->exactDuplicates, 10);
    }

    void nearDuplicatesAreFlagged()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Text);
        const QString base = "The quick brown fox jumps over the lazy dog while the farmer watches from the "
                             "porch and drinks his morning coffee slowly in the warm sun of late summer";
        QByteArray lines = QJsonDocument(QJsonObject{{"text", base}}).toJson(QJsonDocument::Compact) + '\n';
        lines += QJsonDocument(QJsonObject{{"text", base + " today"}}).toJson(QJsonDocument::Compact) + '\n';
        lines += "{\"text\":\"Completely different words about databases, indexes and transactions.\"}\n";
        Result<ImportReport> r = f.import(d.id, "t.jsonl", lines);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->added, 3);
        QCOMPARE(r->nearDuplicates, 1);
        RecordQuery q;
        q.nearDuplicatesOnly = true;
        const QList<RecordInfo> flagged = *DatanetService(*f.ws).records(d.id, q);
        QCOMPARE(flagged.size(), 1);
        QVERIFY(flagged[0].content.contains("today"));
    }

    void formatOverrideAndDetection_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("expected"); // empty: detection fails
        QTest::newRow("alpaca") << "x.jsonl" << QByteArray("\n{\"instruction\":\"a\",\"output\":\"b\"}") << "alpaca";
        QTest::newRow("sharegpt") << "x.jsonl" << QByteArray("{\"conversations\":[]}") << "sharegpt";
        QTest::newRow("openai") << "x.json" << QByteArray("{\"messages\":[]}") << "openai";
        QTest::newRow("preference") << "x" << QByteArray("{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}") << "preference";
        QTest::newRow("text-jsonl") << "x" << QByteArray("\xEF\xBB\xBF{\"text\":\"t\"}") << "text-jsonl";
        QTest::newRow("csv by name") << "X.CSV" << QByteArray("{\"text\":\"t\"}") << "csv";
        QTest::newRow("txt by name") << "notes.txt" << QByteArray("{\"text\":\"t\"}") << "text";
        QTest::newRow("prose") << "x" << QByteArray("Once upon a time") << "text";
        QTest::newRow("unknown json") << "x.jsonl" << QByteArray("{\"foo\":1}") << "";
    }

    void formatOverrideAndDetection()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, head);
        QFETCH(QString, expected);
        Result<ImportFormat> f = detectFormat(fileName, head);
        QCOMPARE(f.ok(), !expected.isEmpty());
        if (f.ok())
            QCOMPARE(formatName(*f), expected);
        else
            QVERIFY(f.error().message.contains("choose one"));
    }

    void overrideBeatsDetection()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Text);
        ImportOptions o;
        o.identityId = f.people[0].id;
        o.format = ImportFormat::PlainText; // a JSON-looking file imported as prose
        const QString path = f.writeFile("x.jsonl", "{\"text\":\"t\"}\n\n{\"text\":\"u\"}\n");
        Result<ImportReport> r = DatanetImporter(*f.ws).importFile(d.id, path, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->format, ImportFormat::PlainText);
        QCOMPARE(r->added, 2);
        QVERIFY(DatanetService(*f.ws).records(d.id)->first().content.contains("{\\\"text\\\""));
    }

    void csvColumnMapping()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Preference);
        ImportOptions o;
        o.identityId = f.people[0].id;
        o.csv.delimiter = ';';
        o.csv.columns = {{"prompt", "Question"}, {"chosen", "Good"}, {"rejected", "Bad"}};
        const QString path = f.writeFile("p.csv", "Question;Good;Bad;Note\nWhat is 2+2?;4;5;easy\n");
        Result<ImportReport> r = DatanetImporter(*f.ws).importFile(d.id, path, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->added, 1);
        QCOMPARE(DatanetService(*f.ws).records(d.id)->first().content,
                 QByteArray("{\"chosen\":\"4\",\"prompt\":\"What is 2+2?\",\"rejected\":\"5\"}"));

        o.csv.columns = {{"prompt", "Missing"}};
        Result<ImportReport> bad = DatanetImporter(*f.ws).importFile(d.id, path, o);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains("Missing"));
    }

    void csvChatColumns()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Chat);
        Result<ImportReport> r = f.import(d.id, "c.csv", "user,assistant\nHello,Hi there\n");
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(DatanetService(*f.ws).records(d.id)->first().content,
                 QByteArray("{\"messages\":[{\"content\":\"Hello\",\"role\":\"user\"},"
                            "{\"content\":\"Hi there\",\"role\":\"assistant\"}]}"));
    }

    // Skipping bad rows must not skip the rest of the file: an unclosed quote refuses it all.
    void unclosedCsvQuoteRefusesEvenWithSkipBad()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        Result<ImportReport> r =
            f.import(d.id, "q.csv", "instruction,input,output\nSay hi,,Hi\n\"Say bye,,Bye\nA,,B\nC,,D\n",
                     /*skipBad=*/true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains("line 3: the quoted field opened on line 3 is never closed"),
                 qPrintable(r.error().message));
        QCOMPARE(DatanetService(*f.ws).counts(d.id)->records, 0);
    }

    void cancellationKeepsNothing()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        ImportOptions o;
        o.identityId = f.people[0].id;
        int calls = 0;
        QList<ImportProgress> seen;
        o.progress = [&](const ImportProgress& p) {
            seen << p;
            return ++calls < 2;
        };
        Result<ImportReport> r =
            DatanetImporter(*f.ws).importFile(d.id, f.writeFile("a.jsonl", test::alpacaLines(10000)), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen[1].bytesRead > seen[0].bytesRead);
        QVERIFY(seen[1].totalBytes > seen[1].bytesRead);
        QCOMPARE(seen[1].records, 4000);
        QCOMPARE(DatanetService(*f.ws).counts(d.id)->records, 0);
        QCOMPARE(DatanetService(*f.ws).contributions(d.id)->size(), 0);
    }

    // The worker thread parses ahead of the writer in batches; the stored order, the tokens and the
    // signed root must be what a one-record-at-a-time import gives.
    void bigImportKeepsFileOrder()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("big", RecordKind::Instruction);
        const QByteArray contents = test::alpacaLines(6000) + test::alpacaLines(10) + "not json\n";
        Result<ImportReport> r = f.import(d.id, "big.jsonl", contents, true);
        QVERIFY(r.ok());
        QCOMPARE(r->added, 6000);
        QCOMPARE(r->duplicates, 10);
        QCOMPARE(r->malformed, 1);
        QCOMPARE(r->issues.first().line, 6011);

        Result<QList<RecordInfo>> stored = DatanetService(*f.ws).records(d.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 6000);
        MerkleBuilder expected;
        const QList<QByteArray> lines = contents.split('\n');
        for (int i = 0; i < 6000; ++i) {
            Result<RecordContent> c = RecordContent::fromJson(
                RecordKind::Instruction, QJsonDocument::fromJson(lines.at(i)).object());
            QVERIFY(c.ok());
            QCOMPARE(stored->at(i).contentHash, c->hash());
            QCOMPARE(stored->at(i).tokens, c->estimatedTokens());
            expected.add(c->hash());
        }
        QCOMPARE(r->merkleRoot, expected.root());
        QVERIFY(DatanetService(*f.ws).verifyContribution(r->contributionId).ok());
    }

    // An import borrows a big page cache and turns the automatic checkpoint (it checkpoints itself)
    // and foreign-key lookups off, and gives the connection its own settings back.
    void importRestoresItsSettings()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("cache", RecordKind::Instruction);
        // The lease keeps this thread's connection, the one the importer then uses, for the whole test.
        auto db = f.ws->requireDatabase();
        QVERIFY(db.ok());
        auto pragma = [&](const char* name) {
            Result<store::Statement> st = (*db)->prepare(QStringLiteral("PRAGMA %1;").arg(name));
            return st && st->step().ok() ? st->int64(0) : 0;
        };
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA cache_size = -3000;")).ok());
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 700;")).ok());
        QCOMPARE(pragma("foreign_keys"), 1); // every connection of the workspace checks them
        QVERIFY(f.import(d.id, "cache.jsonl", test::alpacaLines(10)).ok());
        QCOMPARE(pragma("cache_size"), -3000);
        QCOMPARE(pragma("wal_autocheckpoint"), 700);
        QCOMPARE(pragma("foreign_keys"), 1);
        QVERIFY(!f.import(d.id, "cache-bad.jsonl", "{bad\n").ok()); // refused: restored all the same
        QCOMPARE(pragma("cache_size"), -3000);
        QCOMPARE(pragma("wal_autocheckpoint"), 700);
        QCOMPARE(pragma("foreign_keys"), 1);
        // What the lookups would have checked holds: every imported record has its parents.
        Result<store::Statement> orphans =
            (*db)->prepare(QStringLiteral("PRAGMA foreign_key_check;"));
        QVERIFY(orphans.ok());
        const Result<bool> orphan = orphans->step();
        QVERIFY(orphan.ok());
        QVERIFY(!*orphan);
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000;")).ok());
    }

    // With the automatic checkpoint off during the commit, the importer's own checkpoint is what
    // copies the records from the WAL into the database file: without it the file would not grow.
    void importCheckpointsItsPagesIntoTheDatabaseFile()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("checkpointed", RecordKind::Instruction);
        const QStringList files =
            QDir(f.ws->directory()).entryList({QStringLiteral("workspace-*.db")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString database = QDir(f.ws->directory()).filePath(files.first());
        const qint64 before = QFileInfo(database).size();
        const int count = 4000;
        QVERIFY(f.import(d.id, "many.jsonl", test::alpacaLines(count, 500000)).ok());
        const qint64 grown = QFileInfo(database).size() - before;
        qInfo("the database file grew by %lld bytes for %d records", grown, count);
        QVERIFY(grown >= qint64(count) * 60); // each canonical record alone is over 60 bytes
    }

    void tokenEstimateCountsUtf8Bytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("Hello, world");
        QTest::newRow("two-byte") << QString::fromUtf8("d\u00e9j\u00e0 vu \u00fc");
        QTest::newRow("three-byte") << QString::fromUtf8("\u65e5\u672c\u8a9e\u306e\u6587");
        QTest::newRow("surrogate pair") << QString::fromUtf8("smile \U0001F600 and \U0001F680");
        QTest::newRow("lone surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00));
    }

    void tokenEstimateCountsUtf8Bytes()
    {
        QFETCH(QString, text);
        QCOMPARE(RecordContent::estimateTokens(text), (text.toUtf8().size() + 3) / 4);
    }

    // Found by fuzzing: a text starting with U+FEFF kept it in its canonical bytes, but Qt's JSON
    // parser drops it from the start of a string, so the stored bytes read back as other content.
    void canonicalBytesReadBackTheSame_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the text once normalised
        const QChar mark(0xFEFF);
        const int text = int(RecordKind::Text), chat = int(RecordKind::Chat);
        QTest::newRow("leading mark") << text << mark + QStringLiteral("hello") << "hello";
        QTest::newRow("two marks") << text << QString(mark) + mark + QStringLiteral("{") << "{";
        QTest::newRow("mark after spaces")
            << text << QStringLiteral("  ") + mark + QStringLiteral(" hi") << "hi";
        QTest::newRow("inner mark kept") << text << QStringLiteral("a") + mark + QStringLiteral("b")
                                         << QStringLiteral("a") + mark + QStringLiteral("b");
        QTest::newRow("chat turn") << chat << mark + QStringLiteral("Hi") << "Hi";
    }
    void canonicalBytesReadBackTheSame()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QJsonObject object =
            RecordKind(kind) == RecordKind::Text
                ? QJsonObject{{"text", text}}
                : QJsonObject{
                      {"messages",
                       QJsonArray{QJsonObject{{"role", "user"}, {"content", text}},
                                  QJsonObject{{"role", "assistant"}, {"content", "Hello"}}}}};
        Result<RecordContent> c = RecordContent::fromJson(RecordKind(kind), object);
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        const QJsonValue stored = RecordKind(kind) == RecordKind::Text
                                      ? c->json()["text"]
                                      : c->json()["messages"].toArray()[0].toObject()["content"];
        QCOMPARE(stored.toString(), expected);
        Result<RecordContent> again =
            RecordContent::fromCanonical(RecordKind(kind), c->canonical());
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->canonical(), c->canonical());
    }

    void progressReachesTheEnd()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        ImportOptions o;
        o.identityId = f.people[0].id;
        ImportProgress last;
        o.progress = [&](const ImportProgress& p) {
            last = p;
            return true;
        };
        const QByteArray contents = test::alpacaLines(4500);
        QVERIFY(DatanetImporter(*f.ws).importFile(d.id, f.writeFile("a.jsonl", contents), o).ok());
        QCOMPARE(last.bytesRead, qint64(contents.size()));
        QCOMPARE(last.totalBytes, qint64(contents.size()));
        QCOMPARE(last.records, 4500);
    }

    void describeIssuesListsAndCounts()
    {
        ImportReport r;
        r.malformed = 5;
        r.issues = {{3, "bad"}, {8, "worse"}, {9, "x"}};
        QCOMPARE(DatanetImporter::describeIssues(r, 2), QString("line 3: bad; line 8: worse; and 3 more"));
        QCOMPARE(DatanetImporter::describeIssues(ImportReport{}), QString());
    }

    void missingFileAndUnknownIdentity()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        ImportOptions o;
        o.identityId = f.people[0].id;
        QCOMPARE(DatanetImporter(*f.ws).importFile(d.id, f.dir.filePath("nope.jsonl"), o).error().code,
                 ErrorCode::NotFound);
        o.identityId = 999;
        QVERIFY(!DatanetImporter(*f.ws).importFile(d.id, f.writeFile("a.jsonl", test::alpacaLines(1)), o).ok());
        QCOMPARE(DatanetImporter(*f.ws).importFile(4242, f.dir.filePath("a.jsonl"), o).error().code,
                 ErrorCode::NotFound);
    }

    void recordTextNeverReachesTheDiskInPlaintext()
    {
        test::DatanetFixture f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        const QByteArray marker = "ZebraQuokkaSentinel4711";
        QByteArray lines = test::alpacaLines(200);
        lines += "{\"instruction\":\"Remember " + marker + "\",\"output\":\"" + marker + " noted\"}\n";
        const QString source = f.writeFile("a.jsonl", lines);
        ImportOptions o;
        o.identityId = f.people[0].id;
        QVERIFY(DatanetImporter(*f.ws).importFile(d.id, source, o).ok());
        QFile::remove(source);
        QVERIFY(test::filesContaining(f.dir.path(), marker).isEmpty());
        f.ws->lock();
        QVERIFY(test::filesContaining(f.dir.path(), marker).isEmpty());
    }
};

QTEST_GUILESS_MAIN(DatanetImportTest)
#include "datanet_import_test.moc"
