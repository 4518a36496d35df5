// Worker side of a training run; results cross to the GUI thread as queued calls.
#include "ui/factory/TrainingRunJob.h"

#include "mlruntime/MlRuntime.h"
#include "store/Workspace.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

TrainingRunJob::TrainingRunJob(WorkspaceSession* session, ml::MlRuntime* engine, models::TrainingPlan plan,
                               int threads, QObject* parent)
    : QObject(parent), m_session(session), m_engine(engine), m_plan(std::move(plan)), m_threads(threads)
{
}

TrainingRunJob::~TrainingRunJob()
{
    m_control->cancel();
    m_future.waitForFinished();
    if (m_running)
        m_session->endBackgroundWork();
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
    m_running = true;
    m_session->beginBackgroundWork();
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    // `this` is safe in the worker: the destructor cancels and waits for it.
    m_future = QtConcurrent::run([this, workspace, control = m_control] {
        ml::TrainingSummary summary;
        auto done = [this, &summary](const Result<models::ModelEntry>& model) {
            QMetaObject::invokeMethod(this, [this, model, summary] { onDone(model, summary); }, Qt::QueuedConnection);
        };
        Result<models::PreparedRun> run = models::prepareRun(*workspace, m_plan);
        if (!run)
            return done(run.error());
        run->request.config.threads = m_threads;
        const int examples = int(run->request.examples.size());
        const QString version = run->version.idHex();
        QMetaObject::invokeMethod(this, [this, examples, version] { emit prepared(examples, version); },
                                  Qt::QueuedConnection);
        Result<ml::TrainingSummary> trained = m_engine->train(
            run->request,
            [this](const ml::TrainingProgress& p) {
                QMetaObject::invokeMethod(this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
            },
            control.get());
        if (!trained)
            return done(trained.error());
        summary = *trained;
        done(models::registerRun(*workspace, *run, summary));
    });
}

void TrainingRunJob::onDone(const Result<models::ModelEntry>& model, const ml::TrainingSummary& summary)
{
    m_running = false;
    m_session->endBackgroundWork();
    if (model)
        emit finished(*model, summary);
    else
        emit failed(int(model.error().code), model.error().message);
}

} // namespace fw::ui
