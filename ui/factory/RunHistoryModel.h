// The workspace's training runs, newest first, over RunHistory: status, data, base, method,
// steps, final losses, duration and start time.
#pragma once

#include "models/RunHistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace fw::ui {

class WorkspaceSession;

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Output, Status, Data, Base, Method, Steps, FinalLoss, EvalLoss, Duration, Started, ColumnCount };

    explicit RunHistoryModel(WorkspaceSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const models::RunRecord& runAt(int row) const { return m_runs.at(row); }
    // The running run's step as it trains, between reloads (the database is written in batches).
    void setLiveSteps(qint64 runId, int stepsDone, int totalSteps);
    int rowOfRun(qint64 id) const;
    // Reads the history again; returns the error message, empty on success.
    QString reload();

    static QString statusText(const models::RunRecord& run);

private:
    WorkspaceSession* m_session;
    QList<models::RunRecord> m_runs;
};

} // namespace fw::ui
