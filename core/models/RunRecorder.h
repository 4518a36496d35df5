// Writes a running training run into its RunHistory row from the training thread: the loss
// points in small batches, each checkpoint the engine hands over (every
// TrainingConfig::checkpointEvery steps, and on cancel) into the database, so the run can resume,
// and a LoRA run's adapter checkpoints as they come, so a resumed run still has the earlier ones.
#pragma once

#include "ml/AdapterCheckpoint.h"
#include "ml/TrainingConfig.h"
#include "ml/TrainingRun.h"
#include "models/RunHistory.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace fw::models {

class RunRecorder
{
public:
    static constexpr int kPointsPerWrite = 25;

    RunRecorder(store::Workspace& workspace, qint64 runId, qint64 elapsedBefore)
        : m_workspace(workspace), m_history(workspace), m_runId(runId), m_elapsedBefore(elapsedBefore)
    {
    }

    // Points the request's checkpoint callbacks here (keeping any adapter-checkpoint callback it
    // had, which prepareRun uses to hold them in memory too); failed writes go to `warn`.
    void attachTo(ml::TrainingRequest& request, const std::function<void(const Status&)>& warn);

    // After each optimizer step. Errors do not stop the run; they come back for the log.
    Status record(const ml::TrainingProgress& progress);
    Status flush();
    // The engine's checkpoint after `step` (ml::CheckpointCallback): stored together with the
    // points up to it, so a resumed run continues the same curve.
    Status storeCheckpoint(int step, const QByteArray& checkpoint);
    int lastStep() const { return m_lastStep; }
    // One adapter checkpoint of a LoRA run, kept under the run until it registers its adapter.
    Status keepAdapterCheckpoint(const ml::AdapterCheckpoint& checkpoint);

private:
    store::Workspace& m_workspace;
    RunHistory m_history;
    qint64 m_runId;
    qint64 m_elapsedBefore;
    QList<RunPoint> m_pending;
    int m_totalSteps = 0;
    int m_lastStep = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace fw::models
