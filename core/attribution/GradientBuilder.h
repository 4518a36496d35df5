// Builds a LoRA adapter's gradient store: each record of its lineage's datanet versions, as the
// trainer encoded it, through the engine's gradient sketcher at every adapter checkpoint.
#pragma once

#include "attribution/BuildProgress.h"
#include "attribution/GradientIndex.h"
#include "ml/GradientSketch.h"

#include <functional>

namespace fw::store {
class Workspace;
}
namespace fw::models {
struct ModelEntry;
class ModelStore;
} // namespace fw::models

namespace fw::attribution {

// The adapter's checkpoints as its run kept them; an adapter without any (imported, or trained
// before they were kept) is its final weights, once, at the run's learning rate (1 when unknown).
// Unsupported for a whole model: gradient attribution covers LoRA adapters.
Result<std::vector<ml::AdapterCheckpoint>> gradientCheckpoints(store::Workspace& workspace,
                                                               const models::ModelEntry& entry);

// The lineage a gradient store of the adapter must have to be current.
GradientLineage expectedGradientLineage(const IndexLineage& text,
                                        const std::vector<ml::AdapterCheckpoint>& checkpoints,
                                        const ml::SketchSettings& settings);

// Reads the versions and sketches every record; `progress` hears records done and may stop it.
Result<GradientIndex> buildGradientIndex(store::Workspace& workspace,
                                         const GradientLineage& lineage,
                                         ml::GradientSketcher& sketcher,
                                         const BuildProgress& progress = {});

} // namespace fw::attribution
