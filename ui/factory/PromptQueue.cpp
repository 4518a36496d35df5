// One prompt at a time through a ChatSession, which does the loading and the worker threads.
#include "ui/factory/PromptQueue.h"

#include "ui/common/MlEngine.h"
#include "ui/factory/ChatSession.h"

#include <utility>

namespace fw::ui {

PromptQueue::PromptQueue(WorkspaceSession* session, MlEngine* engine,
                         const ml::GenerationOptions& options, QObject* parent)
    : QObject(parent), m_session(session), m_engine(engine), m_options(options)
{
}

void PromptQueue::enqueue(int row, std::vector<ml::ChatMessage> conversation)
{
    m_waiting.push_back({row, std::move(conversation)});
    next();
}

void PromptQueue::stop()
{
    skipAll(tr("(stopped)"));
    if (m_chat)
        m_chat->stop();
}

void PromptQueue::skipAll(const QString& why)
{
    std::deque<Prompt> dropped;
    dropped.swap(m_waiting);
    for (const Prompt& p : dropped)
        emit skipped(p.row, why);
}

void PromptQueue::ensureChat()
{
    if (!m_chat && m_engine && m_engine->isReady()) {
        m_chat = new ChatSession(m_session, m_engine->runtime(), this);
        connect(m_chat, &ChatSession::loaded, this, [this] {
            m_loading = false;
            next();
        });
        connect(m_chat, &ChatSession::failed, this, [this](const QString& message) {
            m_loading = false;
            // A failed generation ends its prompt too, or the queue would wait for it for ever.
            if (m_current >= 0)
                emit skipped(std::exchange(m_current, -1), message);
            skipAll(message);
            emit idle();
        });
        connect(m_chat, &ChatSession::delta, this,
                [this](const QString& text) { emit delta(m_current, text); });
        connect(m_chat, &ChatSession::answered, this,
                [this](const QString& text, int, double, bool stopped) {
                    const int row = std::exchange(m_current, -1);
                    emit answered(row, text, stopped);
                    next();
                });
    }
}

void PromptQueue::next()
{
    ensureChat();
    if (!m_chat) {
        skipAll(tr("The ML engine is not loaded."));
        return emit idle();
    }
    if (m_current >= 0 || m_loading || m_chat->isBusy())
        return;
    if (m_waiting.empty())
        return emit idle();
    if (!m_chat->isLoaded() || m_chat->modelName() != m_model) {
        m_loading = true;
        return m_chat->load(m_model);
    }
    Prompt prompt = std::move(m_waiting.front());
    m_waiting.pop_front();
    m_current = prompt.row;
    m_chat->send(prompt.conversation, m_options);
}

} // namespace fw::ui
