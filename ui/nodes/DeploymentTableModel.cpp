// Table cells of a node's deployments.
#include "ui/nodes/DeploymentTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace fw::ui {

void DeploymentTableModel::setDeployments(const QJsonArray& deployments)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue& d : deployments)
        m_rows.append(d.toObject());
    endResetModel();
}

int DeploymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject& d = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Manifest)
        return d.value(QLatin1String("manifest_hash")).toString();
    if (role == Qt::ToolTipRole && index.column() == Owner)
        return d.value(QLatin1String("owner")).toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return d.value(QLatin1String("name")).toString();
    case Kind:
        return d.value(QLatin1String("kind")).toString() == QLatin1String("adapter")
                   ? tr("adapter")
                   : tr("base model");
    case Owner: {
        const QString owner = d.value(QLatin1String("owner")).toString();
        return owner.left(10) + QStringLiteral("…") + owner.right(6);
    }
    case Price:
        return tr("%1 OPEN / 1k tokens")
            .arg(d.value(QLatin1String("price_per_1k_open")).toString());
    case Manifest:
        return d.value(QLatin1String("manifest_hash")).toString().left(16);
    case Deployed:
        return QLocale().toString(
            QDateTime::fromString(d.value(QLatin1String("deployed_at")).toString(),
                                  Qt::ISODateWithMs)
                .toLocalTime(),
            QLocale::ShortFormat);
    }
    return {};
}

QVariant DeploymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Owner:
        return tr("Owner");
    case Price:
        return tr("Price");
    case Manifest:
        return tr("Manifest");
    case Deployed:
        return tr("Deployed");
    }
    return {};
}

} // namespace fw::ui
