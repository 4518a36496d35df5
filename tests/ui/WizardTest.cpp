// The first-run wizard: creating a workspace, restoring a wallet from known words, word checks.
#include "UiTestSupport.h"

#include "crypto/Address.h"
#include "crypto/Mnemonic.h"
#include "crypto/WalletKeys.h"
#include "ui/common/MnemonicEntry.h"
#include "ui/common/PassphraseFields.h"
#include "ui/wizard/FinishPage.h"
#include "ui/wizard/FirstRunWizard.h"
#include "ui/wizard/IdentityPage.h"
#include "ui/wizard/LocationPage.h"
#include "ui/wizard/PassphrasePage.h"
#include "ui/wizard/WelcomePage.h"
#include "wallet/WalletService.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace fw;

class WizardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::initGuiTest(); }
    void createsWorkspace();
    void restoresKnownWords();
    void mnemonicEntryExplainsProblems();
    void passphraseNeedsConfirmation();

private:
    static QStringList abandonArt()
    {
        QStringList words;
        for (int i = 0; i < 23; ++i)
            words << QStringLiteral("abandon");
        return words << QStringLiteral("art");
    }
    // Walks Location and Passphrase pages; leaves the wizard on the identity (or restore) page.
    static void fillLocationAndPassphrase(ui::FirstRunWizard& wizard, const QString& dir)
    {
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::LocationId));
        wizard.locationPage()->folderEdit()->setText(dir);
        QVERIFY(wizard.locationPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::PassphraseId));
        QVERIFY(!wizard.currentPage()->isComplete());
        auto* fields = wizard.passphrasePage()->fields();
        QTest::keyClicks(fields->passphraseEdit(), QStringLiteral("long enough words"));
        QTest::keyClicks(fields->confirmEdit(), QStringLiteral("long enough words"));
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
    }
};

void WizardTest::createsWorkspace()
{
    QTemporaryDir tmp;
    ui::FirstRunWizard wizard(crypto::KdfParams::interactive());
    wizard.show();
    const QString dir = tmp.filePath(QStringLiteral("created"));
    fillLocationAndPassphrase(wizard, dir);
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::IdentityId));
    wizard.identityPage()->nameEdit()->setText(QStringLiteral("Alice"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::FinishId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.finishPage()->isComplete(), 60000);
    wizard.accept();
    std::unique_ptr<store::Workspace> ws = wizard.takeWorkspace();
    QVERIFY(ws);
    QVERIFY(!ws->isLocked());
    QCOMPARE(QDir(ws->directory()).absolutePath(), QDir(dir).absolutePath());
    Result<QList<wallet::Identity>> ids = wallet::WalletService(*ws).identities();
    QVERIFY(ids);
    QCOMPARE(ids->size(), 1);
    QCOMPARE(ids->first().name, QStringLiteral("Alice"));
    QVERIFY(ws->verifyPassphrase("long enough words"));
}

void WizardTest::restoresKnownWords()
{
    QTemporaryDir tmp;
    ui::FirstRunWizard wizard(crypto::KdfParams::interactive());
    wizard.show();
    wizard.welcomePage()->setChoice(ui::WorkspaceRequest::Kind::Restore);
    fillLocationAndPassphrase(wizard, tmp.filePath(QStringLiteral("restored")));
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::RestoreId));
    QVERIFY(!wizard.currentPage()->isComplete());
    // Pasting the whole phrase into the first field spreads it over all 24.
    QLineEdit* first = wizard.restorePage()->mnemonic()->field(0);
    QApplication::clipboard()->setText(abandonArt().join(QLatin1Char(' ')));
    first->paste();
    QVERIFY2(wizard.restorePage()->mnemonic()->isValid(), qPrintable(wizard.restorePage()->mnemonic()->statusText()));
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.finishPage()->isComplete(), 60000);
    std::unique_ptr<store::Workspace> ws = wizard.takeWorkspace();
    QVERIFY(ws);
    Result<QList<wallet::Identity>> ids = wallet::WalletService(*ws).identities();
    QVERIFY(ids);
    QCOMPARE(ids->size(), 1);
    // The BIP39 test vector: 24 words for 32 zero bytes of entropy.
    const crypto::SecureBytes zero(crypto::mnemonic::kEntropyBytes);
    QCOMPARE(crypto::mnemonic::fromEntropy(zero), abandonArt());
    const QString expected = crypto::addressFromPublicKey(crypto::walletKeyFromEntropy(zero).publicKey());
    QCOMPARE(ids->first().address, expected);
}

void WizardTest::mnemonicEntryExplainsProblems()
{
    ui::MnemonicEntry entry;
    QStringList words = abandonArt();
    words[2] = QStringLiteral("abandonn");
    entry.setWords(words);
    QVERIFY(!entry.isValid());
    QVERIFY2(entry.statusText().contains(QStringLiteral("3")), qPrintable(entry.statusText()));
    QVERIFY(!entry.field(2)->styleSheet().isEmpty()); // the wrong word is marked
    QVERIFY(entry.field(1)->styleSheet().isEmpty());
    words[2] = QStringLiteral("abandon");
    words[23] = QStringLiteral("abandon"); // every word valid, checksum wrong
    entry.setWords(words);
    QVERIFY(!entry.isValid());
    QVERIFY2(entry.statusText().contains(QStringLiteral("checksum")), qPrintable(entry.statusText()));
    entry.setWords(abandonArt());
    QVERIFY(entry.isValid());
}

void WizardTest::passphraseNeedsConfirmation()
{
    ui::PassphraseFields fields;
    QTest::keyClicks(fields.passphraseEdit(), QStringLiteral("short"));
    QVERIFY(!fields.isAcceptable());
    QTest::keyClicks(fields.passphraseEdit(), QStringLiteral(" but now long"));
    QTest::keyClicks(fields.confirmEdit(), QStringLiteral("short but now lonG"));
    QVERIFY(!fields.isAcceptable());
    QTest::keyClick(fields.confirmEdit(), Qt::Key_Backspace);
    QTest::keyClicks(fields.confirmEdit(), QStringLiteral("g"));
    QVERIFY(fields.isAcceptable());
    QVERIFY(ui::PassphraseFields::strengthHint(QStringLiteral("abc")).contains(QStringLiteral("short")));
}

QTEST_MAIN(WizardTest)
#include "WizardTest.moc"
