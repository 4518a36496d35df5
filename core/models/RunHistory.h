// Every training run started in the workbench, kept in the workspace: its plan, what became of it,
// its loss curve, and the latest checkpoint of a run that has not finished, so a run cut short by
// a crash or a cancel can resume where it stopped. Torch-free; the checkpoint is an opaque buffer.
#pragma once

#include "common/Result.h"
#include "models/TrainingPlan.h"
#include "store/JobClaim.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <memory>

namespace fw::store {
class Workspace;
}

namespace fw::models {

enum class RunStatus { Running, Finished, Failed, Cancelled, Interrupted };

// "running", "finished"...: as stored.
QString runStatusName(RunStatus status);

struct RunRecord
{
    qint64 id = 0;
    TrainingPlan plan; // data, base, method, output and every setting
    RunStatus status = RunStatus::Running;
    QString version;   // the first source's frozen version id (hex), once the run resolved it
    int totalSteps = 0;
    int stepsDone = 0;
    double finalLoss = -1.0; // < 0: unknown
    double evalLoss = -1.0;
    qint64 elapsedMs = 0;
    QString message;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // invalid while running
    int checkpointStep = -1; // step of the stored checkpoint; -1: none

    // Failed, cancelled or interrupted with a checkpoint to continue from.
    bool canResume() const;
};

struct RunPoint
{
    int step = 0;
    double loss = 0.0;
    double evalLoss = -1.0; // < 0: no evaluation yet
    double learningRate = 0.0;
    double tokensPerSecond = 0.0;
    QMap<QString, double> metrics; // the objective's other metrics at this step, by name
};

class RunHistory
{
public:
    explicit RunHistory(store::Workspace& workspace) : m_workspace(workspace) {}

    // A new row, status running. Returns its id.
    Result<qint64> begin(const TrainingPlan& plan, int totalSteps);
    // A resumed run is running again (its checkpoint stays until it finishes).
    Status markRunning(qint64 id);
    Status setVersion(qint64 id, const QString& versionHex);
    // Upserts the points (a resumed run rewrites the steps after its checkpoint) and the progress.
    Status addPoints(qint64 id, const QList<RunPoint>& points, int totalSteps, qint64 elapsedMs);
    // Replaces the run's checkpoint with `checkpoint` (the engine's bytes), in one transaction.
    Status storeCheckpoint(qint64 id, int step, const QByteArray& checkpoint);
    // The stored checkpoint's bytes, for the engine to resume from. NotFound when there is none.
    Result<QByteArray> restoreCheckpoint(qint64 id) const;
    // Final state; a finished run drops its checkpoint (nothing left to resume).
    Status finish(qint64 id, RunStatus status, const QString& message, double finalLoss = -1.0,
                  double evalLoss = -1.0);
    // Runs still marked running whose trainer is gone (its process died: nobody holds the run's
    // claim) become interrupted. Returns those runs; runs another process trains are left alone.
    Result<QList<RunRecord>> markInterrupted();
    // Held by whoever trains run `id` for as long as it does (see store::JobClaim); Busy when
    // another process trains it.
    Result<std::unique_ptr<store::JobClaim>> claim(qint64 id);
    Status remove(qint64 id);

    Result<QList<RunRecord>> runs() const; // newest first
    Result<RunRecord> run(qint64 id) const;
    Result<QList<RunPoint>> points(qint64 id) const; // by step

    Q_DECLARE_TR_FUNCTIONS(fw::models::RunHistory)
private:
    Result<QList<RunRecord>> query(const QString& where, qint64 arg) const;

    store::Workspace& m_workspace;
};

} // namespace fw::models
