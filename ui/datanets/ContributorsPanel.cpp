// Contributor table; addresses of this workspace's own identities also show the identity's name.
#include "ui/datanets/ContributorsPanel.h"

#include "datanet/DatanetService.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fw::ui {

ContributorsPanel::ContributorsPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new QStandardItemModel(this)), m_table(new QTableView(this))
{
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    // reload() writes the column titles.
    retranslated(this, [this] {
        m_table->setAccessibleName(tr("Contributors"));
        reload();
    });
}

void ContributorsPanel::setDatanet(qint64 datanetId)
{
    m_datanetId = datanetId;
    reload();
}

void ContributorsPanel::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Contributor"), tr("Records"), tr("Approved"), tr("Rejected"),
                                        tr("Flagged"), tr("Exact duplicates"), tr("Near duplicates")});
    if (!m_datanetId || !m_session->hasWorkspace() || m_session->isLocked())
        return;
    Result<QList<datanet::ContributorStats>> stats =
        datanet::DatanetService(*m_session->workspace()).contributorStats(m_datanetId);
    if (!stats)
        return;
    wallet::WalletService wallet = m_session->wallet();
    for (const datanet::ContributorStats& s : *stats) {
        QString who = s.contributor;
        if (Result<wallet::Identity> mine = wallet.identityByAddress(s.contributor); mine)
            who = tr("%1 (%2, yours)").arg(s.contributor, mine->name);
        QList<QStandardItem*> row{new QStandardItem(who)};
        for (qint64 n : {s.records, s.approved, s.rejected, s.flagged, s.duplicates, s.nearDuplicates}) {
            auto* item = new QStandardItem;
            item->setData(n, Qt::DisplayRole); // numbers sort as numbers
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        m_model->appendRow(row);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

} // namespace fw::ui
