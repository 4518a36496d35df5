// Background loading of the ML engine module.
#include "ui/common/MlEngine.h"

#include "mlruntime/MlRuntimeLoader.h"
#include "ui/common/Async.h"

namespace fw::ui {

MlEngine::MlEngine(QObject* parent) : QObject(parent) {}

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
        emit ready();
    });
}

QString MlEngine::deviceSummary() const
{
    if (m_runtime)
        return m_runtime->deviceSummary();
    if (!m_error.isEmpty())
        return tr("ML engine unavailable");
    return tr("Loading ML engine…");
}

QString MlEngine::torchVersion() const
{
    return m_runtime ? m_runtime->deviceInfo().torchVersion : (m_error.isEmpty() ? tr("loading…") : m_error);
}

void MlEngine::setThreadCount(int threads)
{
    m_threads = threads;
    if (m_runtime)
        m_runtime->setThreadCount(threads);
}

} // namespace fw::ui
