// Pause, resume and cancel for a running training, shared between the UI thread and the worker.
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <atomic>

namespace fw::ml {

class TrainingControl
{
public:
    void pause();
    void resume();
    void cancel(); // also releases a paused worker
    bool isPaused() const;
    bool isCancelled() const { return m_cancelled.load(); }

    // Called by the worker between steps: blocks while paused; false once cancelled.
    bool waitWhilePaused();

private:
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    bool m_paused = false;
    std::atomic_bool m_cancelled{false};
};

} // namespace fw::ml
