// A LoRA adapter's checkpoints (weights + learning rate at a few steps of its run) in the encrypted
// workspace, kept when the run registers the adapter, read back by gradient attribution.
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

    Q_DECLARE_TR_FUNCTIONS(fw::models::AdapterCheckpoints)
private:
    store::Workspace& m_workspace;
};

} // namespace fw::models
