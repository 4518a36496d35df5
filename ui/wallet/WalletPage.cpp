// Wallet page layout and actions.
#include "ui/wallet/WalletPage.h"

#include "ui/wallet/IdentityDetails.h"
#include "ui/wallet/IdentityTableModel.h"
#include "ui/wallet/RecoveryWordsDialog.h"
#include "ui/wallet/RestoreIdentityDialog.h"
#include "ui/wallet/WalletLedgerPanel.h"
#include "ui/workspace/WorkspaceSession.h"
#include "wallet/ActivityLog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fw::ui {

WalletPage::WalletPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_session(context.session), m_model(new IdentityTableModel(context.session, this)),
      m_heading(new QLabel(this)), m_activityHeading(new QLabel(this)), m_table(new QTableView(this)),
      m_details(new IdentityDetails(this)), m_ledger(new WalletLedgerPanel(context.session, this)),
      m_activity(new QListWidget(this)), m_error(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont subFont = m_activityHeading->font();
    subFont.setBold(true);
    m_activityHeading->setFont(subFont);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(IdentityTableModel::Name, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IdentityTableModel::Address, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IdentityTableModel::Default, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IdentityTableModel::Created, QHeaderView::ResizeToContents);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 3);
    layout->addWidget(makeButtons());
    layout->addWidget(m_error);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addWidget(m_ledger, 2);
    layout->addSpacing(6);
    layout->addWidget(m_activityHeading);
    layout->addWidget(m_activity, 2);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WalletPage::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &WalletPage::renameIdentity);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] { reload(); });
    connect(m_session, &WorkspaceSession::lockedChanged, this, [this] { reload(); });
    retranslateUi();
    reload();
}

QWidget* WalletPage::makeButtons()
{
    auto* bar = new QWidget(this);
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/identity-add.svg")), QString(), bar);
    m_restore = new QPushButton(QIcon(QStringLiteral(":/icons/identity-restore.svg")), QString(), bar);
    m_default = new QPushButton(QIcon(QStringLiteral(":/icons/star.svg")), QString(), bar);
    m_rename = new QPushButton(QIcon(QStringLiteral(":/icons/rename.svg")), QString(), bar);
    m_words = new QPushButton(QIcon(QStringLiteral(":/icons/recovery-words.svg")), QString(), bar);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_new, m_restore, m_default, m_rename, m_words})
        row->addWidget(b);
    row->addStretch();
    connect(m_new, &QPushButton::clicked, this, &WalletPage::newIdentity);
    connect(m_restore, &QPushButton::clicked, this, &WalletPage::restoreIdentity);
    connect(m_default, &QPushButton::clicked, this, &WalletPage::setAsDefault);
    connect(m_rename, &QPushButton::clicked, this, &WalletPage::renameIdentity);
    connect(m_words, &QPushButton::clicked, this, &WalletPage::showRecoveryWords);
    return bar;
}

void WalletPage::retranslateUi()
{
    m_heading->setText(tr("Wallet"));
    m_activityHeading->setText(tr("Recent activity"));
    m_new->setText(tr("&New Identity..."));
    m_restore->setText(tr("&Restore Identity..."));
    m_default->setText(tr("Set as &Default"));
    m_rename->setText(tr("Re&name..."));
    m_words->setText(tr("Show Recovery &Words..."));
    m_table->setAccessibleName(tr("Identities"));
    m_activity->setAccessibleName(tr("Recent activity"));
    m_model->headerDataChanged(Qt::Horizontal, 0, IdentityTableModel::ColumnCount - 1);
    onSelectionChanged();
    reloadActivity();
}

void WalletPage::reload(qint64 selectId)
{
    if (!selectId)
        selectId = selectedId();
    m_error->hide();
    if (const QString problem = m_model->reload(); !problem.isEmpty())
        showError(problem);
    int row = m_model->rowOf(selectId);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_table->selectRow(row);
    QList<wallet::Identity> identities;
    for (int i = 0; i < m_model->rowCount(); ++i)
        identities.append(m_model->identityAt(i));
    m_ledger->reload(identities);
    onSelectionChanged();
    reloadActivity();
}

QString WalletPage::activityKindText(const QString& kind)
{
    // Kinds are stable identifiers written by the core; unknown ones show as they are.
    if (kind == QLatin1String("identity.created"))
        return tr("Identity created");
    return kind;
}

void WalletPage::reloadActivity()
{
    m_activity->clear();
    if (!m_session->hasWorkspace() || m_session->isLocked())
        return;
    Result<store::Connection> db = m_session->workspace()->requireDatabase();
    Result<QList<wallet::ActivityEntry>> entries = db ? wallet::recentActivity(**db, 50)
                                                      : Result<QList<wallet::ActivityEntry>>(db.error());
    if (!entries) {
        showError(entries.error().message);
        return;
    }
    for (const wallet::ActivityEntry& e : entries.value())
        m_activity->addItem(QStringLiteral("%1   %2   %3")
                                .arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                     activityKindText(e.kind), e.detail));
    if (m_activity->count() == 0)
        m_activity->addItem(tr("Nothing has happened in this workspace yet."));
}

qint64 WalletPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->identityAt(rows.first().row()).id;
}

void WalletPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const wallet::Identity* identity = rows.isEmpty() ? nullptr : &m_model->identityAt(rows.first().row());
    m_details->setIdentity(identity);
    m_ledger->setIdentity(identity);
    m_default->setEnabled(identity && !identity->isDefault);
    m_rename->setEnabled(identity != nullptr);
    m_words->setEnabled(identity != nullptr);
}

void WalletPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void WalletPage::newIdentity()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Identity"), tr("Name of the new identity:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    Result<wallet::Identity> identity = m_session->wallet().createIdentity(name);
    if (!identity)
        return showError(identity.error().message);
    reload(identity->id);
}

void WalletPage::restoreIdentity()
{
    RestoreIdentityDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.restored().id);
}

void WalletPage::setAsDefault()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    if (Status status = m_session->wallet().setDefault(id); !status)
        return showError(status.error().message);
    reload(id);
}

void WalletPage::renameIdentity()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Identity"), tr("New name:"), QLineEdit::Normal,
                                               m_model->identityAt(m_model->rowOf(id)).name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (Status status = m_session->wallet().rename(id, name); !status)
        return showError(status.error().message);
    reload(id);
}

void WalletPage::showRecoveryWords()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    RecoveryWordsDialog dialog(m_session, id, m_model->identityAt(m_model->rowOf(id)).name, this);
    dialog.exec();
    reloadActivity(); // revealing words is logged
}

} // namespace fw::ui
