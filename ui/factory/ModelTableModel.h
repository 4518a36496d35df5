// The workspace's models and adapters with their lineage, over the registry (ModelStore).
#pragma once

#include "models/ModelEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace fw::ui {

class WorkspaceSession;

class ModelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Lineage, Parameters, Size, FinalLoss, Created, ColumnCount };

    explicit ModelTableModel(WorkspaceSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const models::ModelEntry& entryAt(int row) const { return m_entries.at(row); }
    int rowOf(const QString& name) const;
    // Reads the registry again; returns the error message, empty on success.
    QString reload();

    // "World facts (demo) @ e324df14 -> nano (from scratch)", for people.
    QString lineageText(const models::ModelEntry& entry) const;

private:
    WorkspaceSession* m_session;
    QList<models::ModelEntry> m_entries;
};

} // namespace fw::ui
