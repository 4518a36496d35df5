// Signed contribution bundles between two workspaces: contributors keep their credit, external
// identities cannot sign, and one forged or altered record refuses the whole bundle by line number.
#include "DatanetTestSupport.h"
#include "datanet/ContributionBundle.h"
#include "datanet/VersionService.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace fw;
using namespace fw::datanet;

namespace {
QList<QByteArray> lines(const QByteArray& bundle)
{
    QList<QByteArray> out = bundle.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QMap<QString, ContributorStats> statsByContributor(store::Workspace& ws, qint64 datanetId)
{
    QMap<QString, ContributorStats> out;
    const QList<ContributorStats> all = *DatanetService(ws).contributorStats(datanetId);
    for (const ContributorStats& s : all)
        out.insert(s.contributor, s);
    return out;
}
} // namespace

class DatanetBundleTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DatanetFixture> m_a; // where the records were made, by two people
    std::unique_ptr<test::DatanetFixture> m_b; // another machine: one person of its own
    QByteArray m_bundle;                       // A's version as a signed bundle

    Result<ImportReport> importInto(test::DatanetFixture& f, const QByteArray& bundle,
                                    qint64* datanetId = nullptr)
    {
        const Datanet d = f.makeDatanet("imported", RecordKind::Instruction);
        if (datanetId)
            *datanetId = d.id;
        return DatanetImporter(*f.ws).importBundle(d.id, f.writeFile("in.bundle.jsonl", bundle));
    }

private slots:
    void initTestCase()
    {
        m_a = std::make_unique<test::DatanetFixture>(2);
        m_b = std::make_unique<test::DatanetFixture>(1);
        const Datanet d = m_a->makeDatanet("facts", RecordKind::Instruction);
        QVERIFY(m_a->import(d.id, "ada.jsonl", test::alpacaLines(4), false, 0).ok());
        QVERIFY(m_a->import(d.id, "grace.jsonl", test::alpacaLines(3, 50), false, 1).ok());
        QVERIFY(DatanetService(*m_a->ws).approveAllPending(d.id).ok());
        QVERIFY(VersionService(*m_a->ws).freeze(d.id).ok());
        const QString path = m_a->dir.filePath("facts.bundle.jsonl");
        Result<qint64> written = VersionService(*m_a->ws).exportSignedBundle(d.id, "latest", path);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(*written, 7);
        m_bundle = test::readFile(path);
        QCOMPARE(lines(m_bundle).size(), 8); // header + 7 records
    }

    void bundleLinesCarryKeyAndSignature()
    {
        const QList<QByteArray> all = lines(m_bundle);
        QVERIFY(
            all[0].startsWith("{\"version\":1,\"type\":\"flywheel.datanet.contribution-bundle\""));
        QBuffer buffer(&m_bundle);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Result<ContributionBundle> read = ContributionBundle::read(buffer);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(int(read->records.size()), 7);
        QSet<QString> authors;
        for (const BundleRecord& r : read->records)
            authors << r.contributor;
        QCOMPARE(authors, (QSet<QString>{m_a->people[0].address, m_a->people[1].address}));
        QVERIFY(all[1].contains("\"publicKey\":\"") && all[1].contains("\"signature\":\""));
    }

    void roundTripCreditsTheContributors()
    {
        qint64 id = 0;
        Result<ImportReport> r = importInto(*m_b, m_bundle, &id);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->added, 7);
        const QMap<QString, ContributorStats> stats = statsByContributor(*m_b->ws, id);
        QCOMPARE(stats.size(), 2);
        QCOMPARE(stats.value(m_a->people[0].address).records, 4);
        QCOMPARE(stats.value(m_a->people[1].address).records, 3);
        QVERIFY(!stats.contains(m_b->people[0].address));

        // B knows A's people now, as external identities it cannot sign with.
        wallet::WalletService wallet(*m_b->ws);
        for (const wallet::Identity& a : m_a->people) {
            Result<wallet::Identity> known = wallet.identityByAddress(a.address);
            QVERIFY2(known.ok(), qPrintable(known.error().message));
            QVERIFY(known->external);
            QVERIFY(!known->isDefault);
            QCOMPARE(known->publicKey, a.publicKey);
            QCOMPARE(wallet.signingKey(known->id).error().code, ErrorCode::InvalidArgument);
            QCOMPARE(wallet.recoveryWords(known->id).error().code, ErrorCode::InvalidArgument);
            QCOMPARE(wallet.setDefault(known->id).error().code, ErrorCode::InvalidArgument);
        }
        QVERIFY(!wallet.identity(m_b->people[0].id)->external);
        QCOMPARE(wallet.defaultIdentity()->id, m_b->people[0].id);

