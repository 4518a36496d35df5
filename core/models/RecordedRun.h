// A training run kept in the workspace's RunHistory from start to end, for callers that train in
// their own thread (`flywheel-cli train`): its row, its loss points, its checkpoints, its end, so
// the run shows in the workbench's History and can resume there or from the CLI.
#pragma once

#include "common/Result.h"
#include "ml/TrainingControl.h"
#include "mlruntime/MlRuntime.h"
#include "models/RunHistory.h"

#include <QCoreApplication>

#include <functional>

namespace fw::models {

// Steps between checkpoints when the plan leaves it open: about 20 a run, at least 5 steps apart.
int checkpointInterval(const ml::TrainingConfig& config);

struct RecordedRunHooks
{
    std::function<void(const PreparedRun& run)> prepared; // before the first step
    ml::ProgressCallback progress;                        // after each step
    std::function<void(const Error& problem)> warning;    // went wrong without stopping the run
};

class RecordedRun
{
public:
    // A new run of `plan`. Recorded (as running) once train() has checked and prepared it, so a
    // plan that cannot run leaves nothing in the history.
    static RecordedRun start(store::Workspace& workspace, const TrainingPlan& plan);
    // Run `runId` of the history, running again from its checkpoint. InvalidArgument unless it
    // can resume (a run still marked running may be training in another process).
    static Result<RecordedRun> resume(store::Workspace& workspace, qint64 runId);

    qint64 id() const { return m_record.id; } // 0 until a new run is recorded
    const TrainingPlan& plan() const { return m_record.plan; }

    // Prepares, trains (from the checkpoint when resuming), stores the output in the registry and
    // ends the history row: finished, cancelled (with a checkpoint to resume from) or failed.
    // `distributed`: this process is rank 0 of a data-parallel group (the only rank that records).
    Result<ModelEntry> train(ml::MlRuntime& engine, int threads, const RecordedRunHooks& hooks,
                             ml::TrainingControl* control = nullptr,
                             ml::TrainingSummary* summary = nullptr,
                             const ml::DistributedSettings& distributed = {});

    Q_DECLARE_TR_FUNCTIONS(fw::models::RecordedRun)
private:
    RecordedRun(store::Workspace& workspace, RunRecord record, bool resuming)
        : m_workspace(&workspace), m_record(std::move(record)), m_resuming(resuming)
    {
    }
    Result<ModelEntry> trainPrepared(PreparedRun& run, ml::MlRuntime& engine,
                                     const RecordedRunHooks& hooks, ml::TrainingControl* control,
                                     ml::TrainingSummary* summary);

    store::Workspace* m_workspace;
    RunRecord m_record;
    bool m_resuming;
    std::shared_ptr<store::JobClaim> m_claim; // held while this process trains the run
};

} // namespace fw::models
