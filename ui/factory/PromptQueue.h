// Puts prompts to one model one after another: loads the model (through ChatSession) when work
// arrives, streams each answer back tagged with the caller's row. The Evaluation panel runs two,
// one for the base model and one for the fine-tuned model, so both answer at the same time.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/GenerationOptions.h"

#include <QObject>

#include <deque>
#include <vector>

namespace fw::ui {

class ChatSession;
class MlEngine;
class WorkspaceSession;

class PromptQueue : public QObject
{
    Q_OBJECT
public:
    PromptQueue(WorkspaceSession* session, MlEngine* engine, const ml::GenerationOptions& options,
                QObject* parent = nullptr);

    // The model later prompts go to; takes effect at the next prompt.
    void setModel(const QString& name) { m_model = name; }
    QString model() const { return m_model; }
    ChatSession* chat() const { return m_chat; }

    void enqueue(int row, std::vector<ml::ChatMessage> conversation);
    // Drops the waiting prompts (each reported as skipped) and ends the current answer early.
    void stop();
    bool isIdle() const { return m_current < 0 && m_waiting.empty() && !m_loading; }

signals:
    void delta(int row, const QString& text);
    void answered(int row, const QString& text, bool stopped);
    void skipped(int row, const QString& why); // never answered: stopped, or the model did not load
    void idle();

private:
    struct Prompt
    {
        int row;
        std::vector<ml::ChatMessage> conversation;
    };

    void ensureChat();
    void next();
    void skipAll(const QString& why);

    WorkspaceSession* m_session;
    MlEngine* m_engine;
    ml::GenerationOptions m_options;
    ChatSession* m_chat = nullptr;
    QString m_model;
    std::deque<Prompt> m_waiting;
    int m_current = -1;
    bool m_loading = false;
};

} // namespace fw::ui
