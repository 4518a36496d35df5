// The registry table and its actions; the store's errors go to the page's message bar.
#include "ui/factory/ModelRegistryPanel.h"

#include "models/ModelStore.h"
#include "ui/common/Async.h"
#include "ui/factory/ImportModelDialog.h"
#include "ui/factory/ModelTableModel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fw::ui {

ModelRegistryPanel::ModelRegistryPanel(WorkspaceSession* session, MlEngine* engine, QWidget* parent)
    : QGroupBox(parent), m_session(session), m_engine(engine), m_models(new ModelTableModel(session, this)),
      m_table(new QTableView(this)), m_import(new QPushButton(this)), m_export(new QPushButton(this)),
      m_rename(new QPushButton(this)), m_delete(new QPushButton(this))
{
    m_table->setModel(m_models);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ModelTableModel::Lineage, QHeaderView::Stretch);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_import, &QPushButton::clicked, this, &ModelRegistryPanel::importModel);
    connect(m_export, &QPushButton::clicked, this, &ModelRegistryPanel::exportModel);
    connect(m_rename, &QPushButton::clicked, this, &ModelRegistryPanel::renameModel);
    connect(m_delete, &QPushButton::clicked, this, &ModelRegistryPanel::deleteModel);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelRegistryPanel::updateButtons);
    retranslateUi();
}

void ModelRegistryPanel::retranslateUi()
{
    setTitle(tr("Models and adapters"));
    m_table->setAccessibleName(tr("Models and adapters"));
    m_import->setText(tr("&Import from Hugging Face…"));
    m_import->setToolTip(tr("Adds a Llama-family model folder (config.json, safetensors, tokenizer) to this workspace."));
    m_export->setText(tr("&Export…"));
    m_rename->setText(tr("&Rename…"));
    m_delete->setText(tr("&Delete…"));
}

void ModelRegistryPanel::reload()
{
    if (const QString problem = m_models->reload(); !problem.isEmpty())
        emit message(problem, true);
    updateButtons();
}

void ModelRegistryPanel::select(const QString& name)
{
    if (const int row = m_models->rowOf(name); row >= 0)
        m_table->selectRow(row);
}

void ModelRegistryPanel::updateButtons()
{
    const bool open = m_session->hasWorkspace() && !m_session->isLocked();
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty();
    m_import->setEnabled(open && m_engine);
    m_export->setEnabled(selected && open);
    m_rename->setEnabled(selected && open);
    m_delete->setEnabled(selected && open);
}

void ModelRegistryPanel::importModel()
{
    ImportModelDialog dialog(m_session, m_engine, this);
    if (dialog.exec() != QDialog::Accepted || dialog.importedName().isEmpty())
        return;
    emit message(tr("Imported %1; it is now a base for new runs and in the Playground.").arg(dialog.importedName()),
                 false);
    emit changed();
    select(dialog.importedName());
}

void ModelRegistryPanel::exportModel()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const models::ModelEntry entry = m_models->entryAt(rows.first().row());
    const QString dir = QFileDialog::getExistingDirectory(
        this, entry.kind == models::ModelKind::Adapter ? tr("Export the Adapter (PEFT layout) to…")
                                                       : tr("Export the Model (Hugging Face layout) to…"),
        QDir::homePath());
    if (dir.isEmpty())
        return;
    const QString target = QDir(dir).filePath(entry.name);
    if (QDir(target).exists())
        return emit message(tr("%1 already exists; choose another folder.").arg(target), true);
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    m_session->beginBackgroundWork();
    emit message(tr("Exporting %1…").arg(entry.name), false);
    runInBackground(
        this, [ws, id = entry.id, target] { return models::ModelStore(*ws).writeToFolder(id, target); },
        [this, target](Status s) {
            m_session->endBackgroundWork();
            emit message(s ? tr("Exported to %1").arg(target) : s.error().message, !s);
        });
}

void ModelRegistryPanel::renameModel()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const models::ModelEntry entry = m_models->entryAt(rows.first().row());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name for \"%1\":").arg(entry.name),
                                               QLineEdit::Normal, entry.name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == entry.name)
        return;
    // Entries built on this one point at it by id, so they follow the new name.
    if (Status s = models::ModelStore(*m_session->workspace()).rename(entry.id, name); !s)
        return emit message(s.error().message, true);
    emit message(tr("Renamed %1 to %2.").arg(entry.name, name), false);
    emit changed();
    select(name);
}

void ModelRegistryPanel::deleteModel()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const models::ModelEntry entry = m_models->entryAt(rows.first().row());
    // Queued runs live only in the page's queue, not in the history the store checks: they would
    // fail on start.
    if (const QStringList waiting = m_runsBuiltOn ? m_runsBuiltOn(entry.name) : QStringList(); !waiting.isEmpty())
        return emit message(tr("\"%1\" is the base of the queued or running run(s) %2; remove them "
                               "from the queue or let them finish first.")
                                .arg(entry.name, waiting.join(QStringLiteral(", "))),
                            true);
    if (QMessageBox::question(this, tr("Delete"), tr("Delete \"%1\" from this workspace? This cannot be undone.")
                                                      .arg(entry.name)) != QMessageBox::Yes)
        return;
    if (Status s = models::ModelStore(*m_session->workspace()).remove(entry.id); !s)
        return emit message(s.error().message, true);
    emit message(tr("Deleted %1.").arg(entry.name), false);
    emit changed();
}

} // namespace fw::ui
