// Freezing versions, listing them, inclusion proofs from the database, and export in every format.
#include "DatanetTestSupport.h"

#include "datanet/MerkleTree.h"
#include "datanet/VersionService.h"
#include "store/Database.h"

using namespace fw;
using namespace fw::datanet;

Q_DECLARE_METATYPE(fw::datanet::RecordKind)

namespace {
QByteArray preferenceLines(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += QStringLiteral("{\"prompt\":\"What is %1 squared?\",\"chosen\":\"%2\",\"rejected\":\"%3\"}\n")
                   .arg(i).arg(i * i).arg(i * i + 1).toUtf8();
    return out;
}
} // namespace

class DatanetVersionTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DatanetFixture> m_f; // shared: each test works in datanets of its own

private slots:
    void initTestCase() { m_f = std::make_unique<test::DatanetFixture>(); }

    void freezeListsApprovedRecordsOnly()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction, {5, 1, 0, 1.0, 0.0});
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(10)).ok());
        DatanetService s(*f.ws);
        VersionService v(*f.ws);
        QCOMPARE(v.freeze(d.id).error().code, ErrorCode::InvalidArgument); // nothing approved
        QCOMPARE(v.version(d.id, "latest").error().code, ErrorCode::NotFound);

        const QList<RecordInfo> all = *s.records(d.id);
        QVERIFY(s.review(d.id, {all[0].id, all[1].id, all[2].id}, RecordStatus::Approved).ok());
        Result<VersionInfo> first = v.freeze(d.id);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->recordCount, 3);
        QCOMPARE(first->contributorCount, 1);
        QVERIFY(!first->ready); // 5 approved required
        QCOMPARE(first->idHex().size(), 64);

        std::vector<QByteArray> hashes{all[0].contentHash, all[1].contentHash, all[2].contentHash};
        std::sort(hashes.begin(), hashes.end());
        QCOMPARE(first->root, MerkleTree::seal(d.uid, MerkleTree::root(hashes), 3));
        QCOMPARE(v.freeze(d.id)->id, first->id); // same set: same version

        QVERIFY(s.approveAllPending(d.id).ok());
        Result<VersionInfo> second = v.freeze(d.id);
        QVERIFY(second.ok());
        QCOMPARE(second->recordCount, 10);
        QVERIFY(second->ready);
        QVERIFY(second->tokenCount > 0);
        const QList<VersionInfo> list = *v.versions(d.id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, second->id);
        QCOMPARE(v.version(d.id, "latest")->id, second->id);
        QCOMPARE(v.version(d.id, first->idHex().left(10).toUpper())->id, first->id);
        QCOMPARE(v.version(d.id, "abc").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(v.version(d.id, QString(64, '0')).error().code, ErrorCode::NotFound);

        // Rejecting a record later leaves the frozen version as it was.
        QVERIFY(s.review(d.id, {all[0].id}, RecordStatus::Rejected, "late").ok());
        QCOMPARE(v.version(d.id, first->idHex())->recordCount, 3);
        auto db = f.ws->requireDatabase();
        QVERIFY(db.ok());
        QVERIFY(!(*db)->exec("DELETE FROM version_records").ok());
        QVERIFY(!(*db)->exec("UPDATE datanet_versions SET record_count = 1").ok());
    }

    void proofsFromTheDatabase()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(20)).ok());
        DatanetService s(*f.ws);
        VersionService v(*f.ws);
        QVERIFY(s.approveAllPending(d.id).ok());
        const VersionInfo first = *v.freeze(d.id);
        const qint64 lastOfFirst = s.records(d.id)->last().id;
        QVERIFY(f.import(d.id, "b.jsonl", test::alpacaLines(5, 100)).ok());
        QVERIFY(s.approveAllPending(d.id).ok());
        const VersionInfo second = *v.freeze(d.id);

        const QList<RecordInfo> records = *s.records(d.id);
        for (const RecordInfo& r : records) {
            const QString hash = QString::fromLatin1(r.contentHash.toHex());
            Result<InclusionProof> p = v.prove(d.id, "latest", hash);
            QVERIFY2(p.ok(), qPrintable(p.error().message));
            QCOMPARE(p->versionId, second.root);
            QVERIFY(
                verifyInclusionProofJson(p->toJson(), v.statement(d.id, "latest")->toJson()).ok());
            QVERIFY(v.verifyProof(*p, second.idHex()).ok());
            Result<InclusionProof> old = v.prove(d.id, first.idHex(), hash);
            QCOMPARE(old.ok(), r.id <= lastOfFirst);
            if (old.ok()) {
                // A proof for one version does not pass as a proof for another.
                QVERIFY(v.verifyProof(*old, first.idHex()).ok());
                QVERIFY(!v.verifyProof(*old, second.idHex()).ok());
                InclusionProof moved = *old;
                moved.versionId = second.root;
                QVERIFY(!v.verifyProof(moved, second.idHex()).ok());
            } else {
                QCOMPARE(old.error().code, ErrorCode::NotFound);
            }
        }
        QCOMPARE(v.prove(d.id, "latest", QString(64, 'a')).error().code, ErrorCode::NotFound);
    }

    void freezeRefusesTamperedRecords()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(4)).ok());
        QVERIFY(DatanetService(*f.ws).approveAllPending(d.id).ok());
        auto connection = f.ws->requireDatabase();
        QVERIFY(connection.ok());
        store::Database& db = **connection;
        QVERIFY(db.exec("DROP TRIGGER IF EXISTS records_content_immutable").ok());
        const QString target = QString::number(DatanetService(*f.ws).records(d.id)->at(2).id);
        QVERIFY(db.exec("UPDATE records SET content = replace(content, 'plus', 'times') WHERE id = " + target).ok());
        Result<VersionInfo> v = VersionService(*f.ws).freeze(d.id);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::Corrupt);
        QCOMPARE(VersionService(*f.ws).versions(d.id)->size(), 0);
    }

    void exportRoundTrips_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<QString>("format");
        QTest::addColumn<RecordKind>("reimportKind"); // what the exported file holds
        QTest::addColumn<bool>("sameHashes");        // re-imported records equal the originals
        QTest::newRow("instruction as alpaca") << RecordKind::Instruction << "alpaca" << RecordKind::Instruction << true;
        QTest::newRow("instruction as openai") << RecordKind::Instruction << "openai" << RecordKind::Chat << false;
        QTest::newRow("instruction as sharegpt") << RecordKind::Instruction << "sharegpt" << RecordKind::Chat << false;
        QTest::newRow("instruction as text") << RecordKind::Instruction << "text" << RecordKind::Text << false;
        QTest::newRow("preference as preference") << RecordKind::Preference << "preference" << RecordKind::Preference << true;
        QTest::newRow("preference as alpaca") << RecordKind::Preference << "alpaca" << RecordKind::Instruction << false;
    }

    void exportRoundTrips()
    {
        QFETCH(RecordKind, kind);
        QFETCH(QString, format);
        QFETCH(RecordKind, reimportKind);
        QFETCH(bool, sameHashes);
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("src", kind);
        const QByteArray lines = kind == RecordKind::Preference ? preferenceLines(12) : test::alpacaLines(12);
        QVERIFY(f.import(d.id, "in.jsonl", lines).ok());
        DatanetService s(*f.ws);
        QVERIFY(s.approveAllPending(d.id).ok());
        const VersionInfo version = *VersionService(*f.ws).freeze(d.id);

        const QString out = f.dir.filePath("out.jsonl");
        Result<qint64> written = VersionService(*f.ws).exportVersion(d.id, "latest", *parseExportFormat(format), out);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(*written, 12);

        const Datanet back = f.makeDatanet("back", reimportKind);
        ImportOptions o;
        o.identityId = f.people[1].id;
        Result<ImportReport> r = DatanetImporter(*f.ws).importFile(back.id, out, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->added, 12);
        QCOMPARE(version.recordCount, 12);
        if (sameHashes) {
            const auto hashes = [&](qint64 id) {
                QList<QByteArray> out;
                const QList<RecordInfo> records = *s.records(id);
                for (const RecordInfo& r : records)
                    out << r.contentHash;
                std::sort(out.begin(), out.end());
                return out;
            };
            QCOMPARE(hashes(back.id), hashes(d.id));
        }
    }

    void impossibleExportsFail()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(3)).ok());
        QVERIFY(DatanetService(*f.ws).approveAllPending(d.id).ok());
        QVERIFY(VersionService(*f.ws).freeze(d.id).ok());
        const QString out = f.dir.filePath("never-written.jsonl");
        Result<qint64> r = VersionService(*f.ws).exportVersion(d.id, "latest", ImportFormat::Preference, out);
        QCOMPARE(r.error().code, ErrorCode::Unsupported);
        QVERIFY(!QFile::exists(out)); // nothing half-written
        QCOMPARE(VersionService(*f.ws).exportVersion(d.id, "latest", ImportFormat::Csv, out).error().code,
                 ErrorCode::Unsupported);
        QVERIFY(!parseExportFormat("csv"));
        QCOMPARE(parseExportFormat("text"), ImportFormat::TextJsonl);
    }
};

QTEST_GUILESS_MAIN(DatanetVersionTest)
#include "datanet_version_test.moc"
