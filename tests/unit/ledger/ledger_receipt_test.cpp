// Receipts and their chain: canonical JSON, strict parsing, and every kind of tampering found with
// its reason (altered, removed, reordered, foreign, split not adding up, tail cut off).
#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "crypto/Sodium.h"
#include "ledger/ReceiptChain.h"

#include <QTest>

using namespace fw;
using namespace fw::ledger;

namespace {
QString addressOf(const crypto::SigningKey& k)
{
    return crypto::addressFromPublicKey(k.publicKey());
}

struct Parties
{
    crypto::SigningKey node = crypto::SigningKey::generate();
    crypto::SigningKey builder = crypto::SigningKey::generate();
    crypto::SigningKey alice = crypto::SigningKey::generate();
    crypto::SigningKey bob = crypto::SigningKey::generate();
};

Receipt makeReceipt(const Parties& p, int n, const QByteArray& previous)
{
    Receipt r;
    r.requestId = QStringLiteral("req-%1").arg(n);
    r.deployment = QStringLiteral("support-bot:v2");
    r.manifestHash = crypto::blake2b("manifest");
    r.tokensIn = 12 + n;
    r.tokensOut = 64;
    r.fee = 1'000 + n;
    r.split = *splitFee(
        r.fee, {}, addressOf(p.node), addressOf(p.builder),
        {{addressOf(p.alice), Role::Contributor, 3}, {addressOf(p.bob), Role::Labeler, 1}}, {});
    r.attribution = {
        {crypto::blake2b("record a"), crypto::blake2b("version"), addressOf(p.alice), 750'000},
        {crypto::blake2b("record b"), crypto::blake2b("version"), addressOf(p.bob), 250'000}};
    r.previousHash = previous;
    r.at = 1'800'000'000'000 + n;
    r.sign(p.node);
    return r;
}

std::vector<Receipt> makeChain(const Parties& p, int count)
{
    std::vector<Receipt> chain;
    QByteArray previous = Receipt::genesisHash();
    for (int i = 0; i < count; ++i) {
        chain.push_back(makeReceipt(p, i, previous));
        previous = chain.back().hash();
    }
    return chain;
}
} // namespace

class ReceiptTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { crypto::ensureSodium(); }

    void roundTrips()
    {
        Parties p;
        const Receipt r = makeReceipt(p, 1, Receipt::genesisHash());
        QVERIFY2(r.verify().ok(), qPrintable(r.verify().error().message));
        QCOMPARE(sumOf(r.split), r.fee);
        const QByteArray json = r.toJson();
        const Result<Receipt> back = Receipt::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->hash(), r.hash());
        QVERIFY(back->verify().ok());
        QVERIFY(r.signedMessage().startsWith(QByteArray("flywheel.receipt.v1\0", 20)));
    }

    void amountsAboveTwoToThe53Survive()
    {
        Parties p;
        Receipt r = makeReceipt(p, 1, Receipt::genesisHash());
        r.fee = kMaxAmount - 1; // not representable as a double
        r.split = {{addressOf(p.node), Role::Node, r.fee}};
        r.sign(p.node);
        const Result<Receipt> back = Receipt::fromJson(r.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->fee, kMaxAmount - 1);
        QVERIFY(back->verify().ok());
    }

    void parserRefuses_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("spaces") << QByteArray("\"version\":1") << QByteArray("\"version\": 1")
                                << "canonical";
        QTest::newRow("version 2")
            << QByteArray("\"version\":1") << QByteArray("\"version\":2") << "Unsupported";
        QTest::newRow("type") << QByteArray("flywheel.receipt\"") << QByteArray("flywheel.x\"")
                              << "type";
        QTest::newRow("fee as number")
            << QByteArray("\"fee\":\"1001\"") << QByteArray("\"fee\":1001") << "fee";
        QTest::newRow("fee leading zero")
            << QByteArray("\"fee\":\"1001\"") << QByteArray("\"fee\":\"01001\"") << "fee";
        QTest::newRow("negative fee")
            << QByteArray("\"fee\":\"1001\"") << QByteArray("\"fee\":\"-1001\"") << "fee";
        QTest::newRow("split sum")
            << QByteArray("\"fee\":\"1001\"") << QByteArray("\"fee\":\"1002\"") << "adds up";
        QTest::newRow("role") << QByteArray("\"role\":\"node\"") << QByteArray("\"role\":\"king\"")
                              << "role";
        QTest::newRow("fraction") << QByteArray("\"tokensOut\":64")
                                  << QByteArray("\"tokensOut\":64.5") << "whole";
        QTest::newRow("upper hex")
            << QByteArray("\"manifest\":\"") << QByteArray("\"manifest\":\"A") << "hex";
        QTest::newRow("extra field")
            << QByteArray("\"at\":") << QByteArray("\"x\":1,\"at\":") << "fields";
        QTest::newRow("share > 1")
            << QByteArray("\"share\":750000") << QByteArray("\"share\":1000001") << "attribution";
        QTest::newRow("request chars") << QByteArray("\"request\":\"req-1\"")
                                       << QByteArray("\"request\":\"req 1\"") << "plain";
        QTest::newRow("request too long")
            << QByteArray("\"request\":\"req-1\"") << "\"request\":\"" + QByteArray(129, 'x') + "\""
            << "plain";
        QTest::newRow("request not ASCII") << QByteArray("\"request\":\"req-1\"")
                                           << QByteArray("\"request\":\"req-\xc3\xa9\"") << "plain";
        QTest::newRow("not json") << QByteArray("{") << QByteArray("[") << "JSON object";
    }
    void parserRefuses()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        Parties p;
        QByteArray json = makeReceipt(p, 1, Receipt::genesisHash()).toJson();
        QVERIFY(json.contains(from));
        if (from == "\"manifest\":\"")
            json.replace(json.indexOf(from), from.size() + 1, to);
        else
            json.replace(json.indexOf(from), from.size(), to);
        const Result<Receipt> r = Receipt::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    }

    void chainVerifies()
    {
        Parties p;
        const std::vector<Receipt> chain = makeChain(p, 6);
        const ChainCheck c = verifyReceiptChain(chain, addressOf(p.node), Receipt::genesisHash(),
                                                chain.back().hash());
        QVERIFY2(c.ok(), qPrintable(c.message));
        QCOMPARE(c.verified, 6);
        QCOMPARE(c.failedAt, -1);
    }

    void chainTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<int>("failedAt");
        QTest::addColumn<int>("fault");
        QTest::newRow("altered fee") << "alter" << 2 << int(ChainFault::Invalid);
        QTest::newRow("removed") << "remove" << 2 << int(ChainFault::BrokenLink);
        QTest::newRow("reordered") << "reorder" << 2 << int(ChainFault::BrokenLink);
        QTest::newRow("foreign node") << "foreign" << 3 << int(ChainFault::WrongNode);
        QTest::newRow("re-signed, split short") << "split" << 1 << int(ChainFault::Invalid);
        QTest::newRow("re-signed, earlier time") << "time" << 4 << int(ChainFault::TimeReversed);
        QTest::newRow("tail cut off") << "truncate" << 5 << int(ChainFault::TrustedHeadMismatch);
    }
    void chainTampering()
    {
        QFETCH(QString, tamper);
        QFETCH(int, failedAt);
        QFETCH(int, fault);
        Parties p;
        std::vector<Receipt> chain = makeChain(p, 6);
        const QByteArray head = chain.back().hash();
        if (tamper == "alter") {
            chain[2].tokensOut += 1;
        } else if (tamper == "remove") {
            chain.erase(chain.begin() + 2);
        } else if (tamper == "reorder") {
            std::swap(chain[2], chain[3]);
        } else if (tamper == "foreign") {
            chain[3].sign(p.alice);
        } else if (tamper == "split") {
            chain[1].split.back().amount -= 1; // the node pockets one unit
            chain[1].sign(p.node);
        } else if (tamper == "time") {
            chain[4].at = chain[3].at - 1;
            chain[4].sign(p.node);
            chain[5].previousHash = chain[4].hash();
            chain[5].sign(p.node);
        } else if (tamper == "truncate") {
            chain.pop_back();
        }
        const ChainCheck c =
            verifyReceiptChain(chain, addressOf(p.node), Receipt::genesisHash(), head);
        QCOMPARE(int(c.fault), fault);
        QCOMPARE(c.failedAt, failedAt);
        QCOMPARE(c.verified, failedAt);
        QVERIFY(!c.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReceiptTest)
#include "ledger_receipt_test.moc"
