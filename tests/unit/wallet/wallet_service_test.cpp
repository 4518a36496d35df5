// Wallet identities: create, restore, default, rename, words, signing; secrets stay encrypted.
#include "../store/TestSupport.h"
#include "crypto/Address.h"
#include "crypto/Mnemonic.h"
#include "crypto/WalletKeys.h"
#include "wallet/ActivityLog.h"
#include "wallet/WalletService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::wallet;

namespace {
const QString kZeroWords = QStringLiteral("abandon ").repeated(23) + QStringLiteral("art");
}

class WalletServiceTest : public QObject
{
    Q_OBJECT
private slots:
    void firstIdentityIsDefault()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        WalletService wallet(**ws);
        QCOMPARE(wallet.defaultIdentity().error().code, ErrorCode::NotFound);
        auto a = wallet.createIdentity("Alice");
        auto b = wallet.createIdentity("  Bob  ");
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->isDefault);
        QVERIFY(!b->isDefault);
        QCOMPARE(b->name, QStringLiteral("Bob"));
        QVERIFY(crypto::isValidAddress(a->address));
        QCOMPARE(wallet.defaultIdentity()->id, a->id);
        QCOMPARE(wallet.identities()->size(), 2);
    }
    void restoreGivesTheSameAddressAnywhere()
    {
        QTemporaryDir one, two;
        auto ws1 = store::Workspace::create(one.path(), "p", test::fastOptions());
        auto ws2 = store::Workspace::create(two.path(), "q", test::fastOptions());
        WalletService w1(**ws1), w2(**ws2);
        auto original = w1.createIdentity("me");
        auto words = w1.recoveryWords(original->id);
        QVERIFY(words.ok());
        QCOMPARE(words->size(), 24);
        auto restored = w2.restoreIdentity("me again", *words);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(restored->address, original->address);
        QCOMPARE(restored->publicKey, original->publicKey);
    }
    void restoreKnownVector()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        WalletService wallet(**ws);
        auto id = wallet.restoreIdentity("zero", crypto::mnemonic::splitWords(kZeroWords));
        QVERIFY(id.ok());
        QByteArray zeros(32, '\0');
        const auto expected = crypto::walletKeyFromEntropy(crypto::SecureBytes::takeFrom(zeros));
        QCOMPARE(id->address, crypto::addressFromPublicKey(expected.publicKey()));
        // The same identity twice is refused, not duplicated.
        QCOMPARE(wallet.restoreIdentity("again", crypto::mnemonic::splitWords(kZeroWords)).error().code,
                 ErrorCode::AlreadyExists);
    }
    void badRestoreInput()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        WalletService wallet(**ws);
        QCOMPARE(wallet.restoreIdentity("x", {"abandon", "about"}).error().code, ErrorCode::InvalidArgument);
        QStringList typo = crypto::mnemonic::splitWords(kZeroWords);
        typo[5] = "abandom";
        QVERIFY(wallet.restoreIdentity("x", typo).error().message.contains("abandom"));
        QCOMPARE(wallet.createIdentity("   ").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(wallet.identities()->size(), 0);
    }
    void setDefaultAndRename()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        WalletService wallet(**ws);
        auto a = wallet.createIdentity("a");
        auto b = wallet.createIdentity("b");
        QVERIFY(wallet.setDefault(b->id).ok());
        QCOMPARE(wallet.defaultIdentity()->id, b->id);
        QVERIFY(!wallet.identity(a->id)->isDefault);
        QCOMPARE(wallet.setDefault(999).error().code, ErrorCode::NotFound);
        QCOMPARE(wallet.defaultIdentity()->id, b->id);
        QVERIFY(wallet.rename(a->id, "renamed").ok());
        QCOMPARE(wallet.identity(a->id)->name, QStringLiteral("renamed"));
        QCOMPARE(wallet.rename(999, "x").error().code, ErrorCode::NotFound);
        QCOMPARE(wallet.identityByAddress(b->address.toUpper())->id, b->id);
    }
    void signingKeyMatchesAddress()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        WalletService wallet(**ws);
        auto id = wallet.createIdentity("signer");
        auto key = wallet.signingKey(id->id);
        QVERIFY(key.ok());
        auto pub = crypto::publicKeyFromAddress(id->address);
        QVERIFY(pub->verify("hello", key->sign("hello")));
    }
    void lockedWorkspaceRefuses()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        WalletService wallet(**ws);
        auto id = wallet.createIdentity("x");
        (*ws)->lock();
        QCOMPARE(wallet.identities().error().code, ErrorCode::Locked);
        QCOMPARE(wallet.recoveryWords(id->id).error().code, ErrorCode::Locked);
    }
    void secretsAreNotOnDiskInClear()
    {
        QTemporaryDir tmp;
        QByteArray entropyHex;
        {
            auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
            WalletService wallet(**ws);
            auto id = wallet.createIdentity("Zanzibar-Identity-Name");
            auto words = wallet.recoveryWords(id->id);
            auto entropy = crypto::mnemonic::toEntropy(*words);
            entropyHex = entropy->toHexUnsafe();
            QVERIFY(test::filesContaining(tmp.path(), QByteArray::fromHex(entropyHex)).isEmpty());
        }
        QVERIFY(test::filesContaining(tmp.path(), QByteArray::fromHex(entropyHex)).isEmpty());
        QVERIFY(test::filesContaining(tmp.path(), "Zanzibar-Identity-Name").isEmpty());
    }
    void activityIsLogged()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        WalletService wallet(**ws);
        auto id = wallet.createIdentity("x");
        auto db = (*ws)->requireDatabase();
        QVERIFY(db.ok());
        auto log = recentActivity(**db);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().kind, QStringLiteral("identity.created"));
        QCOMPARE(log->first().detail, id->address);
    }
};

QTEST_GUILESS_MAIN(WalletServiceTest)
#include "wallet_service_test.moc"
