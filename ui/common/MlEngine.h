// The workbench's handle on the ML engine: loads the torch module in the background at start-up
// so the first window never waits for libtorch, then reports the device and applies thread counts.
#pragma once

#include <QObject>
#include <QString>

namespace fw::ml {
class MlRuntime;
}

namespace fw::ui {

class MlEngine : public QObject
{
    Q_OBJECT
public:
    explicit MlEngine(QObject* parent = nullptr);

    // Starts loading on the thread pool; `ready` or `failed` follows. Idempotent.
    void load();

    bool isReady() const { return m_runtime != nullptr; }
    // The loaded engine, or nullptr until `ready`. Its calls may run on any thread.
    ml::MlRuntime* runtime() const { return m_runtime; }
    // Why loading failed; empty while loading or once loaded.
    QString error() const { return m_error; }
    // "CPU · 2 threads", "Loading ML engine…" or the reason it failed.
    QString deviceSummary() const;
    QString torchVersion() const;
    // Applied now if loaded, else as soon as the engine is.
    void setThreadCount(int threads);

signals:
    void ready();
    void failed(const QString& reason);

private:
    ml::MlRuntime* m_runtime = nullptr;
    bool m_loading = false;
    QString m_error;
    int m_threads = 0;
};

} // namespace fw::ui
