// BIP39 mnemonics against the published English test vectors (passphrase "TREZOR").
#include "crypto/Mnemonic.h"

#include <QTest>

using namespace fw::crypto;

namespace {
SecureBytes fromHex(const char* hex)
{
    QByteArray raw = QByteArray::fromHex(hex);
    return SecureBytes::takeFrom(raw);
}
} // namespace

class MnemonicTest : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QByteArray>("seed");
        QTest::newRow("12 words zero") << QByteArray("00000000000000000000000000000000")
            << "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
            << QByteArray("c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04");
        QTest::newRow("24 words zero") << QByteArray("0000000000000000000000000000000000000000000000000000000000000000")
            << "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art"
            << QByteArray("bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd3097170af7a4d73245cafa9c3cca8d561a7c3de6f5d4a10be8ed2a5e608d68f92fcc8");
        QTest::newRow("24 words 7f") << QByteArray("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")
            << "legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth title"
            << QByteArray("bc09fca1804f7e69da93c2f2028eb238c227f2e9dda30cd63699232578480a4021b146ad717fbb7e451ce9eb835f43620bf5c514db0f8add49f5d121449d3e87");
        QTest::newRow("24 words 80") << QByteArray("8080808080808080808080808080808080808080808080808080808080808080")
            << "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless"
            << QByteArray("c0c519bd0e91a2ed54357d9d1ebef6f5af218a153624cf4f2da911a0ed8f7a09e2ef61af0aca007096df430022f7a2b6fb91661a9589097069720d015e4e982f");
        QTest::newRow("24 words ff") << QByteArray("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")
            << "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote"
            << QByteArray("dd48c104698c30cfe2b6142103248622fb7bb0ff692eebb00089b32d22484e1613912f0a5b694407be899ffd31ed3992c456cdf60f5d4564b8ba3f05a69890ad");
        QTest::newRow("24 words random") << QByteArray("68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c")
            << "hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel tennis maple dilemma loan word shrug inflict delay length"
            << QByteArray("64c87cde7e12ecf6704ab95bb1408bef047c22db4cc7491c4271d170a1b213d20b385bc1588d9c7b38f1b39d415665b8a9030c9ec653d75e65f847d8fc1fc440");
    }
    void vectors()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QString, words);
        QFETCH(QByteArray, seed);
        const QStringList list = mnemonic::fromEntropy(fromHex(entropy.constData()));
        QCOMPARE(list.join(' '), words);
        auto back = mnemonic::toEntropy(list);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->toHexUnsafe(), entropy);
        QCOMPARE(mnemonic::toSeed(list, QStringLiteral("TREZOR")).toHexUnsafe(), seed);
    }
    void wrongChecksumIsRejected()
    {
        QStringList words = mnemonic::fromEntropy(fromHex("68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c"));
        std::swap(words[0], words[1]); // still valid words, wrong order
        auto r = mnemonic::toEntropy(words);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("checksum"));
    }
    void unknownWordIsNamed()
    {
        QStringList words = mnemonic::splitWords(QStringLiteral("abandon ").repeated(23) + "artt");
        auto r = mnemonic::toEntropy(words);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("24"));
        QVERIFY(r.error().message.contains("artt"));
    }
    void wrongWordCountIsRejected()
    {
        QVERIFY(!mnemonic::toEntropy(QStringList{"abandon", "art"}).ok());
        QVERIFY(!mnemonic::toEntropy(QStringList()).ok());
    }
    void splitAcceptsMessyInput()
    {
        const QStringList words = mnemonic::splitWords("  Zoo\tzoo\n ZOO  ");
        QCOMPARE(words, QStringList({"zoo", "zoo", "zoo"}));
        QVERIFY(mnemonic::isWord("zoo"));
        QVERIFY(!mnemonic::isWord("zooo"));
        QVERIFY(!mnemonic::isWord(""));
    }
};

QTEST_GUILESS_MAIN(MnemonicTest)
#include "mnemonic_test.moc"
