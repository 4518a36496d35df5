// The workspace's datanets for the Datanets page's list, over DatanetService.
#pragma once

#include "datanet/DatanetTypes.h"

#include <QAbstractListModel>
#include <QList>

namespace fw::ui {

class WorkspaceSession;

class DatanetListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit DatanetListModel(WorkspaceSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const datanet::Datanet& datanetAt(int row) const { return m_datanets.at(row); }
    int rowOf(qint64 id) const;
    // Reads the list again; returns the error message, empty on success (a locked workspace is empty).
    QString reload();

    static QString kindText(datanet::RecordKind kind);

private:
    WorkspaceSession* m_session;
    QList<datanet::Datanet> m_datanets;
};

} // namespace fw::ui
