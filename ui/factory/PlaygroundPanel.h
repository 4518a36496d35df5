// Playground: chat with any registered model or adapter. Answers stream in as they are generated;
// Stop ends one early; temperature, top-p, top-k, max tokens, seed and a system prompt are at hand.
// "Compare with" puts a second model beside the first: each message goes to both, with the same
// settings and seed, and both answers stream at once.
#pragma once

#include "ml/GenerationOptions.h"

#include <QSet>
#include <QWidget>
#include <memory>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTextBrowser;

namespace fw::ml {
class MlRuntime;
}

namespace fw::ui {

class ChatColumn;
class ChatSession;
class MlEngine;
class WorkspaceSession;

class AttributionPanel;
class NodeDirectory;

class PlaygroundPanel : public QWidget
{
    Q_OBJECT
public:
    PlaygroundPanel(WorkspaceSession* session, MlEngine* engine, QWidget* parent = nullptr);

    // Lists the registry again, keeping the chosen model when it still exists.
    void reload();
    // Adds the local node's deployments to the models to chat with (through the node).
    void setNodeDirectory(NodeDirectory* nodes);

    QComboBox* modelBox() const { return m_model; }
    QComboBox* compareBox() const { return m_compare; } // first item: none
    QPlainTextEdit* input() const { return m_input; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* stopButton() const { return m_stop; }
    QLabel* statusLabel() const { return m_status; }
    QDoubleSpinBox* temperatureBox() const { return m_temperature; }
    QSpinBox* maxTokensBox() const { return m_maxTokens; }
    // Ticked by default for models trained on single turns (models::trainedOnSingleTurns).
    QCheckBox* singleTurnBox() const { return m_singleTurn; }
    // The first column (the model chosen above) and the second (the one compared with it).
    ChatColumn* firstColumn() const { return m_first; }
    ChatColumn* secondColumn() const { return m_second; }
    bool isComparing() const;
    QTextBrowser* transcript() const;
    ChatSession* chat() const;
    const QString& lastAnswer() const;

    void send();
    void stop();
    void newChat();
    void copyAnswer();
    // Traces the first column's last answer to the training records of its model (spans).
    void explainAnswer();
    // The same for any prompt and answer of a registry model, off the GUI thread.
    void attribute(const QString& model, const QString& prompt, const QString& answer);
    AttributionPanel* attributionPanel() const { return m_attribution; }
    QPushButton* explainButton() const { return m_explain; }

protected:
    void
    showEvent(QShowEvent* event) override; // the chosen model loads when the panel is first seen

private:
    void loadChosenModel();
    void fillModelBoxes();
    ml::GenerationOptions options() const;
    void updateSingleTurnText();
    void capMaxTokens();
    void updateButtons();
    QList<QLabel*> makeKnobs(QBoxLayout* into); // the sampling knobs with their labels

    WorkspaceSession* m_session;
    NodeDirectory* m_nodes = nullptr;
    AttributionPanel* m_attribution = nullptr;
    QPushButton* m_explain = nullptr;
    MlEngine* m_engine;
    QComboBox* m_model;
    QComboBox* m_compare;
    QLabel* m_status;
    QLineEdit* m_system;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_topP;
    QSpinBox* m_topK;
    QSpinBox* m_maxTokens;
    QSpinBox* m_seed;
    QCheckBox* m_singleTurn;
    QSet<QString> m_singleTurnModels; // registry models trained on single turns, by name
    ChatColumn* m_first;
    ChatColumn* m_second;
    ChatColumn* m_focused; // Copy copies this column's answer
    QSplitter* m_columns;
    QPlainTextEdit* m_input;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPushButton* m_clear;
    QPushButton* m_copy;
};

} // namespace fw::ui
