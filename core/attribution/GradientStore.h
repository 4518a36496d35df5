// Gradient stores inside the encrypted workspace, one per LoRA adapter (schema migration 16): the
// lineage as JSON, the record list and the projected gradients as chunked files.
#pragma once

#include "attribution/GradientIndex.h"

#include <optional>

namespace fw::store {
class Workspace;
}

namespace fw::attribution {

class GradientStore
{
public:
    explicit GradientStore(store::Workspace& workspace) : m_workspace(workspace) {}

    // Replaces the model's store, in one short transaction.
    Status save(qint64 modelId, const GradientIndex& index);
    // nullopt when the model has none; Corrupt when its parts are damaged or do not fit together.
    Result<std::optional<GradientIndex>> load(qint64 modelId) const;
    // Only the lineage: enough to tell whether the stored gradients are current.
    Result<std::optional<GradientLineage>> lineage(qint64 modelId) const;

    Q_DECLARE_TR_FUNCTIONS(fw::attribution::GradientStore)
private:
    store::Workspace& m_workspace;
};

} // namespace fw::attribution
