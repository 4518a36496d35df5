// What a trained registry entry says about its run, and that run's held-out examples rebuilt from
// its datanet version: the prompts the Evaluation panel puts to the model and to its base.
#pragma once

#include "common/Result.h"
#include "ml/TrainingConfig.h"
#include "models/ModelEntry.h"

#include <QList>

#include <vector>

namespace fw::store {
class Workspace;
}

namespace fw::models {

// One datanet version a run trained on.
struct TrainedSource
{
    QString datanet;    // its name when the run was made
    QString datanetUid; // hex; finds the datanet even after a rename
    QString version;    // the frozen version's full id
};

// The run's lineage as registerRun wrote it, read back.
struct TrainedRun
{
    QString datanet;    // the first source, for display
    QString datanetUid;
    QString version;
    QList<TrainedSource> sources; // every version, in training order (their examples were concatenated)
    QString base;       // a registered model's name, or the size preset trained from scratch
    bool fromScratch = false;
    ml::TrainingConfig config;
    int steps = 0;
    double finalLoss = 0.0;
    double evalLoss = -1.0;   // < 0: the run held nothing out
    double perplexity = -1.0; // < 0: likewise
};

// InvalidArgument: the entry was imported (or its lineage lost the run), so there is no split to
// rebuild.
Result<TrainedRun> trainedRun(const ModelEntry& entry);

// The examples the run held out, in the order training listed them; each response is the
// reference answer. NotFound: the datanet or the version is no longer in the workspace.
Result<std::vector<ml::SftExample>> heldOutExamples(store::Workspace& workspace,
                                                    const TrainedRun& run);

} // namespace fw::models
