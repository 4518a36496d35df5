// One conversation in the Playground: a transcript, the ChatSession answering it and its history.
// The Playground shows one, or two side by side to compare models on the same messages.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/GenerationOptions.h"

#include <QWidget>
#include <vector>

class QLabel;
class QTextBrowser;

namespace fw::ui {

class ChatSession;
class MlEngine;
class WorkspaceSession;

class ChatColumn : public QWidget
{
    Q_OBJECT
public:
    ChatColumn(WorkspaceSession* session, MlEngine* engine, QWidget* parent = nullptr);

    // Loads `name` unless it is held already; a choice made while another loads follows it.
    // Starts a new chat when the model changes. Empty: nothing to load.
    void setModel(const QString& name);
    QString wantedModel() const { return m_wanted; }
    // The header names the model and its state; only worth its space when columns are compared.
    void setHeaderVisible(bool visible);

    ChatSession* chat() const { return m_chat; }
    QTextBrowser* transcript() const { return m_transcript; }
    const QString& lastAnswer() const { return m_lastAnswer; }
    // The user's message the last answer replied to; empty before the first answer.
    QString lastPrompt() const;
    bool isReady() const; // loaded, the wanted model, not answering
    bool isBusy() const;  // loading or answering
    bool isAnswering() const;

    // Appends `text` as the user's turn and streams the answer in; false when not ready.
    bool send(const QString& system, const QString& text, const ml::GenerationOptions& options);
    // What send() gives the model: the system prompt, the earlier turns unless single-turn, the text.
    std::vector<ml::ChatMessage> conversationFor(const QString& system, const QString& text) const;
    // Single-turn: each question goes alone (the transcript still shows the whole chat).
    void setSingleTurn(bool single) { m_singleTurn = single; }
    bool isSingleTurn() const { return m_singleTurn; }
    void stop();
    void newChat();
    // Forgets the conversation and unloads the model: on lock, both may be private.
    void release();
    // The last line statusChanged said; empty before the first.
    QString status() const { return m_status; }

signals:
    // A line for people: loading, loaded, how the last answer went, or why something failed.
    void statusChanged(const QString& text);
    // Loaded, answered or failed: buttons may change.
    void stateChanged();
    void focused(); // the transcript got the keyboard focus: Copy copies this column's answer

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString wantedLabel() const;
    void ensureChat();
    void loadWanted();
    void appendTurn(const QString& who, const QString& text);
    void onAnswered(const QString& text, int tokens, double seconds, bool stopped);
    void setStatus(const QString& text);

    WorkspaceSession* m_session;
    MlEngine* m_engine;
    ChatSession* m_chat = nullptr;
    QString m_wanted;
    std::vector<ml::ChatMessage> m_history;
    bool m_singleTurn = false;
    QString m_lastAnswer;
    QString m_charge; // " Paid ... OPEN (receipt ...)." for the answer on its way, if paid
    QString m_status;
    QLabel* m_header;
    QTextBrowser* m_transcript;
};

} // namespace fw::ui
