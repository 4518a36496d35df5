// Background loading of the ML engine module, and the one-time choice of the thread count.
#include "ui/common/MlEngine.h"

#include "mlruntime/MlRuntimeLoader.h"
#include "models/ThreadChoice.h"
#include "ui/common/Async.h"
#include "ui/common/BackgroundPriority.h"

#include <algorithm>

#include <QLocale>
#include <QStringList>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

MlEngine::MlEngine(QObject* parent) : QObject(parent)
{
    m_thread.setMaxThreadCount(1);
}

MlEngine::~MlEngine()
{
    m_control->cancel();
    m_measurement.waitForFinished();
}

void MlEngine::load()
{
    if (m_runtime || m_loading)
        return;
    m_loading = true;
    runInBackground(this, [] { return ml::loadMlRuntime(); }, [this](Result<ml::MlRuntime*> runtime) {
        m_loading = false;
        if (!runtime) {
            m_error = runtime.error().message;
            emit failed(m_error);
            return;
        }
        m_runtime = *runtime;
        if (m_threads > 0)
            m_runtime->setThreadCount(m_threads);
        if (m_measureThreads)
            return measureThreads();
        emit ready();
    });
}

void MlEngine::measureThreads()
{
    m_measuringThreads = true;
    emit threadsChanged(); // the status bar says what it is doing
    // `this` is safe in the worker: the destructor cancels and waits for it.
    m_measurement = QtConcurrent::run(&m_thread, [this, control = m_control] {
        runBelowTheGui();
        const QList<int> counts = models::threadCandidates(std::max(1, QThread::idealThreadCount()));
        Result<models::ThreadMeasurement> measured = models::measureThreadTimings(*m_runtime, counts, *control);
        QMetaObject::invokeMethod(
            this,
            [this, measured] {
                m_measuringThreads = false;
                if (!measured) { // the engine still works: the count it had stays
                    m_threadDetail = tr("The thread count could not be measured: %1").arg(measured.error().message);
                    emit threadsChanged();
                    emit ready();
                    return;
                }
                const QLocale l;
                QStringList parts;
                for (const models::ThreadTiming& t : measured->timings)
                    parts << tr("%n thread(s): %1 ms a step", nullptr, t.threads).arg(l.toString(t.msPerStep, 'f', 0));
                QString detail = tr("Measured on a small training run: %1.").arg(parts.join(QStringLiteral(", ")));
                if (measured->cpuWasBusy())
                    detail += tr(" Other programs kept the CPU busy meanwhile, so it will be measured again next "
                                 "time.");
                const int best = models::fastestThreads(measured->timings);
                setThreadCount(best, true, detail);
                emit threadsMeasured(best, detail, !measured->cpuWasBusy());
                emit ready();
            },
            Qt::QueuedConnection);
    });
}

QString MlEngine::deviceSummary() const
{
    if (m_runtime && m_measuringThreads)
        return tr("Finding the fastest thread count…");
    if (m_runtime)
        return m_threadsMeasured ? tr("%1 (fastest here, measured)").arg(m_runtime->deviceSummary())
                                 : m_runtime->deviceSummary();
    if (!m_error.isEmpty())
        return tr("ML engine unavailable");
    return tr("Loading ML engine…");
}

QString MlEngine::torchVersion() const
{
    return m_runtime ? m_runtime->deviceInfo().torchVersion : (m_error.isEmpty() ? tr("loading…") : m_error);
}

void MlEngine::setThreadCount(int threads, bool measured, const QString& detail)
{
    m_threads = threads;
    m_threadsMeasured = measured;
    m_threadDetail = detail;
    if (m_runtime)
        m_runtime->setThreadCount(threads);
    emit threadsChanged();
}

} // namespace fw::ui
