// The wallet page: create an identity, copy its address, restore one, reveal recovery words.
#include "UiTestSupport.h"

#include "ui/common/MnemonicEntry.h"
#include "ui/settings/AppSettings.h"
#include "ui/wallet/IdentityDetails.h"
#include "ui/wallet/IdentityTableModel.h"
#include "ui/wallet/RecoveryWordsDialog.h"
#include "ui/wallet/RestoreIdentityDialog.h"
#include "ui/wallet/WalletPage.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace fw;

class WalletTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsIdentitiesAndActivity();
    void createsIdentityAndCopiesAddress();
    void restoresIdentity();
    void revealsRecoveryWordsAfterPassphrase();
    void enterShowsTheWordsUnclipped();

private:
    QTemporaryDir m_tmp;
    ui::AppSettings* m_settings = nullptr;
    ui::WorkspaceSession* m_session = nullptr;
    ui::WalletPage* m_page = nullptr;
};

void WalletTest::initTestCase()
{
    uitest::initGuiTest();
    m_settings = new ui::AppSettings(this);
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    m_session->setWorkspace(uitest::createWorkspace(m_tmp.filePath(QStringLiteral("ws")), "passphrase",
                                                    QStringLiteral("Alice")));
    m_page = new ui::WalletPage({m_session, m_settings, nullptr});
    m_page->show();
}

void WalletTest::listsIdentitiesAndActivity()
{
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->identityAt(0).name, QStringLiteral("Alice"));
    QCOMPARE(m_page->details()->address(), m_page->model()->identityAt(0).address);
    QVERIFY(m_page->activity()->count() >= 1);
    QVERIFY(m_page->activity()->item(0)->text().contains(QStringLiteral("Identity created")));
}

void WalletTest::createsIdentityAndCopiesAddress()
{
    uitest::answerNextModal([](QWidget* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Bob"));
        input->accept();
    });
    m_page->newIdentity();
    QCOMPARE(m_page->model()->rowCount(), 2);
    const int row = m_page->table()->selectionModel()->selectedRows().first().row();
    const wallet::Identity bob = m_page->model()->identityAt(row);
    QCOMPARE(bob.name, QStringLiteral("Bob"));
    QVERIFY(!bob.isDefault);
    QVERIFY(bob.address.startsWith(QStringLiteral("fw1")));

    QApplication::clipboard()->clear();
    QTest::mouseClick(m_page->details()->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), bob.address);

    m_page->setAsDefault();
    QVERIFY(m_page->model()->identityAt(m_page->model()->rowOf(bob.id)).isDefault);
}

void WalletTest::restoresIdentity()
{
    ui::RestoreIdentityDialog dialog(m_session);
    dialog.show();
    QStringList words(23, QStringLiteral("abandon"));
    words << QStringLiteral("art");
    dialog.nameEdit()->setText(QStringLiteral("Restored"));
    dialog.mnemonic()->setWords(words);
    QVERIFY(dialog.mnemonic()->isValid());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.restored().name, QStringLiteral("Restored"));
    Result<wallet::Identity> again = m_session->wallet().identityByAddress(dialog.restored().address);
    QVERIFY(again);
}

void WalletTest::revealsRecoveryWordsAfterPassphrase()
{
    const wallet::Identity alice = m_page->model()->identityAt(m_page->model()->rowOf(1));
    ui::RecoveryWordsDialog dialog(m_session, alice.id, alice.name);
    dialog.show();
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("not it"));
    QTest::mouseClick(dialog.showButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 30000);
    QVERIFY(!dialog.wordsShown());

    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("passphrase"));
    QTest::mouseClick(dialog.showButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.wordsShown(), 30000);
    Result<QStringList> words = m_session->wallet().recoveryWords(alice.id);
    QVERIFY(words);
    QCOMPARE(dialog.shownWords(), words.value());
    QCOMPARE(dialog.shownWords().size(), 24);
}

void WalletTest::enterShowsTheWordsUnclipped()
{
    // Enter in the passphrase field used to close the dialog (an auto-default Close took the key
    // while Show Words was disabled), and the grid was cut off at the dialog's first size.
    const wallet::Identity alice = m_page->model()->identityAt(m_page->model()->rowOf(1));
    ui::RecoveryWordsDialog dialog(m_session, alice.id, alice.name);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("passphrase"));
    QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.wordsShown(), 30000);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0); // neither accepted nor rejected
    QCoreApplication::processEvents();
    int shown = 0;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->text().contains(QLatin1Char('.')) || label->text().size() > 20)
            continue;
        const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
        QVERIFY2(dialog.rect().contains(inDialog), qPrintable(label->text()));
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        ++shown;
    }
    QCOMPARE(shown, 24);
    const QString dir = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("recovery-words.png"))));
}

QTEST_MAIN(WalletTest)
#include "WalletTest.moc"
