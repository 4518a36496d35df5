// Address encoding: round trip, checksum catches typos, malformed text is refused.
#include "crypto/Address.h"
#include "crypto/Ed25519.h"

#include <QTest>

using namespace fw::crypto;

class AddressTest : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        for (int i = 0; i < 50; ++i) {
            const SigningKey key = SigningKey::generate();
            const QString address = addressFromPublicKey(key.publicKey());
            QVERIFY(address.startsWith("fw1"));
            QCOMPARE(address.size(), 3 + 58);
            auto back = publicKeyFromAddress(address);
            QVERIFY(back.ok());
            QCOMPARE(back->bytes(), key.publicKey().bytes());
        }
    }
    void everySingleCharacterTypoIsDetected()
    {
        const QString address = addressFromPublicKey(SigningKey::generate().publicKey());
        const QString alphabet = QStringLiteral("qpzry9x8gf2tvdw0s3jn54khce6mua7l");
        int tried = 0;
        for (int pos = 3; pos < address.size(); ++pos) {
            for (QChar c : alphabet) {
                if (c == address[pos])
                    continue;
                QString typo = address;
                typo[pos] = c;
                QVERIFY2(!isValidAddress(typo), qPrintable(typo));
                ++tried;
            }
        }
        QCOMPARE(tried, 58 * 31);
    }
    void swappedNeighboursAreDetected()
    {
        const QString address = addressFromPublicKey(SigningKey::generate().publicKey());
        for (int pos = 3; pos + 1 < address.size(); ++pos) {
            if (address[pos] == address[pos + 1])
                continue;
            QString typo = address;
            std::swap(typo[pos], typo[pos + 1]);
            QVERIFY(!isValidAddress(typo));
        }
    }
    void toleratesCaseAndSpaces()
    {
        const QString address = addressFromPublicKey(SigningKey::generate().publicKey());
        QVERIFY(isValidAddress("  " + address.toUpper() + "\n"));
    }
    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("prefix only") << "fw1";
        QTest::newRow("wrong prefix") << "xx1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq";
        QTest::newRow("letter b") << "fw1bqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq";
        QTest::newRow("non-ascii") << QString::fromUtf8("fw1ééqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq");
        QTest::newRow("too short") << "fw1qqqq";
    }
    void malformed()
    {
        QFETCH(QString, text);
        auto r = publicKeyFromAddress(text);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith("Invalid address"));
    }
};

QTEST_GUILESS_MAIN(AddressTest)
#include "address_test.moc"
