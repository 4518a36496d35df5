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

Status RunQueue::move(int from, int to)
{
    if (from < 0 || from >= m_waiting.size() || to < 0 || to >= m_waiting.size())
        return makeError(ErrorCode::InvalidArgument,
                         tr("No waiting run at position %1.").arg((from < 0 || from >= m_waiting.size() ? from : to) + 1));
    QList<QueuedRun> order = m_waiting;
    order.move(from, to);
    // Every run must still come after the queued run whose output it trains on.
    for (int i = 0; i < order.size(); ++i)
        for (int j = i + 1; j < order.size(); ++j)
            if (order[i].plan.base == order[j].plan.output)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("\"%1\" trains on \"%2\", so it has to wait until \"%2\" is made.")
                                     .arg(order[i].plan.output, order[j].plan.output));
    m_waiting = order;
    return {};
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
