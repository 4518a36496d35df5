// A training run on a worker thread, for the UI: progress signals, pause/resume/cancel.
#pragma once

#include "ml/TrainingRun.h"

#include <QObject>

#include <memory>

class QThread;

namespace fw::ml {

class TrainingJob : public QObject
{
    Q_OBJECT
public:
    explicit TrainingJob(TrainingRequest request, QObject* parent = nullptr);
    ~TrainingJob() override; // cancels and waits for the worker

    void start();
    // Take effect between optimizer steps (so within one step's time).
    void pause();
    void resume();
    void cancel();
    bool isRunning() const;
    bool wait(int timeoutMs = -1);

signals:
    void progress(const fw::ml::TrainingProgress& progress);
    void finished(const fw::ml::TrainingSummary& summary);
    // errorCode is a fw::ErrorCode (Cancelled after cancel()); message is ready for people.
    void failed(int errorCode, const QString& message);

private:
    TrainingRequest m_request;
    TrainingControl m_control;
    QThread* m_thread = nullptr;
};

} // namespace fw::ml

Q_DECLARE_METATYPE(fw::ml::TrainingProgress)
Q_DECLARE_METATYPE(fw::ml::TrainingSummary)
