// What a registry entry says about itself for `flywheel-cli model show`: where it came from, the
// settings it was trained with, and its final metrics as plain numbers under the names its run
// logs.
#pragma once

#include "common/Result.h"
#include "models/ModelEntry.h"

#include <QJsonObject>

namespace fw::store {
class Workspace;
}

namespace fw::models {

struct ModelFacts
{
    QJsonObject lineage;     // datanet versions, base, run id: the lineage without the three below
    QJsonObject config;      // training settings (TrainingConfig's keys); empty when imported
    QJsonObject modelConfig; // a trained whole model's architecture (config.json's keys)
    // name -> number: the run's summary (steps, final_loss, eval_loss, perplexity, elapsed_ms,
    // tokens_per_s) and its last logged step (loss, learning_rate) when the run is in the history.
    // Values the run never measured (no held-out split: no eval_loss) are left out, not faked.
    QJsonObject metrics;
};

Result<ModelFacts> modelFacts(store::Workspace& workspace, const ModelEntry& entry);

} // namespace fw::models
