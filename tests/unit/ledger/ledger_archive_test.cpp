// ReceiptArchive over a real workspace: receipts of several nodes appended in chain order, a repeat
// fetch changing nothing, every kind of forged, altered or reordered receipt refused with its
// reason and nothing stored, a mid-chain start only when allowed, the union with the node's own
// receipts; and the JSONL check `receipts verify` runs, naming the first failing line.
#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "crypto/Sodium.h"
#include "ledger/ReceiptArchive.h"
#include "ledger/ReceiptLog.h"
#include "unit/ledger/EarningsFixture.h"
#include "unit/store/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::ledger;

namespace {
QString addressOf(const crypto::SigningKey& k)
{
    return crypto::addressFromPublicKey(k.publicKey());
}

struct Node
{
    crypto::SigningKey key = crypto::SigningKey::generate();
    crypto::SigningKey builder = crypto::SigningKey::generate();
    crypto::SigningKey alice = crypto::SigningKey::generate();

    Receipt make(int n, const QByteArray& previous) const
    {
        Receipt r;
        r.requestId = QStringLiteral("req-%1").arg(n);
        r.deployment = QStringLiteral("bot:v1");
        r.manifestHash = crypto::blake2b("manifest");
        r.tokensIn = 5;
        r.tokensOut = 7;
        r.fee = 100 + n;
        r.split = *splitFee(r.fee, {}, addressOf(key), addressOf(builder),
                            {{addressOf(alice), Role::Contributor, 1}}, {});
        r.attribution = {
            {crypto::blake2b("rec"), crypto::blake2b("ver"), addressOf(alice), 1'000'000}};
        r.previousHash = previous;
        r.at = 1'800'000'000'000 + n;
        r.sign(key);
        return r;
    }

    std::vector<Receipt> chain(int count) const
    {
        std::vector<Receipt> out;
        QByteArray previous = Receipt::genesisHash();
        for (int i = 0; i < count; ++i) {
            out.push_back(make(i, previous));
            previous = out.back().hash();
        }
        return out;
    }
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Workspace> ws;

    Fixture()
    {
        auto created =
            store::Workspace::create(dir.filePath("ws"), "archive test", test::fastOptions());
        if (!created)
            qFatal("cannot create workspace: %s", qPrintable(created.error().message));
        ws = std::move(*created);
    }

    int count() const
    {
        auto all = ReceiptArchive(*ws).loadArchived();
        return all ? int(all->size()) : -1;
    }
};
} // namespace

class ReceiptArchiveTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { crypto::ensureSodium(); }

    void appendsChainsOfSeveralNodes()
    {
        Fixture f;
        Node a, b;
        const std::vector<Receipt> ca = a.chain(4), cb = b.chain(3);
        // Interleaved, as a fetch from two nodes might hand them over.
        QVERIFY(ReceiptArchive(*f.ws).add({ca[0], cb[0], ca[1], cb[1]}).ok());
        Result<ArchiveAdd> more = ReceiptArchive(*f.ws).addCounted({ca[2], ca[3], cb[2]});
        QVERIFY2(more.ok(), qPrintable(more.error().message));
        QCOMPARE(more->added, 3);
        QCOMPARE(f.count(), 7);
        QCOMPARE(*ReceiptArchive(*f.ws).head(addressOf(a.key)), ca[3].hash());
        QCOMPARE(*ReceiptArchive(*f.ws).head(addressOf(b.key)), cb[2].hash());
        QVERIFY(ReceiptArchive(*f.ws).head(addressOf(a.alice))->isEmpty());
        // Stored node by node, each in chain order: the whole archive verifies from genesis.
        const auto all = ReceiptArchive(*f.ws).loadArchived();
        QVERIFY(all.ok());
        const ReceiptLogCheck check = verifyReceipts(*all);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(check.verified, 7);
        QCOMPARE(check.nodes, 2);
    }

    void repeatedFetchIsIdempotent()
    {
        Fixture f;
        Node a;
        const std::vector<Receipt> c = a.chain(3);
        QVERIFY(ReceiptArchive(*f.ws).add({c[0], c[1]}).ok());
        // since=ID overlaps: the known ones are skipped, the new one links to the stored head.
        Result<ArchiveAdd> again = ReceiptArchive(*f.ws).addCounted(c);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->alreadyStored, 2);
        QCOMPARE(again->added, 1);
        Result<ArchiveAdd> third = ReceiptArchive(*f.ws).addCounted(c);
        QCOMPARE(third->added, 0);
        QCOMPARE(third->alreadyStored, 3);
        QCOMPARE(f.count(), 3);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("reason");
        QTest::newRow("altered") << "alter"
                                 << "signature";
        QTest::newRow("forged by another key") << "forge"
                                               << "signature";
        QTest::newRow("split short, re-signed") << "split"
                                                << "adds up";
        QTest::newRow("reordered") << "reorder"
                                   << "does not follow";
        QTest::newRow("one missing") << "gap"
                                     << "does not follow";
        QTest::newRow("mid-chain start") << "start"
                                         << "not the first receipt";
        QTest::newRow("dated before") << "time"
                                      << "dated before";
        QTest::newRow("fork of a stored one") << "fork"
                                              << "does not follow";
    }
    void refuses()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, reason);
        Fixture f;
        Node a;
        std::vector<Receipt> c = a.chain(4);
        if (tamper == "fork") {
            QVERIFY(ReceiptArchive(*f.ws).add({c[0], c[1]}).ok());
            Receipt other = a.make(9, c[0].hash()); // a second receipt after c[0]
            c = {other};
        } else if (tamper == "alter") {
            c[2].fee += 1;
            c[2].split.front().amount += 1;
        } else if (tamper == "forge") {
            const crypto::SigningKey mallory = crypto::SigningKey::generate();
            const QString node = c[2].node;
            c[2].sign(mallory);
            c[2].node = node; // claims to be the node, signed by someone else
        } else if (tamper == "split") {
            c[2].split.back().amount -= 1;
            c[2].sign(a.key);
        } else if (tamper == "reorder") {
            std::swap(c[1], c[2]);
        } else if (tamper == "gap") {
            c.erase(c.begin() + 1);
        } else if (tamper == "start") {
            c.erase(c.begin());
        } else if (tamper == "time") {
            c[2].at = c[1].at - 1;
            c[2].sign(a.key);
        }
        const int before = f.count();
        const Status s = ReceiptArchive(*f.ws).add(c);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Corrupt);
        QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("Nothing was stored")),
                 qPrintable(s.error().message));
        QCOMPARE(f.count(), before); // all or nothing
    }

    void midChainStartWhenAllowed()
    {
        Fixture f;
        Node a;
        const std::vector<Receipt> c = a.chain(4);
        QVERIFY(!ReceiptArchive(*f.ws).add({c[2], c[3]}).ok());
        QVERIFY(ReceiptArchive(*f.ws).add({c[2], c[3]}, ChainStart::AnyReceipt).ok());
        QCOMPARE(f.count(), 2);
        // Once a node has receipts here, the next must follow them, whatever `start` says.
        QVERIFY(!ReceiptArchive(*f.ws).add({c[1]}, ChainStart::AnyReceipt).ok());
    }

    void archiveIsAppendOnly()
    {
        Fixture f;
        Node a;
        QVERIFY(ReceiptArchive(*f.ws).add(a.chain(1)).ok());
        auto db = f.ws->requireDatabase();
        QVERIFY(db.ok());
        QVERIFY(!(*db)->exec("UPDATE ledger_receipt_archive SET at = 0").ok());
        QVERIFY(!(*db)->exec("DELETE FROM ledger_receipt_archive").ok());
        QCOMPARE(f.count(), 1);
    }

    void loadAllIsTheUnionWithTheNodesOwn()
    {
        Fixture f;
        test::EarningsFixture earned;
        const QString failure = earned.build(*f.ws);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // The node's own receipts fetched into the archive as well are counted once.
        QVERIFY(ReceiptArchive(*f.ws).add(earned.own).ok());
        const auto all = ReceiptArchive(*f.ws).loadAll();
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->size(), earned.own.size() + earned.foreign.size());
        QCOMPARE(all->front().hash(), earned.own.front().hash());
        const ReceiptLogCheck check = verifyReceipts(*all);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(check.nodes, 2);
    }

    void receiptLogNamesTheFirstFailingLine_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<int>("failedLine");
        QTest::addColumn<int>("verified");
        QTest::addColumn<QString>("reason");
        QTest::newRow("intact") << "" << 0 << 5 << "";
        QTest::newRow("not JSON") << "garbage" << 3 << 2 << "JSON";
        QTest::newRow("edited amount") << "edit" << 4 << 3 << "adds up";
        QTest::newRow("reordered") << "swap" << 2 << 1 << "does not follow";
        QTest::newRow("partial without leave") << "cut" << 1 << 0 << "not the first";
    }
    void receiptLogNamesTheFirstFailingLine()
    {
        QFETCH(QString, tamper);
        QFETCH(int, failedLine);
        QFETCH(int, verified);
        QFETCH(QString, reason);
        Node a, b;
        const std::vector<Receipt> ca = a.chain(3), cb = b.chain(2);
        QList<QByteArray> lines = {ca[0].toJson(), ca[1].toJson(), cb[0].toJson(), ca[2].toJson(),
                                   cb[1].toJson()};
        if (tamper == "garbage")
            lines[2] = "{not json";
        else if (tamper == "edit")
            lines[3].replace("\"fee\":\"102\"", "\"fee\":\"902\"");
        else if (tamper == "swap")
            std::swap(lines[1], lines[3]);
        else if (tamper == "cut")
            lines.removeFirst();
        const QByteArray jsonl = lines.join('\n') + "\n\n";
        const ReceiptLogCheck check = verifyReceiptLog(jsonl);
        QCOMPARE(check.failedLine, failedLine);
        QCOMPARE(check.verified, verified);
        QVERIFY2(check.message.contains(reason), qPrintable(check.message));
        if (failedLine)
            QVERIFY(check.message.startsWith(QStringLiteral("Line %1:").arg(failedLine)));
        if (tamper == "cut")
            QVERIFY(verifyReceiptLog(jsonl, ChainStart::AnyReceipt).ok());
    }
};

QTEST_GUILESS_MAIN(ReceiptArchiveTest)
#include "ledger_archive_test.moc"
