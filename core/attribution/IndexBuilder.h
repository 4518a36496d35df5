// Builds a model's attribution index from the workspace: every record of the datanet versions its
// lineage names, encoded exactly as SFT encoded it (same tokenizer, same chat template).
#pragma once

#include "attribution/AttributionIndex.h"
#include "attribution/BuildProgress.h"
#include "attribution/ModelText.h"
#include "ml/TrainingConfig.h"

#include <functional>
#include <vector>

namespace fw::store {
class Workspace;
}
namespace fw::models {
struct ModelEntry;
class ModelStore;
}

namespace fw::attribution {

// The datanet versions the model's lineage names ("data", or the single "datanet"/"version" of
// older entries), then those of its base, its base's base...: everything that shaped its answers.
// NotFound when none names any: an imported model has no training data here.
Result<QList<IndexSource>> lineageSources(const models::ModelStore& store, models::ModelEntry entry);

// The lineage an index of this model must have to be current.
IndexLineage expectedLineage(const models::ModelEntry& entry, const QList<IndexSource>& sources,
                             const ModelText& text);

// Every record of the lineage's versions in order, with the SFT examples it gives and its author,
// as the index and the gradient store both see them; fills in each source's kind.
using LineageRecordVisitor = std::function<Status(
    int source, const QByteArray& hash, const QString& contributor,
    const std::vector<ml::SftExample>& examples)>;
Status forEachLineageRecord(store::Workspace& workspace, QList<IndexSource>& sources,
                            const LineageRecordVisitor& visit);

// Reads the versions and builds the index; `progress` hears records read so far and may stop it.
Result<AttributionIndex> buildIndex(store::Workspace& workspace, const IndexLineage& lineage,
                                    const ModelText& text,
                                    const BuildProgress& progress = {});

} // namespace fw::attribution
