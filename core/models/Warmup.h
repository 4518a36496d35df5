// "How long will this run take here?": a short measured warm-up. The real run is prepared and
// started on this machine with its real settings, timed over its first optimizer steps, and
// stopped before it saves anything; setup (tokenizer, data, model) is timed too.
#pragma once

#include "common/Result.h"
#include "models/TrainingPlan.h"

#include <QCoreApplication>

namespace fw::ml {
class MlRuntime;
class TrainingControl;
}

namespace fw::models {

struct WarmupTiming
{
    qint64 setupMs = 0;    // from start to the first step (building the model, tokenizing the data)
    double msPerStep = 0;  // steady state, the first two steps left out
    int measuredSteps = 0;
    int totalSteps = 0;    // the whole run's
    double tokensPerSecond = 0;
    int threads = 0;           // the training threads it was measured with
    double othersCpuShare = 0; // share of the machine (0..1) other programs used while it was timed

    // Other programs competed for the CPU: the real run may go faster (or slower) than measured.
    bool cpuWasBusy() const;

    qint64 estimatedTotalMs() const { return setupMs + qint64(msPerStep * totalSteps); }
};

// `steps` optimizer steps are timed after two untimed ones (at least 2). Cancelled through `control`.
Result<WarmupTiming> measureWarmup(store::Workspace& workspace, const TrainingPlan& plan, const ml::MlRuntime& engine,
                                   int threads, ml::TrainingControl& control, int steps = 4);

} // namespace fw::models
