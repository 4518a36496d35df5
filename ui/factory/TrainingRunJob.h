// One training run on a worker thread for the ModelFactory page: prepares it from the workspace
// (version examples, base files), trains through the ML engine, stores the result in the registry,
// and reports every step. Pause, resume and cancel take effect between optimizer steps.
#pragma once

#include "ml/TrainingControl.h"
#include "models/ModelEntry.h"
#include "models/TrainingPlan.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace fw::ml {
class MlRuntime;
}

namespace fw::ui {

class WorkspaceSession;

class TrainingRunJob : public QObject
{
    Q_OBJECT
public:
    TrainingRunJob(WorkspaceSession* session, ml::MlRuntime* engine, models::TrainingPlan plan, int threads,
                   QObject* parent = nullptr);
    ~TrainingRunJob() override; // cancels and waits: the worker never outlives the job

    void start();
    void pause();
    void resume();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_control->isPaused(); }
    const models::TrainingPlan& plan() const { return m_plan; }

signals:
    void prepared(int examples, const QString& versionId);
    void progress(const fw::ml::TrainingProgress& progress);
    void finished(const fw::models::ModelEntry& model, const fw::ml::TrainingSummary& summary);
    // errorCode is a fw::ErrorCode (Cancelled after cancel()); message is ready for people.
    void failed(int errorCode, const QString& message);
    void pausedChanged(bool paused);

private:
    void onDone(const Result<models::ModelEntry>& model, const ml::TrainingSummary& summary);

    WorkspaceSession* m_session;
    ml::MlRuntime* m_engine;
    models::TrainingPlan m_plan;
    int m_threads;
    std::shared_ptr<ml::TrainingControl> m_control = std::make_shared<ml::TrainingControl>();
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace fw::ui

Q_DECLARE_METATYPE(fw::ml::TrainingProgress)
Q_DECLARE_METATYPE(fw::ml::TrainingSummary)
Q_DECLARE_METATYPE(fw::models::ModelEntry)
