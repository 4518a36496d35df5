// Model loading and generation off the GUI thread.
#include "ui/factory/ChatSession.h"

#include "models/RegisteredModel.h"
#include "store/Workspace.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

ChatSession::ChatSession(WorkspaceSession* session, ml::MlRuntime* engine, QObject* parent)
    : QObject(parent), m_session(session), m_engine(engine)
{
    m_thread.setMaxThreadCount(1);
}

ChatSession::~ChatSession()
{
    m_cancel->store(true);
    wait();
    // A load still counted as the workspace's background work: its queued ending will never run.
    if (m_busy && !m_model)
        m_session->endBackgroundWork();
}

void ChatSession::wait()
{
    m_future.waitForFinished();
}

void ChatSession::load(const QString& modelName)
{
    if (m_busy || !m_engine)
        return;
    m_busy = true;
    m_model.reset();
    m_name = modelName;
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    m_session->beginBackgroundWork();
    // `this` is safe in the worker: the destructor waits for it.
    m_future = QtConcurrent::run(&m_thread, [this, ws, modelName, engine = m_engine] {
        auto loaded = std::make_shared<Result<models::RegisteredModel>>(
            models::loadRegisteredModel(models::ModelStore(*ws), modelName, *engine));
        QMetaObject::invokeMethod(this, [this, loaded] {
            m_busy = false;
            m_session->endBackgroundWork();
            if (!*loaded)
                return emit failed(loaded->error().message);
            m_model = std::make_shared<models::RegisteredModel>(std::move(*loaded).value());
            emit this->loaded(m_name, m_model->model->parameterCount());
        }, Qt::QueuedConnection);
    });
}

void ChatSession::send(const std::vector<ml::ChatMessage>& conversation, const ml::GenerationOptions& options)
{
    if (m_busy || !m_model)
        return;
    m_busy = true;
    m_cancel->store(false);
    m_future = QtConcurrent::run(&m_thread, [this, model = m_model, conversation, options, cancel = m_cancel] {
        QElapsedTimer clock;
        clock.start();
        const ml::GenerationResult r = model->model->generateChat(
            conversation, options,
            [this](int, const QString& text) {
                QMetaObject::invokeMethod(this, [this, text] { emit delta(text); }, Qt::QueuedConnection);
                return true;
            },
            cancel.get());
        const double seconds = clock.elapsed() / 1000.0;
        QMetaObject::invokeMethod(this, [this, r, seconds] {
            m_busy = false;
            if (r.error)
                return emit failed(r.error->message);
            emit answered(r.text, int(r.tokenIds.size()), seconds, r.finishReason == ml::FinishReason::Cancelled);
        }, Qt::QueuedConnection);
    });
}

} // namespace fw::ui
