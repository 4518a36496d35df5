// TrainingControl: a mutex-guarded pause flag and an atomic cancel flag.
#include "ml/TrainingControl.h"

namespace fw::ml {

void TrainingControl::pause()
{
    QMutexLocker lock(&m_mutex);
    m_paused = true;
}

void TrainingControl::resume()
{
    QMutexLocker lock(&m_mutex);
    m_paused = false;
    m_changed.wakeAll();
}

void TrainingControl::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_changed.wakeAll();
}

bool TrainingControl::isPaused() const
{
    QMutexLocker lock(&m_mutex);
    return m_paused;
}

bool TrainingControl::waitWhilePaused()
{
    QMutexLocker lock(&m_mutex);
    while (m_paused && !m_cancelled)
        m_changed.wait(&m_mutex);
    return !m_cancelled;
}

} // namespace fw::ml