        // B reviews and freezes them (each record's signature verified), signed by B's own curator,
        // and re-exports them with the signatures they came with, though it holds no key of A's.
        QVERIFY(DatanetService(*m_b->ws).approveAllPending(id).ok());
        Result<VersionInfo> v = VersionService(*m_b->ws).freeze(id);
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        QCOMPARE(VersionService(*m_b->ws).statement(id, "latest")->curator, m_b->people[0].address);
        const QString again = m_b->dir.filePath("again.bundle.jsonl");
        QVERIFY(VersionService(*m_b->ws).exportSignedBundle(id, "latest", again).ok());
        const Datanet back = m_a->makeDatanet("back", RecordKind::Instruction);
        Result<ImportReport> home = DatanetImporter(*m_a->ws).importBundle(back.id, again);
        QVERIFY2(home.ok(), qPrintable(home.error().message));
        QCOMPARE(statsByContributor(*m_a->ws, back.id).value(m_a->people[1].address).records, 3);
        QVERIFY(
            !wallet::WalletService(*m_a->ws).identityByAddress(m_a->people[1].address)->external);

        // An external identity is no curator either.
        const Datanet other = m_b->makeDatanet("other", RecordKind::Instruction);
        QVERIFY(m_b->import(other.id, "b.jsonl", test::alpacaLines(2, 900)).ok());
        QVERIFY(DatanetService(*m_b->ws).approveAllPending(other.id).ok());
        const qint64 external = wallet.identityByAddress(m_a->people[0].address)->id;
        QCOMPARE(VersionService(*m_b->ws).freeze(other.id, external).error().code,
                 ErrorCode::InvalidArgument);
    }

    void tamperedBundlesAreRefusedWhole_data()
    {
        QTest::addColumn<int>("line"); // 1-based, as the message names it
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("reason"); // part of the message
        QTest::newRow("altered text") << 4 << "text"
                                      << "altered or forged";
        QTest::newRow("forged signature") << 3 << "forge"
                                          << "altered or forged";
        QTest::newRow("other author claimed") << 6 << "author"
                                              << "does not match the public key";
        QTest::newRow("last line altered") << 8 << "text"
                                           << "altered or forged";
        QTest::newRow("record removed") << 5 << "remove"
                                        << "announces 7 records";
    }

    void tamperedBundlesAreRefusedWhole()
    {
        QFETCH(int, line);
        QFETCH(QString, how);
        QFETCH(QString, reason);
        QList<QByteArray> all = lines(m_bundle);
        QByteArray& target = all[line - 1];
        if (how == "text") {
            QVERIFY(target.contains(" is "));
            target.replace(" is ", " is not ");
        } else if (how == "forge") { // a valid signature, by a key that is not the contributor's
            const crypto::SigningKey forger = crypto::SigningKey::generate();
            const QJsonObject record =
                QJsonDocument::fromJson(target).object().value("record").toObject();
            const QByteArray hash =
                RecordContent::fromJson(RecordKind::Instruction, record)->hash();
            const int at = int(target.indexOf("\"signature\":\"")) + 13;
            target.replace(at, 128, forger.sign(ContributionBundle::signedMessage(hash)).toHex());
        } else if (how == "author") { // keeps A's signature, claims B's person wrote it
            const QJsonObject o = QJsonDocument::fromJson(target).object();
            target.replace(o.value("contributor").toString().toLatin1(),
                           m_b->people[0].address.toLatin1());
        } else {
            all.removeAt(line - 1);
            line = -1;
        }
        const QByteArray tampered = all.join('\n') + '\n';
        const int before = int(wallet::WalletService(*m_b->ws).identities()->size());
        qint64 id = 0;
        Result<ImportReport> r = importInto(*m_b, tampered, &id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        if (line > 0)
            QVERIFY2(r.error().message.contains(QStringLiteral("line %1:").arg(line)),
                     qPrintable(r.error().message));
        QCOMPARE(DatanetService(*m_b->ws).records(id)->size(),
                 0); // not one record of the good lines
        QCOMPARE(int(wallet::WalletService(*m_b->ws).identities()->size()), before);
    }

    void wrongKindIsRefused()
    {
        const Datanet d = m_b->makeDatanet("texts", RecordKind::Text);
        Result<ImportReport> r = DatanetImporter(*m_b->ws).importBundle(
            d.id, m_b->writeFile("kind.bundle.jsonl", m_bundle));
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(DatanetBundleTest)
#include "datanet_bundle_test.moc"
