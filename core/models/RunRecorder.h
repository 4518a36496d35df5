// Writes a running training run into its RunHistory row from the training thread: the loss
// points in small batches, and the engine's checkpoint file into the database each time the
// engine has just written it (TrainingConfig::checkpointEvery steps), so the run can resume.
#pragma once

#include "ml/TrainingConfig.h"
#include "models/RunHistory.h"

#include <QList>
#include <QString>

namespace fw::models {

class RunRecorder
{
public:
    static constexpr int kPointsPerWrite = 25;

    RunRecorder(store::Workspace& workspace, qint64 runId, QString checkpointPath, int checkpointEvery,
                qint64 elapsedBefore)
        : m_history(workspace), m_runId(runId), m_checkpointPath(std::move(checkpointPath)),
          m_checkpointEvery(checkpointEvery), m_elapsedBefore(elapsedBefore)
    {
    }

    // After each optimizer step. Errors do not stop the run; they come back for the log.
    Status record(const ml::TrainingProgress& progress);
    Status flush();
    // After a cancel: the engine wrote a last checkpoint; keep it so the run can resume.
    Status storeLastCheckpoint();
    int lastStep() const { return m_lastStep; }

private:
    RunHistory m_history;
    qint64 m_runId;
    QString m_checkpointPath;
    int m_checkpointEvery;
    qint64 m_elapsedBefore;
    QList<RunPoint> m_pending;
    int m_totalSteps = 0;
    int m_lastStep = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace fw::models
