// The warm-up: a real run stopped early, through the engine's cancel between steps.
#include "models/Warmup.h"

#include "common/CpuLoad.h"
#include "mlruntime/MlRuntime.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace fw::models {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::models", text);
}
} // namespace

bool WarmupTiming::cpuWasBusy() const
{
    return othersCpuShare > kBusyCpuShare;
}

Result<WarmupTiming> measureWarmup(store::Workspace& workspace, const TrainingPlan& plan, const ml::MlRuntime& engine,
                                   int threads, ml::TrainingControl& control, int steps)
{
    steps = std::max(2, steps);
    QElapsedTimer clock;
    clock.start();
    Result<PreparedRun> run = prepareRun(workspace, plan);
    if (!run)
        return run.error();
    run->request.config.threads = threads;
    run->request.config.evalEvery = 0;
    run->request.config.checkpointEvery = 0; // nothing is written: the warm-up is cancelled, never saved
    WarmupTiming timing;
    // When each step was reported. The first two steps are left out of the rate: the first one
    // pays for allocations and cold caches, and would inflate the estimate several times over.
    std::vector<qint64> reportedAt;
    CpuSample timedFrom; // at the end of the second step, where the timed window starts
    Result<ml::TrainingSummary> trained = engine.train(
        run->request,
        [&](const ml::TrainingProgress& p) {
            reportedAt.push_back(clock.elapsed());
            if (reportedAt.size() == 2)
                timedFrom = sampleCpu();
            timing.totalSteps = p.totalSteps;
            timing.tokensPerSecond = p.tokensPerSecond;
            if (reportedAt.size() >= size_t(steps) + 2)
                control.cancel(); // stops before the next step, without saving
        },
        &control);
    timing.threads = threads;
    timing.othersCpuShare = othersCpuShare(timedFrom, sampleCpu());
    if (trained) { // a run shorter than the warm-up simply finished: its time is the answer
        timing.setupMs = clock.elapsed();
        timing.measuredSteps = timing.totalSteps = trained->steps;
        timing.tokensPerSecond = trained->tokensPerSecond;
        return timing;
    }
    if (trained.error().code != ErrorCode::Cancelled)
        return trained.error();
    if (reportedAt.size() < 3)
        return makeError(ErrorCode::Cancelled, tr("The time measurement was cancelled."));
    const size_t n = reportedAt.size();
    timing.measuredSteps = int(n - 2);
    timing.msPerStep = double(reportedAt[n - 1] - reportedAt[1]) / double(n - 2);
    timing.setupMs = std::max<qint64>(0, reportedAt[0] - qint64(timing.msPerStep));
    return timing;
}

} // namespace fw::models
