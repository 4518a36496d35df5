// Batching and checkpoint hand-off for RunRecorder.
#include "models/RunRecorder.h"

#include <QFile>

namespace fw::models {

Status RunRecorder::record(const ml::TrainingProgress& p)
{
    m_pending.append(RunPoint{p.step, p.loss, p.evalLoss, p.learningRate, p.tokensPerSecond});
    m_totalSteps = p.totalSteps;
    m_lastStep = p.step;
    m_elapsedMs = p.elapsedMs;
    // The engine writes its checkpoint just before it reports the step: store it now, while the
    // file is whole, together with the points up to it.
    const bool checkpointed = m_checkpointEvery > 0 && p.step % m_checkpointEvery == 0 && !m_checkpointPath.isEmpty()
                              && QFile::exists(m_checkpointPath);
    if (!checkpointed && m_pending.size() < kPointsPerWrite)
        return {};
    if (Status s = flush(); !s)
        return s;
    return checkpointed ? m_history.storeCheckpoint(m_runId, p.step, m_checkpointPath) : Status{};
}

Status RunRecorder::flush()
{
    if (m_pending.isEmpty())
        return {};
    Status s = m_history.addPoints(m_runId, m_pending, m_totalSteps, m_elapsedBefore + m_elapsedMs);
    m_pending.clear(); // a failed write loses a few points of the curve, never the run
    return s;
}

Status RunRecorder::storeLastCheckpoint()
{
    if (m_lastStep == 0 || m_checkpointPath.isEmpty() || !QFile::exists(m_checkpointPath))
        return {};
    return m_history.storeCheckpoint(m_runId, m_lastStep, m_checkpointPath);
}

} // namespace fw::models
