// Earnings page layout and actions; loading, verifying and explaining run on worker threads.
#include "ui/earnings/EarningsPage.h"

#include "ledger/EarningsCsv.h"
#include "ledger/ReceiptArchive.h"
#include "ledger/ReceiptLog.h"
#include "ui/common/Async.h"
#include "ui/common/MessageLabel.h"
#include "ui/earnings/EarningsCharts.h"
#include "ui/earnings/IdentityEarningsModel.h"
#include "ui/earnings/ReceiptExplanation.h"
#include "ui/earnings/ReceiptTableModel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <set>

namespace fw::ui {

namespace {
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

int nodeCount(const std::vector<ledger::Receipt>& receipts)
{
    std::set<QString> nodes;
    for (const ledger::Receipt& r : receipts)
        nodes.insert(r.node);
    return int(nodes.size());
}
} // namespace

EarningsPage::EarningsPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_session(context.session), m_heading(new QLabel(this)),
      m_summary(new QLabel(this)), m_message(new MessageLabel(this)),
      m_identities(new IdentityEarningsModel(this)), m_identityTable(nullptr),
      m_tabs(new QTabWidget(this)), m_charts(new EarningsCharts(this)),
      m_top(new QTreeWidget(this)), m_receipts(new ReceiptTableModel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setWordWrap(true);
    m_identityTable = makeTable(m_identities, this);
    m_identityTable->setMaximumHeight(130);
    m_top->setRootIsDecorated(false);
    m_top->setColumnCount(3);
    m_top->setWordWrap(true);
    m_top->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_top, QString());
    m_tabs->addTab(makeReceiptsTab(), QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(makeButtons());
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_identityTable);
    layout->addWidget(m_tabs, 1);

    connect(m_session, &WorkspaceSession::workspaceChanged, this, &EarningsPage::reload);
    connect(m_session, &WorkspaceSession::lockedChanged, this, &EarningsPage::reload);
    retranslateUi();
    reload();
}

QWidget* EarningsPage::makeButtons()
{
    auto* bar = new QWidget(this);
    m_refresh = new QPushButton(bar);
    m_verify = new QPushButton(bar);
    m_export = new QPushButton(bar);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_refresh, m_verify, m_export})
        row->addWidget(b);
    row->addStretch();
    connect(m_refresh, &QPushButton::clicked, this, &EarningsPage::reload);
    connect(m_verify, &QPushButton::clicked, this, &EarningsPage::verifyReceipts);
    connect(m_export, &QPushButton::clicked, this, &EarningsPage::askAndExport);
    return bar;
}

QWidget* EarningsPage::makeReceiptsTab()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_receiptTable = makeTable(m_receipts, splitter);
    m_explanation = new ReceiptExplanation(splitter);
    splitter->addWidget(m_receiptTable);
    splitter->addWidget(m_explanation);
    // The receipts' amounts must stay readable; the explanation wraps its record text instead.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    connect(m_receiptTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_receiptTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            m_explanation->clear();
        else
            explainReceipt(rows.first().row());
    });
    return splitter;
}

void EarningsPage::retranslateUi()
{
    m_heading->setText(tr("Earnings"));
    m_refresh->setText(tr("&Refresh"));
    m_verify->setText(tr("&Verify Receipts"));
    m_verify->setToolTip(tr("Check every receipt's signature, its split and each node's hash "
                            "chain."));
    m_export->setText(tr("&Export CSV..."));
    m_tabs->setTabText(0, tr("Over time"));
    m_tabs->setTabText(1, tr("Top records"));
    m_tabs->setTabText(2, tr("Receipts"));
    m_top->setHeaderLabels({tr("Earned (OPEN)"), tr("Datanet"), tr("Record")});
    m_identityTable->setAccessibleName(tr("Identities and their earnings"));
    m_receiptTable->setAccessibleName(tr("Receipts"));
    m_identities->headerDataChanged(Qt::Horizontal, 0, IdentityEarningsModel::ColumnCount - 1);
    m_receipts->headerDataChanged(Qt::Horizontal, 0, ReceiptTableModel::ColumnCount - 1);
    updateSummary();
}

void EarningsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    reload(); // receipts arrive while the page is hidden: the local node charges, fetches add
}

void EarningsPage::reload()
{
    const int generation = ++m_generation;
    if (!m_session->hasWorkspace() || m_session->isLocked()) {
        m_snapshot.reset();
        m_identities->setIdentities({});
        m_receipts->setReceipts({}, {});
        m_top->clear();
        updateSummary();
        return;
    }
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    m_session->beginBackgroundWork();
    runInBackground(
        this, [workspace] { return EarningsSnapshot::load(*workspace); },
        [this, generation](Result<EarningsSnapshot> snapshot) {
            m_session->endBackgroundWork();
            if (generation == m_generation)
                apply(std::move(snapshot));
        });
}

