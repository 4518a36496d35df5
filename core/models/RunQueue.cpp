// The run queue's rules: order, one current run, distinct output names.
#include "models/RunQueue.h"

namespace fw::models {

Status RunQueue::enqueue(const QueuedRun& run)
{
    const QString& name = run.plan.output;
    if ((m_current && m_current->plan.output == name) || waitingOutputs().contains(name))
        return makeError(ErrorCode::AlreadyExists,
                         tr("A queued or running run already makes \"%1\"; choose another name.").arg(name));
    m_waiting.append(run);
    return {};
}

std::optional<QueuedRun> RunQueue::startNext()
{
    if (m_current || m_waiting.isEmpty())
        return std::nullopt;
    m_current = m_waiting.takeFirst();
    return m_current;
}

void RunQueue::finishCurrent()
{
    m_current.reset();
}

bool RunQueue::remove(int index)
{
    if (index < 0 || index >= m_waiting.size())
        return false;
    m_waiting.removeAt(index);
    return true;
}

QStringList RunQueue::waitingOutputs() const
{
    QStringList names;
    for (const QueuedRun& run : m_waiting)
        names << run.plan.output;
    return names;
}

QStringList RunQueue::outputsBuiltOn(const QString& base) const
{
    QStringList names;
    if (m_current && m_current->plan.base == base)
        names << m_current->plan.output;
    for (const QueuedRun& run : m_waiting)
        if (run.plan.base == base)
            names << run.plan.output;
    return names;
}

} // namespace fw::models
