// The meeting point of one HTTP handler and the scheduler thread: the scheduler pushes text as
// it is decoded and then the final result; the handler waits for them and may cancel.
#pragma once

#include "ml/GenerationOptions.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace fw::node {

class InferenceTicket
{
public:
    struct Event
    {
        QString delta;                             // text decoded since the last event
        std::optional<ml::GenerationResult> final; // set once, on the last event
    };

    // Handler side. Waits up to `timeoutMs` for the next event; false on timeout.
    bool next(Event& out, int timeoutMs);
    // The client went away: the scheduler drops the sequence at its next step.
    void cancel() { m_cancelled.store(true); }
    // The request failed because its voucher pays for fewer tokens than it needs (a 402, not a
    // 400); set before the failing result is pushed.
    bool overBudget() const { return m_overBudget.load(); }

    // Scheduler side.
    bool cancelled() const { return m_cancelled.load(); }
    void push(const QString& delta);
    // The first token is out, text or not: an empty event when nothing is waiting yet, so the
    // handler starts its stream (and measures its time to first token) when generation starts.
    void started();
    void finish(ml::GenerationResult result);
    void markOverBudget() { m_overBudget.store(true); }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Event> m_events; // guarded by m_mutex
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_overBudget{false};
};

} // namespace fw::node
