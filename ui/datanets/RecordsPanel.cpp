// Review tab layout, filters and review actions.
#include "ui/datanets/RecordsPanel.h"

#include "ui/common/MessageLabel.h"

#include "datanet/DatanetService.h"
#include "ui/common/Retranslate.h"
#include "ui/datanets/RecordDetailView.h"
#include "ui/datanets/RecordTableModel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fw::ui {

RecordsPanel::RecordsPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new RecordTableModel(this)), m_table(new QTableView(this)),
      m_detail(new RecordDetailView(this)), m_message(new MessageLabel(this)), m_searchDelay(new QTimer(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RecordTableModel::Preview, QHeaderView::Stretch);
    header->resizeSection(RecordTableModel::Number, 60);
    header->resizeSection(RecordTableModel::Status, 110);
    header->resizeSection(RecordTableModel::Contributor, 140);
    header->resizeSection(RecordTableModel::Tokens, 60);
    header->resizeSection(RecordTableModel::Hash, 100);
    // Submission order first; the header then sorts in the database, not in memory.
    header->setSortIndicator(RecordTableModel::Number, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_message->showMessage({});
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &RecordsPanel::applyFilters);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({700, 300});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeFilterBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(makeActionBar());
    layout->addWidget(m_message);

    // One key per decision while the table has focus; undo anywhere on the panel.
    auto key = [this](const QKeySequence& seq, void (RecordsPanel::*slot)(), Qt::ShortcutContext context) {
        auto* shortcut = new QShortcut(seq, context == Qt::WidgetShortcut ? static_cast<QWidget*>(m_table) : this);
        shortcut->setContext(context);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_A), &RecordsPanel::approveSelected, Qt::WidgetShortcut);
    key(QKeySequence(Qt::Key_R), &RecordsPanel::rejectSelected, Qt::WidgetShortcut);
    key(QKeySequence(Qt::Key_F), &RecordsPanel::flagSelected, Qt::WidgetShortcut);
    key(QKeySequence::Undo, &RecordsPanel::undo, Qt::WidgetWithChildrenShortcut);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordsPanel::onCurrentChanged);
    connect(m_model, &RecordTableModel::totalCountChanged, this, &RecordsPanel::updateCount);
    connect(m_model, &RecordTableModel::loadFailed, this, [this](const QString& m) { m_message->showMessage(m, true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecordsPanel::onCurrentChanged);
    retranslated(this, [this] { retranslateTexts(); });
    setDatanet(nullptr);
}

void RecordsPanel::retranslateTexts()
{
    m_table->setAccessibleName(tr("Records"));
    m_search->setPlaceholderText(tr("Search words (capit* finds capital, capitals…)"));
    m_search->setAccessibleName(tr("Search records"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(
            i, RecordTableModel::statusText(datanet::RecordStatus(m_status->itemData(i).toInt())));
    m_contributor->setAccessibleName(tr("Contributor filter"));
    if (m_contributor->count() > 0)
        m_contributor->setItemText(0, tr("Everyone"));
    m_nearOnly->setText(tr("Near duplicates only"));
    m_approve->setText(tr("&Approve (A)"));
    m_reject->setText(tr("&Reject… (R)"));
    m_flag->setText(tr("&Flag (F)"));
    m_undo->setText(tr("&Undo (Ctrl+Z)"));
    m_approveAll->setText(tr("Approve All &Pending…"));
    m_add->setText(tr("Add &Record…"));
    m_import->setText(tr("&Import File…"));
    // The table's titles and status words come from the model's tr() as they are painted.
    if (m_model->columnCount() > 0)
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    m_table->viewport()->update();
    updateCount(m_model->totalCount());
    onCurrentChanged(); // the record shown, with its headings
}

QWidget* RecordsPanel::makeFilterBar()
{
    auto* bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(bar);
    m_status->addItem(QString()); // every status; the texts come from retranslateTexts()
    for (datanet::RecordStatus s : {datanet::RecordStatus::Pending, datanet::RecordStatus::Approved,
                                    datanet::RecordStatus::Rejected, datanet::RecordStatus::Flagged})
        m_status->addItem(QString(), int(s));
    // Texts change with the language after the first show: the width follows them.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contributor = new QComboBox(bar);
    m_contributor->setMinimumContentsLength(16);
    m_contributor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nearOnly = new QCheckBox(bar);
    m_count = new QLabel(bar);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 2);
    row->addWidget(m_status);
    row->addWidget(m_contributor, 1);
    row->addWidget(m_nearOnly);
    row->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &RecordsPanel::applyFilters);
    connect(m_contributor, &QComboBox::currentIndexChanged, this, &RecordsPanel::applyFilters);
    connect(m_nearOnly, &QCheckBox::toggled, this, &RecordsPanel::applyFilters);
    return bar;
}

QWidget* RecordsPanel::makeActionBar()
{
    auto* bar = new QWidget(this);
    m_approve = new QPushButton(bar);
    m_reject = new QPushButton(bar);
    m_flag = new QPushButton(bar);
    m_undo = new QPushButton(bar);
    m_approveAll = new QPushButton(bar);
    m_add = new QPushButton(bar);
    m_import = new QPushButton(bar);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_approve, m_reject, m_flag, m_undo, m_approveAll})
        row->addWidget(b);
    row->addStretch();
    row->addWidget(m_add);
    row->addWidget(m_import);
    connect(m_approve, &QPushButton::clicked, this, &RecordsPanel::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &RecordsPanel::rejectSelected);
    connect(m_flag, &QPushButton::clicked, this, &RecordsPanel::flagSelected);
    connect(m_undo, &QPushButton::clicked, this, &RecordsPanel::undo);
    connect(m_approveAll, &QPushButton::clicked, this, &RecordsPanel::approveAllPending);
    connect(m_add, &QPushButton::clicked, this, &RecordsPanel::addRecordRequested);
    connect(m_import, &QPushButton::clicked, this, &RecordsPanel::importRequested);
    return bar;
}

