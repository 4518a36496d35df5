// Playground: chat with any registered model or adapter. Answers stream in as they are generated;
// Stop ends one early; temperature, top-p, top-k, max tokens, seed and a system prompt are at hand.
#pragma once

#include "ml/ChatTemplate.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace fw::ml {
class MlRuntime;
}

namespace fw::ui {

class ChatSession;
class MlEngine;
class WorkspaceSession;

class PlaygroundPanel : public QWidget
{
    Q_OBJECT
public:
    PlaygroundPanel(WorkspaceSession* session, MlEngine* engine, QWidget* parent = nullptr);

    // Lists the registry again, keeping the chosen model when it still exists.
    void reload();

    QComboBox* modelBox() const { return m_model; }
    QPlainTextEdit* input() const { return m_input; }
    QTextBrowser* transcript() const { return m_transcript; }
    QPushButton* sendButton() const { return m_send; }
    QLabel* statusLabel() const { return m_status; }
    QDoubleSpinBox* temperatureBox() const { return m_temperature; }
    ChatSession* chat() const { return m_chat; }
    const QString& lastAnswer() const { return m_lastAnswer; }

    void send();
    void stop();
    void newChat();
    void copyAnswer();

protected:
    void showEvent(QShowEvent* event) override; // the chosen model loads when the panel is first seen

private:
    void loadChosenModel();
    void ensureChat();
    void onAnswered(const QString& text, int tokens, double seconds, bool stopped);
    void updateButtons();
    void appendTurn(const QString& who, const QString& text);

    WorkspaceSession* m_session;
    MlEngine* m_engine;
    ChatSession* m_chat = nullptr;
    std::vector<ml::ChatMessage> m_history;
    QString m_lastAnswer;
    QComboBox* m_model;
    QLabel* m_status;
    QLineEdit* m_system;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_topP;
    QSpinBox* m_topK;
    QSpinBox* m_maxTokens;
    QSpinBox* m_seed;
    QTextBrowser* m_transcript;
    QPlainTextEdit* m_input;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPushButton* m_clear;
    QPushButton* m_copy;
};

} // namespace fw::ui
