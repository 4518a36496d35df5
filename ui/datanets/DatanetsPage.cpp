// Datanets page layout, selection and the create / add / import actions.
#include "ui/datanets/DatanetsPage.h"

#include "ui/common/MessageLabel.h"

#include "datanet/DatanetService.h"
#include "ui/datanets/AddRecordDialog.h"
#include "ui/datanets/ContributorsPanel.h"
#include "ui/datanets/DatanetListModel.h"
#include "ui/datanets/ImportDialog.h"
#include "ui/datanets/NewDatanetDialog.h"
#include "ui/datanets/OverviewPanel.h"
#include "ui/datanets/RecordTableModel.h"
#include "ui/datanets/RecordsPanel.h"
#include "ui/datanets/VersionsPanel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fw::ui {

DatanetsPage::DatanetsPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_session(context.session), m_listModel(new DatanetListModel(context.session, this)),
      m_heading(new QLabel(this)), m_list(new QListView(this)), m_new(new QPushButton(this)),
      m_empty(new QLabel(this)), m_tabs(new QTabWidget(this)), m_overview(new OverviewPanel(m_session, this)),
      m_records(new RecordsPanel(m_session, this)), m_contributors(new ContributorsPanel(m_session, this)),
      m_versions(new VersionsPanel(m_session, this)), m_message(new MessageLabel(this))
{
    setAcceptDrops(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_list->setModel(m_listModel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Long names wrap instead of hiding behind a horizontal scroll bar.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_new->setIcon(QIcon(QStringLiteral(":/icons/datanet-add.svg")));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_message->showMessage({});
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_records, QString());
    m_tabs->addTab(m_contributors, QString());
    m_tabs->addTab(m_versions, QString());

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_empty);
    rightLayout->addWidget(m_tabs, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &DatanetsPage::newDatanet);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DatanetsPage::onSelectionChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& row) {
        if (!m_reloading && row.isValid())
            m_session->setFocusedDatanet(m_listModel->datanetAt(row.row()).name); // ModelFactory suggests it
    });
    connect(m_records, &RecordsPanel::reviewed, this, &DatanetsPage::refreshStats);
    connect(m_records, &RecordsPanel::addRecordRequested, this, &DatanetsPage::addRecord);
    connect(m_records, &RecordsPanel::importRequested, this, [this] { importFile(); });
    connect(m_overview, &OverviewPanel::requirementsChanged, this, [this] { reload(selectedId()); });
    connect(m_versions, &VersionsPanel::frozen, this, [this] { m_overview->reload(); });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] { reload(); });
    connect(m_session, &WorkspaceSession::lockedChanged, this, [this] { reload(); });
    retranslateUi();
    reload();
}

void DatanetsPage::retranslateUi()
{
    m_heading->setText(tr("Datanets"));
    m_new->setText(tr("&New Datanet…"));
    m_list->setAccessibleName(tr("Datanets"));
    m_empty->setText(tr("A datanet collects records for one domain from many contributors. Create one with "
                        "\"New Datanet…\", then drop JSONL, CSV or text files on this page to import them."));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Records"));
    m_tabs->setTabText(2, tr("Contributors"));
    m_tabs->setTabText(3, tr("Versions"));
}

void DatanetsPage::reload(qint64 selectId)
{
    if (!selectId)
        selectId = selectedId();
    const QScopedValueRollback<bool> reloading(m_reloading, true);
    if (const QString problem = m_listModel->reload(); !problem.isEmpty())
        m_message->showMessage(problem, true);
    int row = m_listModel->rowOf(selectId);
    if (row < 0 && m_listModel->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_list->setCurrentIndex(m_listModel->index(row));
    onSelectionChanged();
}

void DatanetsPage::selectDatanet(qint64 id)
{
    reload(id);
}

qint64 DatanetsPage::selectedId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_listModel->datanetAt(current.row()).id : 0;
}

void DatanetsPage::onSelectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const datanet::Datanet* d = current.isValid() ? &m_listModel->datanetAt(current.row()) : nullptr;
    m_empty->setVisible(!d);
    m_tabs->setVisible(d != nullptr);
    m_overview->setDatanet(d);
    m_records->setDatanet(d);
    m_contributors->setDatanet(d ? d->id : 0);
    m_versions->setDatanet(d);
    m_new->setEnabled(m_session->hasWorkspace() && !m_session->isLocked());
}

void DatanetsPage::refreshStats()
{
    m_overview->reload();
    m_contributors->reload();
}


void DatanetsPage::newDatanet()
{
    NewDatanetDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showMessage(tr("Created %1. Drop files here or use \"Import File…\" on the Records tab.").arg(dialog.created().name));
    reload(dialog.created().id);
}

void DatanetsPage::addRecord()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    AddRecordDialog dialog(m_session, m_listModel->datanetAt(current.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showMessage(tr("Record added and signed."));
    m_records->reload();
    refreshStats();
}

void DatanetsPage::importFile(const QString& givenPath)
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return m_message->showMessage(tr("Create or select a datanet first, then import into it."), true);
    const datanet::Datanet datanet = m_listModel->datanetAt(current.row());
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import into %1").arg(datanet.name), QDir::homePath(),
                                            tr("Datasets (*.jsonl *.json *.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(m_session, datanet, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const datanet::ImportReport& r = dialog.report();
    const QLocale l;
    m_message->showMessage(tr("Imported %1: %2 added, %3 exact duplicates skipped, %4 near duplicates flagged, %5 malformed "
                   "lines skipped.")
                    .arg(QFileInfo(path).fileName(), l.toString(r.added), l.toString(r.duplicates),
                         l.toString(r.nearDuplicates), l.toString(r.malformed)));
    m_records->reload();
    refreshStats();
}

void DatanetsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && selectedId())
        event->acceptProposedAction();
}

void DatanetsPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    event->acceptProposedAction();
    // One dialog per file, each its own contribution; a local path is all the importer reads.
    for (const QUrl& url : urls)
        if (url.isLocalFile())
            importFile(url.toLocalFile());
}

} // namespace fw::ui
