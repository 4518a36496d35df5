// Signed version statements: freezing signs one, any changed field or a forged signature is
// refused, and proofs from the workspace are checked against them (a one-leaf proof of any hash is
// not).
#include "DatanetTestSupport.h"
#include "crypto/Address.h"
#include "datanet/ContributionWriter.h"
#include "datanet/MerkleTree.h"
#include "datanet/VersionService.h"
#include "datanet/VersionStatement.h"
#include "store/Database.h"

using namespace fw;
using namespace fw::datanet;

class DatanetStatementTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DatanetFixture> m_f; // shared: each test works in datanets of its own

    // A datanet of `records` approved records, frozen once.
    std::pair<Datanet, VersionInfo> frozen(int records)
    {
        const Datanet d = m_f->makeDatanet("d", RecordKind::Instruction);
        if (!m_f->import(d.id, "a.jsonl", test::alpacaLines(records)).ok() ||
            !DatanetService(*m_f->ws).approveAllPending(d.id).ok())
            qFatal("cannot prepare the datanet");
        Result<VersionInfo> v = VersionService(*m_f->ws).freeze(d.id);
        if (!v)
            qFatal("cannot freeze: %s", qPrintable(v.error().message));
        return {d, *v};
    }

private slots:
    void initTestCase() { m_f = std::make_unique<test::DatanetFixture>(); }

    void freezeSignsAStatement()
    {
        const auto [d, v] = frozen(5);
        Result<VersionStatement> s = VersionService(*m_f->ws).statement(d.id, "latest");
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QVERIFY(s->verify().ok());
        QCOMPARE(s->datanetUid, d.uid);
        QCOMPARE(s->versionId, v.root);
        QCOMPARE(s->recordCount, 5);
        QCOMPARE(s->frozenAt, v.createdAt.toMSecsSinceEpoch());
        QCOMPARE(s->curator, m_f->people[0].address); // the default identity
        QVERIFY(s->signedMessage().startsWith(QByteArray("flywheel.version-statement.v1") + '\0'));

        Result<VersionStatement> back = VersionStatement::fromJson(s->toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->toJson(), s->toJson());
        QVERIFY(back->verify().ok());
        QCOMPARE(VersionStatement::fromJson(s->toJson().replace(",\"", ", \"")).error().code,
                 ErrorCode::Corrupt);
    }

    void freezeAsAnotherCurator()
    {
        const Datanet d = m_f->makeDatanet("other curator", RecordKind::Instruction);
        QVERIFY(m_f->import(d.id, "a.jsonl", test::alpacaLines(3)).ok());
        QVERIFY(DatanetService(*m_f->ws).approveAllPending(d.id).ok());
        QVERIFY(VersionService(*m_f->ws).freeze(d.id, m_f->people[1].id).ok());
        QCOMPARE(VersionService(*m_f->ws).statement(d.id, "latest")->curator,
                 m_f->people[1].address);
    }

    void tamperedStatementsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* field : {"root", "count", "curator", "time", "datanet", "forged signature",
                                  "contribution signature"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void tamperedStatementsAreRefused()
    {
        QFETCH(QString, field);
        const auto [d, v] = frozen(4);
        VersionStatement s = *VersionService(*m_f->ws).statement(d.id, v.idHex());
        QVERIFY(s.verify().ok());
        const crypto::SigningKey stranger = crypto::SigningKey::generate();
        if (field == "root")
            s.versionId[0] = char(s.versionId[0] ^ 1);
        else if (field == "count")
            s.recordCount += 1;
        else if (field == "curator") // claims another curator, keeps the signature
            s.curator = m_f->people[1].address;
        else if (field == "time")
            s.frozenAt -= 1;
        else if (field == "datanet")
            s.datanetUid[3] = char(s.datanetUid[3] ^ 0x40);
        else if (field == "forged signature") // signed by someone else, still naming the curator
            s.signature = stranger.sign(s.signedMessage());
        else { // the curator's own signature over other bytes: domain separation keeps it out
            Result<crypto::SigningKey> key =
                wallet::WalletService(*m_f->ws).signingKey(m_f->people[0].id);
            QVERIFY(key.ok());
            s.signature = key->sign(
                ContributionWriter::signedMessage(s.datanetUid, s.versionId, s.recordCount));
        }
        const Status checked = s.verify();
        QVERIFY2(!checked.ok(), qPrintable(field));
        QCOMPARE(checked.error().code, ErrorCode::Corrupt);
        // The proof of a real record fails against the altered statement too.
        const QString record = QString::fromLatin1(
            DatanetService(*m_f->ws).records(d.id)->first().contentHash.toHex());
        const InclusionProof p = *VersionService(*m_f->ws).prove(d.id, "latest", record);
        QVERIFY(!p.verify(s).ok());
    }

    void proofsAreCheckedAgainstTheSignedVersion()
    {
        const auto [d, v] = frozen(6);
        VersionService versions(*m_f->ws);
        const QList<RecordInfo> records = *DatanetService(*m_f->ws).records(d.id);
        for (const RecordInfo& r : records) {
            const InclusionProof p =
                *versions.prove(d.id, "latest", QString::fromLatin1(r.contentHash.toHex()));
            Result<VersionStatement> used = versions.verifyProof(p, v.idHex().left(8));
            QVERIFY2(used.ok(), qPrintable(used.error().message));
            QCOMPARE(used->versionId, v.root);
        }
        // One leaf, no path: consistent with itself for any hash, refused against the version.
        InclusionProof forged;
        forged.datanetUid = d.uid;
        forged.recordHash = QByteArray(32, '\x11');
        forged.treeSize = 1;
        forged.versionId = MerkleTree::seal(d.uid, MerkleTree::leafHash(forged.recordHash), 1);
        QCOMPARE(versions.verifyProof(forged, v.idHex()).error().code, ErrorCode::Corrupt);
        forged.versionId = v.root;
        forged.treeSize = v.recordCount;
        QCOMPARE(versions.verifyProof(forged, v.idHex()).error().code, ErrorCode::Corrupt);
        InclusionProof stranger = forged;
        stranger.datanetUid = QByteArray(16, '\x01');
        QCOMPARE(versions.verifyProof(stranger, v.idHex()).error().code, ErrorCode::NotFound);
    }

    void alteredStoredStatementIsRefused()
    {
        const auto [d, v] = frozen(3);
        VersionService versions(*m_f->ws);
        const QString record = QString::fromLatin1(
            DatanetService(*m_f->ws).records(d.id)->first().contentHash.toHex());
        const InclusionProof p = *versions.prove(d.id, "latest", record);
        QVERIFY(versions.verifyProof(p, "latest").ok());
        auto connection = m_f->ws->requireDatabase();
        QVERIFY(connection.ok());
        store::Database& db = **connection;
        QVERIFY(
            !db.exec("UPDATE version_statements SET frozen_at = frozen_at + 1").ok()); // immutable
        QVERIFY(db.exec("DROP TRIGGER version_statements_no_update").ok());
        QVERIFY(
            db.exec("UPDATE version_statements SET frozen_at = frozen_at + 1 WHERE version_id = " +
                    QString::number(v.id))
                .ok());
        QCOMPARE(versions.verifyProof(p, "latest").error().code, ErrorCode::Corrupt);
        QVERIFY(
            db.exec("DELETE FROM version_statements WHERE version_id = " + QString::number(v.id))
                .ok());
        QCOMPARE(versions.verifyProof(p, "latest").error().code, ErrorCode::NotFound);
        // Freezing the same records again signs the unsigned version, as for one frozen before
        // statements.
        QCOMPARE(versions.freeze(d.id)->id, v.id);
        QVERIFY(versions.verifyProof(p, "latest").ok());
    }
};

QTEST_GUILESS_MAIN(DatanetStatementTest)
#include "datanet_statement_test.moc"
