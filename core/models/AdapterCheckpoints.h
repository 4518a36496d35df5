// A LoRA adapter's checkpoints (weights + learning rate at a few steps of its run) in the encrypted
// workspace: kept by the run as each comes (so a stopped run resumed later still has the ones
// before the stop), moved to the adapter when the run registers it, read back by gradient
// attribution.
#pragma once

#include "common/Result.h"
#include "ml/AdapterCheckpoint.h"

#include <QCoreApplication>
#include <vector>

namespace fw::store {
class Workspace;
}

namespace fw::models {

class AdapterCheckpoints
{
public:
    explicit AdapterCheckpoints(store::Workspace& workspace) : m_workspace(workspace) {}

    // Replaces the model's checkpoints, in one short transaction.
    Status save(qint64 modelId, const std::vector<ml::AdapterCheckpoint>& checkpoints);
    // By step; empty when the model has none (an imported adapter, a run before migration 16).
    Result<std::vector<ml::AdapterCheckpoint>> load(qint64 modelId) const;

    // One checkpoint of a running run (training_runs.id), replacing any it kept at that step
    // before (a run resumed from an earlier checkpoint trains that step again).
    Status keepForRun(qint64 runId, const ml::AdapterCheckpoint& checkpoint);
    // What the run kept, by step, across every stop and resume.
    Result<std::vector<ml::AdapterCheckpoint>> keptForRun(qint64 runId) const;
    // The run's kept checkpoints, and any of `inMemory` at steps it did not keep, become the
    // model's; the run's copies go, in the same transaction.
    Status moveRunToModel(qint64 runId, qint64 modelId, const std::vector<ml::AdapterCheckpoint>& inMemory);

    Q_DECLARE_TR_FUNCTIONS(fw::models::AdapterCheckpoints)
private:
    struct Owner;
    Status write(const Owner& owner, const std::vector<ml::AdapterCheckpoint>& checkpoints, bool replaceAll);
    Result<std::vector<ml::AdapterCheckpoint>> read(const Owner& owner) const;

    store::Workspace& m_workspace;
};

} // namespace fw::models
