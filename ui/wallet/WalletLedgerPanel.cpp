// Balance and channels of the selected identity, from a LedgerView loaded off the GUI thread.
#include "ui/wallet/WalletLedgerPanel.h"

#include "crypto/Address.h"
#include "ui/common/Async.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw::ui {

WalletLedgerPanel::WalletLedgerPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_balance(new QLabel(this)),
      m_channels(new QTreeWidget(this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_balance->setWordWrap(true);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_channels->setRootIsDecorated(false);
    m_channels->setColumnCount(6);
    m_channels->setAlternatingRowColors(true);
    m_channels->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_balance);
    layout->addWidget(m_channels, 1);
    retranslateUi();
}

void WalletLedgerPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WalletLedgerPanel::retranslateUi()
{
    m_heading->setText(tr("Balance and channels"));
    m_channels->setHeaderLabels({tr("Channel"), tr("Payer"), tr("Deposit (OPEN)"),
                                 tr("Charged (OPEN)"), tr("Unused (OPEN)"), tr("Lanes")});
    m_channels->setAccessibleName(tr("Payment channels"));
    present();
}

void WalletLedgerPanel::reload(const QList<wallet::Identity>& identities)
{
    const int generation = ++m_generation;
    m_view.reset();
    m_error.clear();
    if (!m_session->hasWorkspace() || m_session->isLocked()) {
        present();
        return;
    }
    std::vector<crypto::PublicKey> keys;
    for (const wallet::Identity& id : identities)
        if (Result<crypto::PublicKey> key = crypto::PublicKey::fromBytes(id.publicKey))
            keys.push_back(*key);
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    m_session->beginBackgroundWork();
    runInBackground(
        this, [workspace, keys] { return ledger::LedgerView::load(*workspace, keys); },
        [this, generation](Result<ledger::LedgerView> view) {
            m_session->endBackgroundWork();
            if (generation != m_generation)
                return;
            if (view)
                m_view = std::make_shared<const ledger::LedgerView>(std::move(*view));
            else
                m_error = view.error().message;
            present();
            emit loaded();
        });
}

void WalletLedgerPanel::setIdentity(const wallet::Identity* identity)
{
    m_address = identity ? identity->address : QString();
    present();
}

void WalletLedgerPanel::present()
{
    m_channels->clear();
    if (!m_error.isEmpty()) {
        m_balance->setText(m_error);
        return;
    }
    if (!m_view || m_address.isEmpty()) {
        m_balance->setText(QString());
        return;
    }
    if (!m_view->hasJournal()) {
        m_balance->setText(tr("This workspace keeps no node journal: balances live on the node "
                              "that holds your channels."));
        return;
    }
    const std::vector<ledger::Channel> channels = m_view->channelsOf(m_address);
    const bool isNode = m_view->keeper() == m_address;
    m_balance->setText(
        (isNode ? tr("Balance: %1 OPEN. This identity is the workspace's node; it serves %2 "
                     "channels.")
                : tr("Balance: %1 OPEN on this workspace's node. It funds %2 channels."))
            .arg(ledger::formatOpen(m_view->balance(m_address).value_or(0)))
            .arg(channels.size()));
    for (const ledger::Channel& c : channels) {
        const ledger::Escrow* escrow = m_view->escrow(c.id);
        auto* item = new QTreeWidgetItem(
            m_channels,
            {QString::fromLatin1(c.id.toHex().left(12)), crypto::addressFromPublicKey(c.payer),
             ledger::formatOpen(c.deposit), ledger::formatOpen(c.chargedTotal()),
             escrow ? ledger::formatOpen(escrow->unused()) : QString(),
             QString::number(c.lanes.size())});
        for (int column = 2; column <= 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QString::fromLatin1(c.id.toHex()));
    }
}

} // namespace fw::ui
