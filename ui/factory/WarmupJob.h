// The measured time estimate on a worker: models::measureWarmup for the form's plan. One at a
// time; cancelled (and waited for) when the job goes away, so it never outlives the page.
#pragma once

#include "ml/TrainingControl.h"
#include "models/Warmup.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace fw::ml {
class MlRuntime;
}

namespace fw::ui {

class WorkspaceSession;

class WarmupJob : public QObject
{
    Q_OBJECT
public:
    WarmupJob(WorkspaceSession* session, ml::MlRuntime* engine, models::TrainingPlan plan, int threads,
              QObject* parent = nullptr);
    ~WarmupJob() override;

    void start();
    void cancel() { m_control->cancel(); }
    bool isRunning() const { return m_running; }

signals:
    void measured(const fw::models::WarmupTiming& timing);
    void failed(const QString& message);

private:
    WorkspaceSession* m_session;
    ml::MlRuntime* m_engine;
    models::TrainingPlan m_plan;
    int m_threads;
    std::shared_ptr<ml::TrainingControl> m_control = std::make_shared<ml::TrainingControl>();
    // A thread of its own, not Qt's global pool: the raster engine splits large fills across
    // the global pool and waits for them, so long work there freezes painting (see ChatSession).
    QThreadPool m_thread;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace fw::ui

Q_DECLARE_METATYPE(fw::models::WarmupTiming)
