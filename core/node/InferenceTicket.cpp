// A small blocking queue of decode events per request.
#include "node/InferenceTicket.h"

#include <chrono>

namespace fw::node {

bool InferenceTicket::next(Event& out, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_ready.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                          [&] { return !m_events.empty(); }))
        return false;
    out = std::move(m_events.front());
    m_events.pop_front();
    return true;
}

void InferenceTicket::push(const QString& delta)
{
    if (delta.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        // Coalesce: a slow reader gets the text in fewer, larger events instead of a growing queue.
        if (!m_events.empty() && !m_events.back().final)
            m_events.back().delta += delta;
        else
            m_events.push_back({delta, std::nullopt});
    }
    m_ready.notify_one();
}

void InferenceTicket::started()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_events.empty())
            return;
        m_events.push_back({QString(), std::nullopt});
    }
    m_ready.notify_one();
}

void InferenceTicket::finish(ml::GenerationResult result)
{
    {
        std::lock_guard lock(m_mutex);
        m_events.push_back({QString(), std::move(result)});
    }
    m_ready.notify_one();
}

} // namespace fw::node
