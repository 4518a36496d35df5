// Writes a running training run into its RunHistory row from the training thread: the loss
// points in small batches, and each checkpoint the engine hands over (every
// TrainingConfig::checkpointEvery steps, and on cancel) into the database, so the run can resume.
#pragma once

#include "ml/TrainingConfig.h"
#include "models/RunHistory.h"

#include <QByteArray>
#include <QList>

namespace fw::models {

class RunRecorder
{
public:
    static constexpr int kPointsPerWrite = 25;

    RunRecorder(store::Workspace& workspace, qint64 runId, qint64 elapsedBefore)
        : m_history(workspace), m_runId(runId), m_elapsedBefore(elapsedBefore)
    {
    }

    // After each optimizer step. Errors do not stop the run; they come back for the log.
    Status record(const ml::TrainingProgress& progress);
    Status flush();
    // The engine's checkpoint after `step` (ml::CheckpointCallback): stored together with the
    // points up to it, so a resumed run continues the same curve.
    Status storeCheckpoint(int step, const QByteArray& checkpoint);
    int lastStep() const { return m_lastStep; }

private:
    RunHistory m_history;
    qint64 m_runId;
    qint64 m_elapsedBefore;
    QList<RunPoint> m_pending;
    int m_totalSteps = 0;
    int m_lastStep = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace fw::models
