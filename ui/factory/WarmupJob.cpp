// Worker side of the time estimate; the result crosses back as a queued call.
#include "ui/factory/WarmupJob.h"

#include "mlruntime/MlRuntime.h"
#include "store/Workspace.h"
#include "ui/common/BackgroundPriority.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

WarmupJob::WarmupJob(WorkspaceSession* session, ml::MlRuntime* engine, models::TrainingPlan plan, int threads,
                     QObject* parent)
    : QObject(parent), m_session(session), m_engine(engine), m_plan(std::move(plan)), m_threads(threads)
{
    m_thread.setMaxThreadCount(1);
}

WarmupJob::~WarmupJob()
{
    m_control->cancel();
    m_future.waitForFinished();
    if (m_running)
        m_session->endBackgroundWork();
}

void WarmupJob::start()
{
    if (m_running || !m_engine)
        return;
    m_running = true;
    m_session->beginBackgroundWork();
    // `this` is safe in the worker: the destructor cancels and waits for it.
    m_future = QtConcurrent::run(&m_thread, [this, workspace = m_session->workspace(), control = m_control] {
        runBelowTheGui();
        Result<models::WarmupTiming> timing = models::measureWarmup(*workspace, m_plan, *m_engine, m_threads, *control);
        QMetaObject::invokeMethod(
            this,
            [this, timing] {
                m_running = false;
                m_session->endBackgroundWork();
                if (timing)
                    emit measured(*timing);
                else
                    emit failed(timing.error().message);
            },
            Qt::QueuedConnection);
    });
}

} // namespace fw::ui
