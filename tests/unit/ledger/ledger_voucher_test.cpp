// Vouchers: the header round trip, a strict parser, and a signature that covers every field.
#include "crypto/Address.h"
#include "crypto/Sodium.h"
#include "ledger/Voucher.h"

#include <QTest>

using namespace fw;
using namespace fw::ledger;

namespace {
Voucher sampleVoucher(const crypto::SigningKey& payer, const crypto::SigningKey& node)
{
    Voucher v;
    v.channelId = QByteArray(16, '\x07');
    v.node = node.publicKey();
    v.lane = 3;
    v.cumulative = 1'500'000;
    v.nonce = 42;
    v.expiresAt = 1'900'000'000'000;
    v.sign(payer);
    return v;
}

QByteArray rawOf(const QByteArray& header)
{
    return QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding);
}

QByteArray headerOf(const QByteArray& raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class VoucherTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { crypto::ensureSodium(); }

    void roundTrips()
    {
        const auto payer = crypto::SigningKey::generate();
        const auto node = crypto::SigningKey::generate();
        const Voucher v = sampleVoucher(payer, node);
        QVERIFY(v.verify().ok());
        const QByteArray header = v.toHeader();
        QCOMPARE(rawOf(header).size(), Voucher::kWireBytes);
        QVERIFY(!header.contains('=') && !header.contains('+') && !header.contains('/'));
        const Result<Voucher> back = Voucher::fromHeader(header);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->toHeader(), header);
        QCOMPARE(back->payerAddress(), crypto::addressFromPublicKey(payer.publicKey()));
        QCOMPARE(back->lane, 3u);
        QCOMPARE(back->cumulative, Amount(1'500'000));
        QVERIFY(back->verify().ok());
    }

    // Every byte of the body is signed: flipping any one of them makes the voucher forged.
    void everyByteIsSigned()
    {
        const auto payer = crypto::SigningKey::generate();
        const auto node = crypto::SigningKey::generate();
        const QByteArray raw = rawOf(sampleVoucher(payer, node).toHeader());
        for (int i = 4; i < Voucher::kWireBytes; ++i) {
            QByteArray changed = raw;
            changed[i] = char(changed[i] ^ 0x01);
            const Result<Voucher> v = Voucher::fromHeader(headerOf(changed));
            if (v.ok())
                QVERIFY2(!v->verify().ok(), qPrintable(QString("byte %1").arg(i)));
        }
    }

    void signatureIsDomainSeparated()
    {
        const auto payer = crypto::SigningKey::generate();
        const auto node = crypto::SigningKey::generate();
        Voucher v = sampleVoucher(payer, node);
        // A signature over the bare body (no purpose tag) must not pass.
        v.signature = payer.sign(v.body());
        QVERIFY(!v.verify().ok());
        QVERIFY(v.signedMessage().startsWith("flywheel.voucher.v1\0"));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("reason");
        const auto payer = crypto::SigningKey::generate();
        const auto node = crypto::SigningKey::generate();
        const QByteArray good = sampleVoucher(payer, node).toHeader();
        const QByteArray raw = rawOf(good);
        auto with = [&](int at, const QByteArray& bytes) {
            QByteArray r = raw;
            r.replace(at, bytes.size(), bytes);
            return headerOf(r);
        };
        QTest::newRow("empty") << QByteArray() << "FWV";
        QTest::newRow("padding") << good + "="
                                 << "base64url";
        QTest::newRow("standard base64") << raw.toBase64() << "base64url";
        QTest::newRow("space") << good + " "
                               << "base64url";
        QTest::newRow("truncated") << headerOf(raw.left(100)) << "bytes instead";
        QTest::newRow("trailing byte") << headerOf(raw + 'x') << "bytes instead";
        QTest::newRow("bad magic") << with(0, "XWV") << "FWV";
        QTest::newRow("version 2") << with(3, QByteArray(1, '\x02')) << "version 2";
        QTest::newRow("lane 256") << with(84, QByteArray("\x00\x00\x01\x00", 4)) << "lane 256";
        QTest::newRow("negative amount") << with(88, QByteArray(8, '\xff')) << "out of range";
        QTest::newRow("zero amount") << with(88, QByteArray(8, '\0')) << "out of range";
        QTest::newRow("above max")
            << with(88, QByteArray("\x0f\xff\xff\xff\xff\xff\xff\xff", 8)) << "out of range";
        QTest::newRow("zero expiry") << with(104, QByteArray(8, '\0')) << "expiry";
        QTest::newRow("huge") << QByteArray(100'000, 'A') << "too long";
    }
    void refuses()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, reason);
        const Result<Voucher> v = Voucher::fromHeader(header);
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(reason), qPrintable(v.error().message));
    }
};

QTEST_GUILESS_MAIN(VoucherTest)
#include "ledger_voucher_test.moc"
