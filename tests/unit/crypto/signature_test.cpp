// Ed25519: RFC 8032 vector, sign/verify round trip, forgeries rejected; SLIP-10 wallet keys.
#include "crypto/Ed25519.h"
#include "crypto/Mnemonic.h"
#include "crypto/WalletKeys.h"

#include <QTest>

using namespace fw::crypto;

namespace {
SecureBytes fromHex(const char* hex)
{
    QByteArray raw = QByteArray::fromHex(hex);
    return SecureBytes::takeFrom(raw);
}
} // namespace

class SignatureTest : public QObject
{
    Q_OBJECT
private slots:
    void rfc8032TestVector1()
    {
        const SigningKey key = SigningKey::fromSeed(
            fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        QCOMPARE(key.publicKey().bytes().toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QCOMPARE(key.sign(QByteArray()).toHex(),
                 QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                            "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    }
    void roundTrip()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray message = "contribution root 42";
        const QByteArray sig = key.sign(message);
        QVERIFY(key.publicKey().verify(message, sig));
    }
    void forgeriesAreRejected()
    {
        const SigningKey key = SigningKey::generate();
        const SigningKey other = SigningKey::generate();
        const QByteArray message = "pay 10 OPEN";
        QByteArray sig = key.sign(message);
        QVERIFY(!key.publicKey().verify("pay 11 OPEN", sig));        // altered message
        QVERIFY(!other.publicKey().verify(message, sig));             // wrong signer
        QVERIFY(!key.publicKey().verify(message, other.sign(message))); // signature by someone else
        QVERIFY(!key.publicKey().verify(message, sig.left(63)));      // truncated
        for (int bit : {0, 100, 511}) {
            QByteArray flipped = sig;
            flipped[bit / 8] = char(flipped[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY(!key.publicKey().verify(message, flipped));
        }
        QVERIFY(!PublicKey().verify(message, sig)); // no key at all
    }
    void publicKeyLengthIsChecked()
    {
        QVERIFY(!PublicKey::fromBytes(QByteArray(31, 'x')).ok());
        QVERIFY(PublicKey::fromBytes(QByteArray(32, 'x')).ok());
    }
    void slip10MasterKeyVector()
    {
        // SLIP-0010 test vector 1 for ed25519 (seed 000102...0f), chain m.
        const SecureBytes master = slip10Ed25519MasterSecret(fromHex("000102030405060708090a0b0c0d0e0f"));
        QCOMPARE(master.toHexUnsafe(),
                 QByteArray("2b4be7f19ee27bbf30c667b642d5f4aa69fd169872f8fc3059c08ebae2eb19e7"));
        QCOMPARE(SigningKey::fromSeed(master).publicKey().bytes().toHex(),
                 QByteArray("a4b2856bfec510abab89753fac1ac0e1112364e7d250545963f135f2a33188ed"));
    }
    void walletKeyIsDeterministic()
    {
        const SecureBytes entropy = fromHex("68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c");
        const SigningKey a = walletKeyFromEntropy(entropy);
        const SigningKey b = walletKeyFromEntropy(entropy);
        QCOMPARE(a.publicKey().bytes(), b.publicKey().bytes());
        QVERIFY(b.publicKey().verify("x", a.sign("x")));
    }
};

QTEST_GUILESS_MAIN(SignatureTest)
#include "signature_test.moc"
