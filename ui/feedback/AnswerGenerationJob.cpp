// Runs generateAnswers on the job's thread and relays its progress to the GUI thread.
#include "ui/feedback/AnswerGenerationJob.h"

#include "store/Workspace.h"
#include "ui/common/BackgroundPriority.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

AnswerGenerationJob::AnswerGenerationJob(WorkspaceSession* session,
                                         feedback::AnswerGenerator generator, qint64 campaignId,
                                         QObject* parent)
    : QObject(parent), m_session(session), m_generator(std::move(generator)),
      m_campaignId(campaignId)
{
    m_thread.setMaxThreadCount(1);
}

AnswerGenerationJob::~AnswerGenerationJob()
{
    m_cancel->store(true);
    m_future.waitForFinished();
    if (m_running)
        m_session->endBackgroundWork();
}

void AnswerGenerationJob::start()
{
    if (m_running || !m_session->hasWorkspace())
        return;
    m_running = true;
    m_cancel->store(false);
    m_session->beginBackgroundWork();
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // Queued calls to `this` are dropped if the job is gone; the destructor waits for the worker.
    m_future = QtConcurrent::run(&m_thread, [this, workspace, cancel] {
        runBelowTheGui();
        const Result<qint64> stored = feedback::generateAnswers(
            *workspace, m_campaignId, m_generator,
            [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); },
                    Qt::QueuedConnection);
                return true;
            },
            cancel.get());
        QMetaObject::invokeMethod(
            this,
            [this, stored] {
                m_running = false;
                m_session->endBackgroundWork();
                if (stored)
                    emit finished(*stored);
                else
                    emit failed(int(stored.error().code), stored.error().message);
            },
            Qt::QueuedConnection);
    });
}

} // namespace fw::ui
