// Training runs waiting their turn: one run trains at a time per device, the others wait in
// order. Two runs (queued or current) never make the same output name. Torch-free, no Qt widgets.
#pragma once

#include "common/Result.h"
#include "ml/DistributedSettings.h"
#include "models/TrainingPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace fw::models {

struct QueuedRun
{
    TrainingPlan plan;
    qint64 resumeRunId = 0; // a run from the history to continue from its checkpoint; 0: a new run
    // worldSize > 1: this workbench is rank 0 of a data-parallel group ("Train on several machines").
    ml::DistributedSettings distributed;
};

class RunQueue
{
public:
    // Refused (AlreadyExists) when the current run or a queued one already makes plan.output.
    Status enqueue(const QueuedRun& run);
    // The next run becomes the current one; nothing when empty or a run is current.
    std::optional<QueuedRun> startNext();
    // The current run ended (finished, failed or cancelled): its name is free again.
    void finishCurrent();
    bool remove(int index);
    // Moves the waiting run at `from` to `to`. Refused (InvalidArgument) when a run would then
    // wait before the queued run that makes the model it trains on; likewise for a bad index.
    Status move(int from, int to);

    bool hasCurrent() const { return m_current.has_value(); }
    const QueuedRun* current() const { return m_current ? &*m_current : nullptr; }
    int waiting() const { return int(m_waiting.size()); }
    const QList<QueuedRun>& waitingRuns() const { return m_waiting; }
    QStringList waitingOutputs() const;
    // Outputs of the current and waiting runs that train on the registered model `base`.
    QStringList outputsBuiltOn(const QString& base) const;

    Q_DECLARE_TR_FUNCTIONS(fw::models::RunQueue)
private:
    std::optional<QueuedRun> m_current;
    QList<QueuedRun> m_waiting;
};

} // namespace fw::models
