// Batching and checkpoint hand-off for RunRecorder.
#include "models/RunRecorder.h"

#include "models/AdapterCheckpoints.h"

namespace fw::models {

Status RunRecorder::record(const ml::TrainingProgress& p)
{
    m_pending.append(RunPoint{p.step, p.loss, p.evalLoss, p.learningRate, p.tokensPerSecond, p.metrics});
    m_totalSteps = p.totalSteps;
    m_lastStep = p.step;
    m_elapsedMs = p.elapsedMs;
    if (m_pending.size() < kPointsPerWrite)
        return {};
    return flush();
}

Status RunRecorder::flush()
{
    if (m_pending.isEmpty())
        return {};
    Status s = m_history.addPoints(m_runId, m_pending, m_totalSteps, m_elapsedBefore + m_elapsedMs);
    m_pending.clear(); // a failed write loses a few points of the curve, never the run
    return s;
}

Status RunRecorder::storeCheckpoint(int step, const QByteArray& checkpoint)
{
    if (Status s = flush(); !s)
        return s;
    return m_history.storeCheckpoint(m_runId, step, checkpoint);
}

Status RunRecorder::keepAdapterCheckpoint(const ml::AdapterCheckpoint& checkpoint)
{
    return AdapterCheckpoints(m_workspace).keepForRun(m_runId, checkpoint);
}

void RunRecorder::attachTo(ml::TrainingRequest& request, const std::function<void(const Status&)>& warn)
{
    request.onCheckpoint = [this, warn](int step, const QByteArray& checkpoint) {
        warn(storeCheckpoint(step, checkpoint));
    };
    if (request.onAdapterCheckpoint)
        request.onAdapterCheckpoint = [this, warn, inMemory = request.onAdapterCheckpoint](const ml::AdapterCheckpoint& c) {
            inMemory(c);
            warn(keepAdapterCheckpoint(c));
        };
}

} // namespace fw::models
