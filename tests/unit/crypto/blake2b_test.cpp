// BLAKE2b: RFC 7693 vector, streaming equals one-shot, keyed hashing differs.
#include "crypto/Blake2b.h"
#include "crypto/SecureBytes.h"

#include <QTest>

using namespace fw::crypto;

class Blake2bTest : public QObject
{
    Q_OBJECT
private slots:
    void rfc7693Abc()
    {
        QCOMPARE(blake2b("abc", 64).toHex(),
                 QByteArray("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                            "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"));
    }
    void streamingEqualsOneShot()
    {
        QByteArray data;
        for (int i = 0; i < 10000; ++i)
            data += char(i * 7);
        Blake2bHasher h;
        for (int i = 0; i < data.size(); i += 333)
            h.add(data.mid(i, 333));
        QCOMPARE(h.finish(), blake2b(data));
    }
    void keyedDiffers()
    {
        QVERIFY(blake2bKeyed("k", "data") != blake2b("data"));
        QCOMPARE(blake2bKeyed("k", "data"), blake2bKeyed("k", "data"));
    }
    void secureBytesMoveAndWipe()
    {
        QByteArray secret = "hunter2";
        SecureBytes s = SecureBytes::takeFrom(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(s.toByteArrayUnsafe(), QByteArray("hunter2"));
        SecureBytes moved = std::move(s);
        QVERIFY(s.empty());
        QCOMPARE(moved.size(), std::size_t(7));
        QVERIFY(moved.equals(reinterpret_cast<const unsigned char*>("hunter2"), 7));
        QVERIFY(!moved.equals(reinterpret_cast<const unsigned char*>("hunter3"), 7));
    }
};

QTEST_GUILESS_MAIN(Blake2bTest)
#include "blake2b_test.moc"
