// The workbench's handle on the ML engine: loads the torch module in the background at start-up
// so the first window never waits for libtorch, then reports the device and applies thread counts.
#pragma once

#include "ml/TrainingControl.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace fw::ml {
class MlRuntime;
}

namespace fw::ui {

class MlEngine : public QObject
{
    Q_OBJECT
public:
    explicit MlEngine(QObject* parent = nullptr);
    ~MlEngine() override;

    // Starts loading on the thread pool; `ready` or `failed` follows. Idempotent.
    void load();

    // Loaded, and done finding the thread count when it had to: training may start.
    bool isReady() const { return m_runtime != nullptr && !m_measuringThreads; }
    // The loaded engine, or nullptr until `ready`. Its calls may run on any thread.
    ml::MlRuntime* runtime() const { return m_runtime; }
    // Why loading failed; empty while loading or once loaded.
    QString error() const { return m_error; }
    // "CPU · 1 thread (fastest here, measured)", "Loading ML engine…" or the reason it failed.
    QString deviceSummary() const;
    // How the thread count was chosen, with the measured times when it was measured.
    QString threadDetail() const { return m_threadDetail; }
    QString torchVersion() const;
    // Applied now if loaded, else as soon as the engine is. `measured`: the count was measured
    // fastest on this machine (the summary says so); `detail` says what was measured.
    void setThreadCount(int threads, bool measured = false, const QString& detail = {});
    // Before `ready`, time a few training steps with each thread count and take the fastest (a few
    // seconds, once per machine: the caller remembers the result). Call before the load ends.
    void setMeasureThreads(bool measure) { m_measureThreads = measure; }
    bool isMeasuringThreads() const { return m_measuringThreads; }

signals:
    void ready();
    void failed(const QString& reason);
    void threadsChanged();
    // `best` is already applied; `detail` is for people; `trusted` is false when other programs
    // kept the CPU busy meanwhile (then the result should not be remembered).
    void threadsMeasured(int best, const QString& detail, bool trusted);

private:
    void measureThreads();

    ml::MlRuntime* m_runtime = nullptr;
    bool m_loading = false;
    QString m_error;
    int m_threads = 0;
    bool m_threadsMeasured = false;
    QString m_threadDetail;
    bool m_measureThreads = false;
    bool m_measuringThreads = false;
    std::shared_ptr<ml::TrainingControl> m_control = std::make_shared<ml::TrainingControl>();
    // A thread of its own, not Qt's global pool, which painting needs (see WarmupJob).
    QThreadPool m_thread;
    QFuture<void> m_measurement;
};

} // namespace fw::ui
