// TrainingJob: runTraining on a QThread; results cross to the owner's thread as queued signals.
#include "ml/TrainingJob.h"

#include <QThread>

namespace fw::ml {

TrainingJob::TrainingJob(TrainingRequest request, QObject* parent) : QObject(parent), m_request(std::move(request))
{
    qRegisterMetaType<fw::ml::TrainingProgress>();
    qRegisterMetaType<fw::ml::TrainingSummary>();
}

TrainingJob::~TrainingJob()
{
    if (m_thread) {
        m_control.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void TrainingJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        // Signals emitted here are queued to receivers living in other threads (the GUI).
        auto result = runTraining(m_request, [this](const TrainingProgress& p) { emit progress(p); }, &m_control);
        if (result)
            emit finished(*result);
        else
            emit failed(int(result.error().code), result.error().message);
    });
    m_thread->start();
}

void TrainingJob::pause()
{
    m_control.pause();
}

void TrainingJob::resume()
{
    m_control.resume();
}

void TrainingJob::cancel()
{
    m_control.cancel();
}

bool TrainingJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool TrainingJob::wait(int timeoutMs)
{
    return !m_thread || m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
}

} // namespace fw::ml
