// Worker side of a training run; results cross to the GUI thread as queued calls.
#include "ui/factory/TrainingRunJob.h"

#include "mlruntime/MlRuntime.h"
#include "models/RecordedRun.h"
#include "models/RunRecorder.h"
#include "store/Workspace.h"
#include "ui/common/BackgroundPriority.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

TrainingRunJob::TrainingRunJob(WorkspaceSession* session, ml::MlRuntime* engine, models::QueuedRun run, int threads,
                               QObject* parent)
    : QObject(parent), m_session(session), m_engine(engine), m_run(std::move(run)), m_threads(threads)
{
    m_thread.setMaxThreadCount(1);
}

TrainingRunJob::~TrainingRunJob()
{
    m_control->cancel();
    m_future.waitForFinished();
    if (m_running)
        m_session->endBackgroundWork();
}

int TrainingRunJob::checkpointInterval(const ml::TrainingConfig& config)
{
    return models::checkpointInterval(config); // the CLI's runs checkpoint at the same steps
}

void TrainingRunJob::pause()
{
    m_control->pause();
    emit pausedChanged(true);
}

void TrainingRunJob::resume()
{
    m_control->resume();
    emit pausedChanged(false);
}

void TrainingRunJob::cancel()
{
    m_control->cancel();
}

void TrainingRunJob::start()
{
    if (m_running || !m_engine)
        return;
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    models::RunHistory history(*workspace);
    // Queued, so that the page never deletes this job from inside start().
    auto refuse = [this](const Error& e) {
        QMetaObject::invokeMethod(this, [this, e] { emit failed(int(e.code), e.message); }, Qt::QueuedConnection);
    };
    if (m_run.resumeRunId != 0) {
        m_historyId = m_run.resumeRunId;
        Result<std::unique_ptr<store::JobClaim>> claim = history.claim(m_historyId);
        if (!claim)
            return refuse(claim.error());
        m_claim = std::move(*claim);
        Result<models::RunRecord> earlier = history.run(m_historyId);
        if (!earlier)
            return refuse(earlier.error());
        m_elapsedBefore = earlier->elapsedMs;
        if (Status s = history.markRunning(m_historyId); !s)
            return refuse(s.error());
    } else {
        Result<qint64> id = history.begin(m_run.plan, m_run.plan.config.epochs > 0 ? 0 : m_run.plan.config.steps);
        if (!id)
            return refuse(id.error());
        m_historyId = *id;
        Result<std::unique_ptr<store::JobClaim>> claim = history.claim(m_historyId);
        if (!claim)
            return refuse(claim.error());
        m_claim = std::move(*claim);
    }
    m_running = true;
    m_session->beginBackgroundWork();
    // `this` is safe in the worker: the destructor cancels and waits for it.
    m_future = QtConcurrent::run(&m_thread, [this, workspace, control = m_control] {
        runBelowTheGui();
        ml::TrainingSummary summary;
        auto done = [this, &summary](const Result<models::ModelEntry>& model) {
            QMetaObject::invokeMethod(this, [this, model, summary] { onDone(model, summary); }, Qt::QueuedConnection);
        };
        auto warn = [this](const Status& s) {
            if (!s)
                QMetaObject::invokeMethod(this, [this, m = s.error().message] { emit warning(m); }, Qt::QueuedConnection);
        };
        models::RunHistory history(*workspace);
        auto fail = [&](const Error& e) {
            const models::RunStatus status =
                e.code == ErrorCode::Cancelled ? models::RunStatus::Cancelled : models::RunStatus::Failed;
            warn(history.finish(m_historyId, status, e.message));
            done(e);
        };
        Result<models::PreparedRun> run = models::prepareRun(*workspace, m_run.plan);
        if (!run)
            return fail(run.error());
        run->historyId = m_historyId;
        run->request.config.threads = m_threads;
        run->request.distributed = m_run.distributed;
        run->request.distributed.planFingerprint = models::dataParallelFingerprint(*run);
        warn(history.setVersion(m_historyId, run->version.idHex()));
        // Checkpoints travel as bytes from the engine straight into the encrypted database.
        run->request.config.checkpointEvery = checkpointInterval(run->request.config);
        if (m_run.resumeRunId != 0) {
            Result<QByteArray> checkpoint = history.restoreCheckpoint(m_historyId);
            if (!checkpoint)
                return fail(checkpoint.error());
            run->request.resumeFrom = *checkpoint;
        }
        models::RunRecorder recorder(*workspace, m_historyId, m_elapsedBefore);
        recorder.attachTo(run->request, warn);
        // A preference run counts its pairs: each is one example the run learns from.
        const int examples = int(run->request.examples.size() + run->request.preferences.size());
        const QString version = run->version.idHex();
        QMetaObject::invokeMethod(this, [this, examples, version] { emit prepared(examples, version); },
                                  Qt::QueuedConnection);
        Result<ml::TrainingSummary> trained = m_engine->train(
            run->request,
            [this, &recorder, &warn](const ml::TrainingProgress& p) {
                QMetaObject::invokeMethod(this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
                warn(recorder.record(p));
            },
            control.get());
        warn(recorder.flush());
        if (!trained)
            return fail(trained.error());
        summary = *trained;
        Result<models::ModelEntry> model = models::registerRun(*workspace, *run, summary);
        if (!model)
            return fail(model.error());
        summary.output = {}; // stored: the GUI thread needs the numbers, not the model's bytes
        warn(history.finish(m_historyId, models::RunStatus::Finished, {}, summary.finalLoss, summary.evalLoss));
        done(model);
    });
}

void TrainingRunJob::onDone(const Result<models::ModelEntry>& model, const ml::TrainingSummary& summary)
{
    m_running = false;
    m_claim.reset();
    m_session->endBackgroundWork();
    if (model)
        emit finished(*model, summary);
    else
        emit failed(int(model.error().code), model.error().message);
}

} // namespace fw::ui
