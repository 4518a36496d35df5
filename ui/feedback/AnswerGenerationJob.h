// A campaign's missing answers generated on a worker thread (feedback::generateAnswers): progress
// after each answer, Cancel, and the count at the end. Answers already cached are never redone.
#pragma once

#include "feedback/AnswerGeneration.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace fw::ui {

class WorkspaceSession;

class AnswerGenerationJob : public QObject
{
    Q_OBJECT
public:
    // `generator` is called on the worker only.
    AnswerGenerationJob(WorkspaceSession* session, feedback::AnswerGenerator generator,
                        qint64 campaignId, QObject* parent = nullptr);
    ~AnswerGenerationJob() override; // cancels and waits: the worker never outlives the job

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_running; }
    qint64 campaignId() const { return m_campaignId; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(qint64 stored);
    // ErrorCode::Cancelled after cancel(); the message is for people.
    void failed(int errorCode, const QString& message);

private:
    WorkspaceSession* m_session;
    feedback::AnswerGenerator m_generator;
    qint64 m_campaignId;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    // A thread of its own, not Qt's global pool: painting splits work across the global pool.
    QThreadPool m_thread;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace fw::ui
