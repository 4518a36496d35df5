// Evaluation: how a trained model did (its run's losses) and what it answers next to its base, on
// the prompts its run held out from training, greedily, with the reference answer beside them.
#pragma once

#include "models/EvalSet.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QThreadPool>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace fw::ui {

class AttributionPanel;
class EvaluationTableModel;
class MlEngine;
class PromptQueue;
class WinRateBar;
class WorkspaceSession;

class EvaluationPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxPrompts =
        12; // held-out prompts per comparison: enough to judge, quick on a CPU
    static constexpr int kMaxNewTokens = 64; // per answer

    EvaluationPanel(WorkspaceSession* session, MlEngine* engine, QWidget* parent = nullptr);
    ~EvaluationPanel() override; // waits for the held-out read, which uses `this`

    // Lists the trained models again, keeping the chosen one when it still exists.
    void reload();

    QComboBox* modelBox() const { return m_model; }
    QLabel* metricsLabel() const { return m_metrics; }
    QLabel* statusLabel() const { return m_status; }
    QTableView* table() const { return m_table; }
    EvaluationTableModel* results() const { return m_results; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* stopButton() const { return m_stop; }
    QLineEdit* askEdit() const { return m_askEdit; }
    QPushButton* askButton() const { return m_ask; }
    PromptQueue* baseQueue() const { return m_baseQueue; }
    PromptQueue* fineTunedQueue() const { return m_tunedQueue; }
    bool isRunning() const;

    QPushButton* explainButton() const { return m_explain; }
    AttributionPanel* attributionPanel() const { return m_attribution; }
    WinRateBar* winRateBar() const { return m_winRate; }
    void compare(); // answers up to kMaxPrompts held-out prompts with both models
    // Traces the selected row's fine-tuned answer to the training records behind it.
    void explainSelected();
    void ask(); // the typed prompt, to both models, as one more row
    void stop();

signals:
    void finished(); // every row asked for has its answers (or was stopped)
    void campaignRequested(qint64 campaignId); // an A/B campaign was made: show it

private:
    void chooseModel();
    void showMetrics();
    // The status line, made again when the language changes.
    void setStatus(std::function<QString()> text);
    void onHeldOut(const Result<std::vector<ml::SftExample>>& examples);
    void addPrompt(const QString& prompt, const QString& system, const QString& reference);
    void connectQueue(PromptQueue* queue, int column);
    void onQueueIdle();
    void scheduleRowResize(int row);
    void updateButtons();
    void updateWinRateAnswers(); // the finished pairs go to the judge
    const models::ModelEntry* chosenEntry() const;

    WorkspaceSession* m_session;
    MlEngine* m_engine;
    QPushButton* m_explain = nullptr;
    AttributionPanel* m_attribution = nullptr;
    WinRateBar* m_winRate = nullptr;
    QHash<int, QString> m_finished[2]; // row -> final answer; [0] base, [1] fine-tuned (not stopped)
    QList<models::ModelEntry> m_entries;     // every registry entry, to find bases by id
    std::optional<models::TrainedRun> m_run; // the chosen model's run; empty when unreadable
    QString m_baseName;                      // empty: trained from scratch, no base
    PromptQueue* m_baseQueue;
    PromptQueue* m_tunedQueue;
    QThreadPool m_reader; // not the global pool, which Qt's painting borrows (see ChatSession)
    QFuture<void> m_heldOutRead;
    bool m_reading = false;
    bool m_readStopped = false; // Stop came while the split was being read
    bool m_stopped = false;     // the last comparison was stopped
    QList<int> m_rowsToResize;
    QTimer* m_resizeTimer;
    EvaluationTableModel* m_results;
    QComboBox* m_model;
    QLabel* m_metrics;
    QLabel* m_status;
    std::function<QString()> m_statusText;
    QTableView* m_table;
    QLineEdit* m_askEdit;
    QPushButton* m_ask;
    QPushButton* m_stop;
    QPushButton* m_compare;
};

} // namespace fw::ui
