// A node's deployments as a table: name, kind, owner, price, manifest hash, deployed at.
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace fw::ui {

class DeploymentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Owner, Price, Manifest, Deployed, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setDeployments(const QJsonArray& deployments);
    QJsonObject deploymentAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QJsonObject> m_rows;
};

} // namespace fw::ui