void RecordsPanel::setDatanet(const datanet::Datanet* datanet)
{
    m_datanet = datanet ? std::optional<datanet::Datanet>(*datanet) : std::nullopt;
    setEnabled(m_datanet.has_value());
    reload();
}

void RecordsPanel::reload()
{
    // The contributor filter lists who contributed to this datanet.
    {
        QSignalBlocker block(m_contributor);
        const QString current = m_contributor->currentData().toString();
        m_contributor->clear();
        m_contributor->addItem(tr("Everyone"));
        if (m_datanet && m_session->hasWorkspace() && !m_session->isLocked()) {
            if (auto names = datanet::DatanetService(*m_session->workspace()).contributors(m_datanet->id); names)
                for (const QString& name : *names)
                    m_contributor->addItem(name, name);
        }
        m_contributor->setCurrentIndex(qMax(0, m_contributor->findData(current)));
    }
    m_model->setSource(m_session->hasWorkspace() ? m_session->workspace() : nullptr, m_datanet ? m_datanet->id : 0,
                       m_datanet ? m_datanet->kind : datanet::RecordKind::Instruction);
    applyFilters();
}

void RecordsPanel::applyFilters()
{
    datanet::RecordQuery q = m_model->query();
    q.search = m_search->text().trimmed();
    q.status = m_status->currentIndex() > 0 ? std::optional(datanet::RecordStatus(m_status->currentData().toInt()))
                                            : std::nullopt;
    q.contributor = m_contributor->currentData().toString();
    q.nearDuplicatesOnly = m_nearOnly->isChecked();
    q.afterId = 0;
    q.offset = 0;
    m_message->showMessage({});
    m_model->setQuery(q);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void RecordsPanel::updateCount(qint64 total)
{
    m_count->setText(total < 0 ? QString() : tr("%n record(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

QList<qint64> RecordsPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << m_model->recordAt(i.row()).id;
    return ids;
}

void RecordsPanel::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const bool has = current.isValid() && current.row() < m_model->rowCount();
    m_detail->showRecord(has ? &m_model->recordAt(current.row()) : nullptr,
                         m_datanet ? m_datanet->kind : datanet::RecordKind::Instruction);
    for (QPushButton* b : {m_approve, m_reject, m_flag})
        b->setEnabled(has);
}


void RecordsPanel::review(datanet::RecordStatus status, const QString& reason)
{
    const QList<qint64> ids = selectedIds();
    if (!m_datanet || ids.isEmpty())
        return;
    Result<qint64> changed = datanet::DatanetService(*m_session->workspace()).review(m_datanet->id, ids, status, reason);
    if (!changed)
        return m_message->showMessage(changed.error().message, true);
    m_model->refreshRecords(ids);
    m_message->showMessage(tr("%n record(s) marked %1. Ctrl+Z undoes it.", nullptr, int(*changed))
                    .arg(RecordTableModel::statusText(status).toLower()));
    // Keyboard review flows down the table: the row after the last one reviewed comes next.
    int last = -1;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        last = qMax(last, i.row());
    if (last + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (last + 1 < m_model->rowCount())
        m_table->selectRow(last + 1);
    emit reviewed();
}

void RecordsPanel::approveSelected()
{
    review(datanet::RecordStatus::Approved);
}

void RecordsPanel::flagSelected()
{
    review(datanet::RecordStatus::Flagged);
}

void RecordsPanel::rejectSelected()
{
    if (selectedIds().isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject"), tr("Why are these records rejected?"),
                                                 QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty())
        return m_message->showMessage(tr("Rejecting needs a reason, so the contributor can learn from it."), true);
    rejectSelectedWithReason(reason);
}

void RecordsPanel::rejectSelectedWithReason(const QString& reason)
{
    review(datanet::RecordStatus::Rejected, reason);
}

void RecordsPanel::undo()
{
    if (!m_datanet)
        return;
    Result<qint64> changed = datanet::DatanetService(*m_session->workspace()).undoLastReview(m_datanet->id);
    if (!changed)
        return m_message->showMessage(changed.error().message, changed.error().code != ErrorCode::NotFound);
    m_model->refreshLoaded();
    m_message->showMessage(tr("Undone: %n record(s) back to their earlier status.", nullptr, int(*changed)));
    emit reviewed();
}

void RecordsPanel::approveAllPending()
{
    if (!m_datanet)
        return;
    if (QMessageBox::question(this, tr("Approve All Pending"),
                              tr("Approve every pending record of %1? Ctrl+Z undoes it.").arg(m_datanet->name)) !=
        QMessageBox::Yes)
        return;
    Result<qint64> changed = datanet::DatanetService(*m_session->workspace()).approveAllPending(m_datanet->id);
    if (!changed)
        return m_message->showMessage(changed.error().message, true);
    m_model->refreshLoaded();
    m_message->showMessage(tr("%n record(s) approved.", nullptr, int(*changed)));
    emit reviewed();
}

} // namespace fw::ui
