// Thread-count choice: the candidates, the timing runs and the pick.
#include "models/ThreadChoice.h"

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

// Short question-and-answer pairs, like the demo's facts: the tokenizer and the batches look real.
std::vector<ml::SftExample> sampleExamples()
{
    std::vector<ml::SftExample> examples;
    for (int i = 0; i < 64; ++i)
        examples.push_back(
            {QStringLiteral("What is %1 plus %2?").arg(i).arg(i * 7 % 13),
             QStringLiteral("%1 plus %2 is %3.").arg(i).arg(i * 7 % 13).arg(i + i * 7 % 13),
             QString()});
    return examples;
}

ml::TrainingRequest timingRequest(int threads)
{
    ml::TrainingRequest request;
    request.base = QStringLiteral("nano");
    request.examples = sampleExamples();
    ml::TrainingConfig& c = request.config;
    c.method = ml::TrainingConfig::Method::Full;
    c.steps = 1000; // never reached: cancelled after the timed steps
    c.batchSize = 16;
    c.seqLen = 128;
    c.learningRate = 5e-3;
    c.warmupSteps = 0;
    c.evalFraction = 0;
    c.evalEvery = 0;
    c.checkpointEvery = 0;
    c.packing = false;
    c.threads = threads;
    return request;
}
} // namespace

QList<int> threadCandidates(int cores)
{
    QList<int> counts;
    for (int n = 1; n < cores; n *= 2)
        counts << n;
    counts << std::max(1, cores);
    return counts;
}

int fastestThreads(const QList<ThreadTiming>& timings)
{
    QList<ThreadTiming> sorted = timings;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.threads < b.threads; });
    const ThreadTiming* best = nullptr;
    for (const ThreadTiming& t : sorted)
        if (t.msPerStep > 0 && (!best || t.msPerStep < best->msPerStep * 0.95))
            best = &t;
    return best ? best->threads : 1;
}

bool ThreadMeasurement::cpuWasBusy() const
{
    return othersCpuShare > kBusyCpuShare;
}

Result<ThreadMeasurement> measureThreadTimings(const ml::MlRuntime& engine,
                                               const QList<int>& counts,
                                               ml::TrainingControl& control, int steps)
{
    steps = std::max(2, steps);
    ThreadMeasurement measurement;
    const CpuSample before = sampleCpu();
    for (int threads : counts) {
        QElapsedTimer clock;
        clock.start();
        std::vector<qint64> reportedAt;
        ml::TrainingControl run; // this count's run stops on its own; `control` stops them all
        Result<ml::TrainingSummary> trained = engine.train(
            timingRequest(threads),
            [&](const ml::TrainingProgress&) {
                reportedAt.push_back(clock.elapsed());
                if (reportedAt.size() >= size_t(steps) + 2 || control.isCancelled())
                    run.cancel();
            },
            &run);
        if (control.isCancelled())
            return makeError(ErrorCode::Cancelled, tr("The thread measurement was cancelled."));
        if (trained)
            return makeError(ErrorCode::Internal,
                             tr("The thread measurement ended before it was timed."));
        if (trained.error().code != ErrorCode::Cancelled)
            return trained.error();
        if (reportedAt.size() < 3)
            return makeError(ErrorCode::Internal,
                             tr("The thread measurement ended before it was timed."));
        // The first two steps pay for allocations and cold caches: left out, as in the warm-up.
        const size_t n = reportedAt.size();
        measurement.timings << ThreadTiming{threads, double(reportedAt[n - 1] - reportedAt[1]) /
                                                         double(n - 2)};
    }
    measurement.othersCpuShare = othersCpuShare(before, sampleCpu());
    return measurement;
}

} // namespace fw::models
