// Attribution indexes inside the encrypted workspace, one per model (schema migration 9): the
// lineage as JSON, the span index and the record list as chunked files.
#pragma once

#include "attribution/AttributionIndex.h"

#include <optional>

namespace fw::store {
class Workspace;
}

namespace fw::attribution {

class IndexStore
{
public:
    explicit IndexStore(store::Workspace& workspace) : m_workspace(workspace) {}

    // Replaces the model's index, in one short transaction.
    Status save(qint64 modelId, const AttributionIndex& index);
    // nullopt when the model has none; Corrupt when its parts are damaged.
    Result<std::optional<AttributionIndex>> load(qint64 modelId) const;
    // Only the lineage: enough to tell whether the stored index is current.
    Result<std::optional<IndexLineage>> lineage(qint64 modelId) const;
    Status remove(qint64 modelId);

    Q_DECLARE_TR_FUNCTIONS(fw::attribution::IndexStore)
private:
    store::Workspace& m_workspace;
};

} // namespace fw::attribution
