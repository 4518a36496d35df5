// One training run on a worker thread for the ModelFactory page: prepares it from the workspace
// (version examples, base files), trains through the ML engine, stores the result in the registry,
// and reports every step. The run is recorded in the workspace's RunHistory with its loss curve
// and a checkpoint every few steps, so a run cut short (crash, cancel) can resume from there.
// Pause, resume and cancel take effect between optimizer steps.
#pragma once

#include "ml/TrainingControl.h"
#include "models/ModelEntry.h"
#include "models/RunQueue.h"
#include "store/JobClaim.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

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
    TrainingRunJob(WorkspaceSession* session, ml::MlRuntime* engine, models::QueuedRun run, int threads,
                   QObject* parent = nullptr);
    ~TrainingRunJob() override; // cancels and waits: the worker never outlives the job

    // Records the run (or marks the resumed one running) and starts the worker; `failed` follows
    // when the history cannot be written.
    void start();
    void pause();
    void resume();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_control->isPaused(); }
    const models::TrainingPlan& plan() const { return m_run.plan; }
    qint64 historyId() const { return m_historyId; }

    // Steps between checkpoints when the plan leaves it to us: about 20 a run, at least 5 steps apart.
    static int checkpointInterval(const ml::TrainingConfig& config);

signals:
    void prepared(int examples, const QString& versionId);
    void progress(const fw::ml::TrainingProgress& progress);
    void finished(const fw::models::ModelEntry& model, const fw::ml::TrainingSummary& summary);
    // errorCode is a fw::ErrorCode (Cancelled after cancel()); message is ready for people.
    void failed(int errorCode, const QString& message);
    void pausedChanged(bool paused);
    // Something went wrong that does not stop the run (a checkpoint that could not be stored).
    void warning(const QString& message);

private:
    void onDone(const Result<models::ModelEntry>& model, const ml::TrainingSummary& summary);

    WorkspaceSession* m_session;
    ml::MlRuntime* m_engine;
    models::QueuedRun m_run;
    int m_threads;
    qint64 m_historyId = 0;
    qint64 m_elapsedBefore = 0; // training time of the earlier attempts of a resumed run
    std::unique_ptr<store::JobClaim> m_claim; // says "this process trains the run" to the others
    std::shared_ptr<ml::TrainingControl> m_control = std::make_shared<ml::TrainingControl>();
    // A thread of its own, not Qt's global pool: the raster engine splits large fills across
    // the global pool and waits for them, so long work there freezes painting (see ChatSession).
    QThreadPool m_thread;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace fw::ui

Q_DECLARE_METATYPE(fw::ml::TrainingProgress)
Q_DECLARE_METATYPE(fw::ml::TrainingSummary)
Q_DECLARE_METATYPE(fw::models::ModelEntry)
