// Datanet list rows: name on top, kind and domain below in the tooltip.
#include "ui/datanets/DatanetListModel.h"

#include "datanet/DatanetService.h"
#include "ui/workspace/WorkspaceSession.h"

namespace fw::ui {

DatanetListModel::DatanetListModel(WorkspaceSession* session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{
}

int DatanetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_datanets.size());
}

QString DatanetListModel::kindText(datanet::RecordKind kind)
{
    switch (kind) {
    case datanet::RecordKind::Instruction: return tr("Instruction pairs");
    case datanet::RecordKind::Chat: return tr("Chat conversations");
    case datanet::RecordKind::Text: return tr("Plain text");
    case datanet::RecordKind::Preference: return tr("Preference pairs");
    }
    return {};
}

QVariant DatanetListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_datanets.size())
        return {};
    const datanet::Datanet& d = m_datanets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return d.name;
    case Qt::ToolTipRole:
        return d.domain.isEmpty() ? kindText(d.kind) : tr("%1 · %2").arg(kindText(d.kind), d.domain);
    case Qt::AccessibleDescriptionRole:
        return kindText(d.kind);
    default:
        return {};
    }
}

int DatanetListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_datanets.size(); ++i)
        if (m_datanets.at(i).id == id)
            return i;
    return -1;
}

QString DatanetListModel::reload()
{
    beginResetModel();
    m_datanets.clear();
    QString problem;
    if (m_session->hasWorkspace() && !m_session->isLocked()) {
        Result<QList<datanet::Datanet>> list = datanet::DatanetService(*m_session->workspace()).datanets();
        if (list)
            m_datanets = *list;
        else
            problem = list.error().message;
    }
    endResetModel();
    return problem;
}

} // namespace fw::ui
