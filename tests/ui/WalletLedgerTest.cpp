// The Wallet page's balance and channels: over a workspace whose node charged paid requests
// (EarningsFixture), the node identity shows its balance and the channel it serves with deposit,
// charged and unused escrow; an identity that funds nothing shows its balance and no channel.
#include "UiTestSupport.h"
#include "ui/settings/AppSettings.h"
#include "ui/wallet/IdentityTableModel.h"
#include "ui/wallet/WalletLedgerPanel.h"
#include "ui/wallet/WalletPage.h"
#include "ui/workspace/WorkspaceSession.h"
#include "unit/ledger/EarningsFixture.h"
#include "unit/store/TestSupport.h"

#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace fw;

class WalletLedgerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nodeShowsBalanceAndChannels();
    void builderShowsItsPayout();
    void workspaceWithoutJournal();

private:
    void select(const QString& name);

    QTemporaryDir m_tmp;
    test::EarningsFixture m_fx;
    ui::AppSettings* m_settings = nullptr;
    ui::WorkspaceSession* m_session = nullptr;
    ui::WalletPage* m_page = nullptr;
};

void WalletLedgerTest::initTestCase()
{
    uitest::initGuiTest();
    auto ws = store::Workspace::create(m_tmp.filePath(QStringLiteral("ws")), "passphrase",
                                       test::fastOptions());
    QVERIFY(ws.ok());
    const QString failure = m_fx.build(**ws);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_settings = new ui::AppSettings(this);
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    m_session->setWorkspace(std::move(ws).value());
    m_page = new ui::WalletPage({m_session, m_settings, nullptr, nullptr});
    m_page->resize(1000, 760);
    m_page->show();
    QTRY_VERIFY(m_page->ledger()->balance()->text().startsWith(QStringLiteral("Balance:")));
}

void WalletLedgerTest::select(const QString& name)
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        if (m_page->model()->identityAt(row).name == name)
            m_page->table()->selectRow(row);
}

void WalletLedgerTest::nodeShowsBalanceAndChannels()
{
    select(QStringLiteral("node"));
    ui::WalletLedgerPanel* ledger = m_page->ledger();
    QVERIFY2(ledger->balance()->text().contains(QStringLiteral("Balance: 0.013611 OPEN")),
             qPrintable(ledger->balance()->text()));
    QVERIFY(ledger->balance()->text().contains(QStringLiteral("serves 1 channels")));
    QTreeWidget* channels = ledger->channels();
    QCOMPARE(channels->topLevelItemCount(), 1);
    QTreeWidgetItem* c = channels->topLevelItem(0);
    QCOMPARE(c->text(0), QStringLiteral("2a2a2a2a2a2a"));
    QCOMPARE(c->text(1), m_fx.addressOf(m_fx.payer));
    QCOMPARE(c->text(2), QStringLiteral("0.1"));      // deposit 100'000 units
    QCOMPARE(c->text(3), QStringLiteral("0.014611")); // charged
    QCOMPARE(c->text(4), QStringLiteral("0.085389")); // unused escrow
    QCOMPARE(c->text(5), QStringLiteral("1"));
    const QString out = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(m_page->grab().save(out + QStringLiteral("/wallet-ledger.png")));
}

void WalletLedgerTest::builderShowsItsPayout()
{
    select(QStringLiteral("builder"));
    ui::WalletLedgerPanel* ledger = m_page->ledger();
    QVERIFY2(ledger->balance()->text().contains(QStringLiteral("Balance: 0.001 OPEN")),
             qPrintable(ledger->balance()->text()));
    QVERIFY(ledger->balance()->text().contains(QStringLiteral("funds 0 channels")));
    QCOMPARE(ledger->channels()->topLevelItemCount(), 0);
}

void WalletLedgerTest::workspaceWithoutJournal()
{
    m_session->setWorkspace(uitest::createWorkspace(m_tmp.filePath(QStringLiteral("plain")),
                                                    "passphrase", QStringLiteral("Solo")));
    QTRY_VERIFY(m_page->ledger()->balance()->text().contains(QStringLiteral("no node journal")));
    QCOMPARE(m_page->ledger()->channels()->topLevelItemCount(), 0);
}

QTEST_MAIN(WalletLedgerTest)
#include "WalletLedgerTest.moc"
