// Versions tab: the table, freeze in the background, export and inclusion proofs.
#include "ui/datanets/VersionsPanel.h"

#include "ui/common/MessageLabel.h"

#include "datanet/VersionService.h"
#include "ui/common/Async.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fw::ui {

VersionsPanel::VersionsPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new QStandardItemModel(this)),
      m_table(new QTableView(this)), m_freeze(new QPushButton(this)), m_copy(new QPushButton(this)),
      m_export(new QPushButton(this)), m_prove(new QPushButton(this)),
      m_message(new MessageLabel(this))
{
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message->showMessage({});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_freeze);
    buttons->addStretch();
    for (QPushButton* b : {m_copy, m_export, m_prove})
        buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_freeze, &QPushButton::clicked, this, &VersionsPanel::freeze);
    connect(m_copy, &QPushButton::clicked, this, &VersionsPanel::copyId);
    connect(m_export, &QPushButton::clicked, this, &VersionsPanel::exportVersion);
    connect(m_prove, &QPushButton::clicked, this, [this] { proveRecord(); });
    m_datanet.reset();
    setEnabled(false);
    retranslated(this, [this] {
        m_freeze->setText(tr("&Freeze New Version"));
        m_freeze->setToolTip(
            tr("Freezes every approved record into an immutable version whose id is their "
               "Merkle root. Training refers to versions."));
        m_copy->setText(tr("&Copy Id"));
        m_export->setText(tr("&Export…"));
        m_prove->setText(tr("&Prove a Record…"));
        m_table->setAccessibleName(tr("Versions"));
        // reload() writes the column titles and the ready column; the chosen version stays chosen.
        const QString chosen = selectedVersionId();
        reload();
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->item(row, 0)->data(Qt::UserRole).toString() == chosen)
                m_table->selectRow(row);
    });
}

void VersionsPanel::setDatanet(const datanet::Datanet* datanet)
{
    m_datanet = datanet ? std::optional<datanet::Datanet>(*datanet) : std::nullopt;
    setEnabled(m_datanet.has_value());
    m_message->showMessage({});
    reload();
}

void VersionsPanel::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Version id"), tr("Records"), tr("Contributors"), tr("Tokens"),
                                        tr("Ready for training"), tr("Frozen")});
    const bool open = m_datanet && m_session->hasWorkspace() && !m_session->isLocked();
    if (open) {
        Result<QList<datanet::VersionInfo>> versions =
            datanet::VersionService(*m_session->workspace()).versions(m_datanet->id);
        if (!versions)
            m_message->showMessage(versions.error().message, true);
        else
            for (const datanet::VersionInfo& v : *versions) {
                auto* id = new QStandardItem(v.idHex().left(16));
                id->setData(v.idHex(), Qt::UserRole);
                id->setToolTip(v.idHex());
                QList<QStandardItem*> row{id};
                for (qint64 n : {v.recordCount, v.contributorCount, v.tokenCount}) {
                    row << new QStandardItem(QLocale().toString(n));
                    row.last()->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                auto* ready = new QStandardItem(v.ready ? tr("Yes") : tr("No (requirements not met)"));
                ready->setForeground(v.ready ? QColor(0x15, 0x80, 0x3d) : QColor(0xb4, 0x53, 0x09));
                row << ready << new QStandardItem(QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat));
                m_model->appendRow(row);
            }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    const bool has = m_model->rowCount() > 0;
    m_freeze->setEnabled(open && !m_busy);
    for (QPushButton* b : {m_copy, m_export, m_prove})
        b->setEnabled(has && !m_busy);
}

QString VersionsPanel::selectedVersionId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}


void VersionsPanel::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    if (busy)
        m_session->beginBackgroundWork();
    else
        m_session->endBackgroundWork();
    m_message->showMessage(text);
    reload();
}

void VersionsPanel::freeze()
{
    if (!m_datanet || m_busy)
        return;
    setBusy(true, tr("Verifying every contribution and freezing…"));
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    const qint64 id = m_datanet->id;
    runInBackground(
        this, [ws, id] { return datanet::VersionService(*ws).freeze(id); },
        [this](Result<datanet::VersionInfo> version) {
            setBusy(false);
            if (!version)
                return m_message->showMessage(version.error().message, true);
            m_message->showMessage(version->ready
                            ? tr("Frozen: version %1 with %2 records.").arg(version->idHex(), QLocale().toString(version->recordCount))
                            : tr("Frozen: version %1 with %2 records. It does not meet the requirements, so it "
                                 "cannot be trained on.")
                                  .arg(version->idHex(), QLocale().toString(version->recordCount)));
            emit frozen(*version);
        });
}

void VersionsPanel::copyId()
{
    const QString id = selectedVersionId();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    m_message->showMessage(tr("Copied %1").arg(id));
}

void VersionsPanel::exportVersion()
{
    const QString id = selectedVersionId();
    if (!m_datanet || id.isEmpty())
        return;
    const QStringList formats{QStringLiteral("alpaca"), QStringLiteral("sharegpt"), QStringLiteral("openai"),
                              QStringLiteral("preference"), QStringLiteral("text")};
    bool ok = false;
    const QString format = QInputDialog::getItem(this, tr("Export Version"), tr("Format:"), formats, 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Version"), QDir::home().filePath(QStringLiteral("%1-%2.jsonl").arg(m_datanet->name, id.left(8))),
        tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    setBusy(true, tr("Exporting…"));
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    const qint64 datanetId = m_datanet->id;
    const datanet::ImportFormat f = *datanet::parseExportFormat(format);
    runInBackground(
        this, [=] { return datanet::VersionService(*ws).exportVersion(datanetId, id, f, path); },
        [this, path](Result<qint64> written) {
            setBusy(false);
            if (!written)
                return m_message->showMessage(written.error().message, true);
            m_message->showMessage(tr("Exported %1 records to %2").arg(QLocale().toString(*written), path));
        });
}

void VersionsPanel::proveRecord(const QString& recordHash)
{
    const QString id = selectedVersionId();
    if (!m_datanet || id.isEmpty())
        return;
    bool ok = false;
    const QString hash = QInputDialog::getText(this, tr("Prove a Record"),
                                               tr("Hash of the record (at least its first 8 hex digits):"),
                                               QLineEdit::Normal, recordHash, &ok)
                             .trimmed();
    if (!ok || hash.isEmpty())
        return;
    Result<datanet::InclusionProof> proof = datanet::VersionService(*m_session->workspace()).prove(m_datanet->id, id, hash);
    if (!proof)
        return m_message->showMessage(proof.error().message, true);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Proof"), QDir::home().filePath(QStringLiteral("proof-%1.json").arg(hash.left(12))),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(proof->toJson()) < 0 || !file.commit())
        return m_message->showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), true);
    m_message->showMessage(tr("Proof saved to %1. Anyone can check it with: flywheel-cli datanet verify-proof %1").arg(path));
}

} // namespace fw::ui
