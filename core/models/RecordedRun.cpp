// RecordedRun: the history row around one engine run, and the checkpoint hand-off.
#include "models/RecordedRun.h"

#include "models/RunRecorder.h"

#include <algorithm>

namespace fw::models {

int checkpointInterval(const ml::TrainingConfig& config)
{
    if (config.checkpointEvery > 0)
        return config.checkpointEvery;
    return config.epochs > 0 ? 25 : std::max(5, config.steps / 20);
}

RecordedRun RecordedRun::start(store::Workspace& workspace, const TrainingPlan& plan)
{
    RunRecord record;
    record.plan = plan;
    return RecordedRun(workspace, record, false);
}

Result<RecordedRun> RecordedRun::resume(store::Workspace& workspace, qint64 runId)
{
    RunHistory history(workspace);
    // A run still marked running whose process died (killed, crashed) is interrupted now. Then
    // the claim, before the status changes: of two processes resuming one run, one gets Busy.
    if (Result<QList<RunRecord>> cut = history.markInterrupted(); !cut)
        return cut.error();
    Result<std::unique_ptr<store::JobClaim>> claim = history.claim(runId);
    if (!claim)
        return claim.error();
    Result<RunRecord> record = history.run(runId);
    if (!record)
        return record.error();
    if (!record->canResume())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("Training run %1 (\"%2\") is %3 and cannot resume; only a cancelled, failed or "
               "interrupted run with a checkpoint can.")
                .arg(runId)
                .arg(record->plan.output, runStatusName(record->status)));
    if (Status s = history.markRunning(runId); !s)
        return s.error();
    RecordedRun resumed(workspace, *record, true);
    resumed.m_claim = std::move(*claim);
    return resumed;
}

Result<ModelEntry> RecordedRun::train(ml::MlRuntime& engine, int threads,
                                      const RecordedRunHooks& hooks, ml::TrainingControl* control,
                                      ml::TrainingSummary* summary,
                                      const ml::DistributedSettings& distributed)
{
    RunHistory history(*m_workspace);
    Result<PreparedRun> run = prepareRun(*m_workspace, m_record.plan);
    if (!run && m_record.id == 0)
        return run.error();
    if (run && m_record.id == 0) {
        const ml::TrainingConfig& config = m_record.plan.config;
        Result<qint64> id = history.begin(m_record.plan, config.epochs > 0 ? 0 : config.steps);
        if (!id)
            return id.error();
        m_record.id = *id;
        Result<std::unique_ptr<store::JobClaim>> claim = history.claim(*id);
        if (!claim)
            return claim.error();
        m_claim = std::move(*claim);
    }
    Result<ModelEntry> model = [&]() -> Result<ModelEntry> {
        if (!run)
            return run.error(); // a resumed run that cannot start again (its data is gone)
        run->historyId = m_record.id;
        run->request.config.threads = threads;
        run->request.distributed = distributed;
        run->request.distributed.planFingerprint = dataParallelFingerprint(*run);
        return trainPrepared(*run, engine, hooks, control, summary);
    }();
    if (!model) {
        const RunStatus status =
            model.error().code == ErrorCode::Cancelled ? RunStatus::Cancelled : RunStatus::Failed;
        if (Status s = history.finish(m_record.id, status, model.error().message);
            !s && hooks.warning)
            hooks.warning(s.error());
    }
    return model;
}

Result<ModelEntry> RecordedRun::trainPrepared(PreparedRun& run, ml::MlRuntime& engine,
                                              const RecordedRunHooks& hooks,
                                              ml::TrainingControl* control,
                                              ml::TrainingSummary* summaryOut)
{
    auto warn = [&hooks](const Status& s) {
        if (!s && hooks.warning)
            hooks.warning(s.error());
    };
    RunHistory history(*m_workspace);
    warn(history.setVersion(m_record.id, run.version.idHex()));
    // Checkpoints travel as bytes from the engine straight into the encrypted database.
    run.request.config.checkpointEvery = checkpointInterval(run.request.config);
    if (m_resuming) {
        Result<QByteArray> checkpoint = history.restoreCheckpoint(m_record.id);
        if (!checkpoint)
            return checkpoint.error();
        run.request.resumeFrom = *checkpoint;
    }
    RunRecorder recorder(*m_workspace, m_record.id, m_resuming ? m_record.elapsedMs : 0);
    recorder.attachTo(run.request, warn);
    if (hooks.prepared)
        hooks.prepared(run);
    Result<ml::TrainingSummary> trained = engine.train(
        run.request,
        [&](const ml::TrainingProgress& p) {
            if (hooks.progress)
                hooks.progress(p);
            warn(recorder.record(p));
        },
        control);
    warn(recorder.flush());
    if (!trained)
        return trained.error(); // a cancelled run's last checkpoint came through onCheckpoint
    if (summaryOut)
        *summaryOut = *trained;
    Result<ModelEntry> model = registerRun(*m_workspace, run, *trained);
    if (!model)
        return model.error();
    warn(history.finish(m_record.id, RunStatus::Finished, {}, trained->finalLoss,
                        trained->evalLoss));
    return model;
}

} // namespace fw::models