void EarningsPage::apply(Result<EarningsSnapshot> snapshot)
{
    if (!snapshot) {
        m_message->showMessage(snapshot.error().message, true);
        emit loaded();
        return;
    }
    m_snapshot = std::make_shared<const EarningsSnapshot>(std::move(*snapshot));
    m_identities->setIdentities(m_snapshot->report.identities);
    m_receipts->setReceipts(m_snapshot->report.receipts, m_snapshot->earnedByReceipt);
    m_charts->setSnapshot(*m_snapshot);
    m_explanation->clear();
    fillTopRecords();
    updateSummary();
    emit loaded();
}

void EarningsPage::fillTopRecords()
{
    m_top->clear();
    if (!m_snapshot)
        return;
    for (const ledger::RecordEarning& e : m_snapshot->report.topRecords) {
        const QString text =
            e.text.isEmpty() ? tr("record %1 (not in this workspace)")
                                   .arg(QString::fromLatin1(e.total.recordHash.toHex().left(12)))
                             : e.text.simplified();
        auto* item = new QTreeWidgetItem(
            m_top, {ledger::formatOpen(e.total.amount),
                    m_snapshot->report.versionLabel(e.total.datanetVersion), text});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, e.text);
    }
}

void EarningsPage::updateSummary()
{
    if (!m_snapshot) {
        m_summary->setText(m_session->hasWorkspace() && !m_session->isLocked()
                               ? tr("Loading earnings...")
                               : tr("Open and unlock a workspace to see its earnings."));
        return;
    }
    const ledger::EarningsReport& r = m_snapshot->report;
    if (r.receipts.empty()) {
        m_summary->setText(tr("No receipts yet. When a node serves a paid answer that uses this "
                              "workspace's models or records, its receipt shows here."));
        return;
    }
    ledger::Amount pending = 0;
    for (const ledger::IdentityEarnings& e : r.identities)
        pending += e.pending;
    m_summary->setText(tr("Earned %1 OPEN in %2 from %3; %4 OPEN pending.")
                           .arg(ledger::formatOpen(ledger::totalOf(r.slices)),
                                tr("%n receipt(s)", nullptr, int(r.receipts.size())),
                                tr("%n node(s)", nullptr, int(nodeCount(r.receipts))),
                                ledger::formatOpen(pending)));
}

void EarningsPage::verifyReceipts()
{
    if (!m_session->hasWorkspace() || m_session->isLocked())
        return;
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    m_verify->setEnabled(false);
    m_message->showMessage(tr("Verifying every receipt..."));
    m_session->beginBackgroundWork();
    runInBackground(
        this,
        [workspace]() -> Result<ledger::ReceiptLogCheck> {
            Result<std::vector<ledger::Receipt>> all = ledger::ReceiptArchive(*workspace).loadAll();
            if (!all)
                return all.error();
            // Archived chains may begin after a node's genesis (fetched with since=ID); the
            // archive checked each start when it stored it.
            return ledger::verifyReceipts(*all, ledger::ChainStart::AnyReceipt);
        },
        [this](Result<ledger::ReceiptLogCheck> check) {
            m_session->endBackgroundWork();
            m_verify->setEnabled(true);
            if (!check)
                m_message->showMessage(check.error().message, true);
            else if (check->ok())
                m_message->showMessage(
                    tr("All %1 receipts verified: signatures, splits and the hash chains of %2 "
                       "nodes.")
                        .arg(check->verified)
                        .arg(check->nodes));
            else
                m_message->showMessage(
                    tr("%1 receipts verified, then: %2").arg(check->verified).arg(check->message),
                    true);
            emit verified(check && check->ok());
        });
}

Status EarningsPage::exportCsv(const QString& path) const
{
    if (!m_snapshot)
        return makeError(ErrorCode::NotFound, tr("The earnings are not loaded yet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(ledger::earningsCsv(m_snapshot->report));
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void EarningsPage::askAndExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Earnings"), QStringLiteral("earnings.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsv(path); !s)
        return m_message->showMessage(s.error().message, true);
    m_message->showMessage(
        tr("Exported %1 rows to %2.").arg(m_snapshot->report.slices.size()).arg(path));
}

void EarningsPage::explainReceipt(int row)
{
    if (row < 0 || row >= m_receipts->rowCount() || !m_session->hasWorkspace())
        return;
    const ledger::Receipt receipt = m_receipts->receiptAt(row);
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    m_session->beginBackgroundWork();
    runInBackground(
        this, [workspace, receipt] { return ledger::EarningsService(*workspace).explain(receipt); },
        [this, receipt](Result<ledger::ReceiptWhy> why) {
            m_session->endBackgroundWork();
            if (!why)
                return m_message->showMessage(why.error().message, true);
            m_explanation->setReceipt(receipt, *why);
            emit explained();
        });
}

} // namespace fw::ui
