// ModelFactory page: a Train tab (a new-run form and the live monitor of the running run: pause,
// resume, cancel; further runs wait in a queue, one at a time), a History tab of past runs, an
// Evaluation tab (base versus fine-tuned on held-out prompts), a Playground tab to chat with one
// model or two side by side, and the registry of models with their lineage below them all.
#pragma once

#include "models/RunQueue.h"
#include "ui/Page.h"
#include "ui/common/MessageLabel.h"

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableView;

namespace fw::ui {

class EvaluationPanel;
class ModelRegistryPanel;
class ModelTableModel;
class NewRunForm;
class SeveralMachinesBox;
class PlaygroundPanel;
class RunHistoryPanel;
class TrainingMonitor;
class TrainingRunJob;
class AttributionPrepJob;
class WarmupJob;

class ModelFactoryPage : public Page
{
    Q_OBJECT
public:
    ModelFactoryPage(const PageContext& context, QWidget* parent = nullptr);
    ~ModelFactoryPage() override;

    QString title() const override { return tr("ModelFactory"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/factory.svg")); }
    QString unfinishedWork() const override;

    NewRunForm* form() const { return m_form; }
    TrainingMonitor* monitor() const { return m_monitor; }
    ModelRegistryPanel* registry() const { return m_registry; }
    ModelTableModel* models() const;
    QTableView* modelTable() const;
    PlaygroundPanel* playground() const { return m_playground; }
    EvaluationPanel* evaluation() const { return m_evaluation; }
    RunHistoryPanel* history() const { return m_history; }
    // Shown after a start when runs were cut short by a crash and can resume.
    QWidget* resumeBanner() const { return m_resumeBanner; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* trainButton() const { return m_train; }
    QPushButton* importButton() const;
    MessageLabel* messageLabel() const { return m_message; }
    TrainingRunJob* currentJob() const { return m_job; }
    AttributionPrepJob* attributionPrep() const { return m_prep; }
    int queuedRuns() const { return m_queue.waiting(); }
    // The runs waiting their turn, in order, with a button to take the selected one out.
    QListWidget* queueList() const { return m_queueList; }
    QPushButton* removeQueuedButton() const { return m_removeQueued; }
    QPushButton* moveUpButton() const { return m_moveUp; }
    QPushButton* moveDownButton() const { return m_moveDown; }
    QPushButton* cancelButton() const { return m_cancel; }
    // Beside the Train button: why a run cannot start, or the name it was queued under.
    QLabel* trainNote() const { return m_trainNote; }

    // The actions, public so that tests and keyboard users reach the same code paths.
    void train();
    void pauseOrResume();
    void cancelRun();
    // The Cancel button: asks first once steps have trained, and says they are kept to resume.
    void confirmCancelRun();
    void removeQueued(int index);
    // Moves the waiting run at `index` one place earlier (-1) or later (+1), if the queue allows it.
    void moveQueued(int index, int step);
    // Queues a run from the history to continue from its last checkpoint.
    void resumeRun(qint64 runId);
    // Times the form's run with a short warm-up on this machine (WarmupJob).
    void measureTime();
    void importModel(); // the registry's (ModelRegistryPanel) actions
    void exportModel();
    void renameModel();
    void deleteModel();

protected:
    void retranslateUi() override;

private:
    QWidget* makeRunBox();
    QWidget* makeMonitorBox();
    QWidget* makeResumeBanner();
    void offerInterruptedRuns();
    void enqueue(const models::QueuedRun& run);
    void startNext();
    void onEngineState();
    void onFinished(const models::ModelEntry& model, const ml::TrainingSummary& summary);
    void onFailed(int code, const QString& message);
    void updateButtons();
    void showQueue();
    QStringList reservedNames() const; // the outputs of the current and the waiting runs
    QString freeOutputName(const QString& wanted) const;
    void reload();

    WorkspaceSession* m_session;
    AppSettings* m_settings;
    MlEngine* m_engine;
    QLabel* m_heading;
    NewRunForm* m_form;
    SeveralMachinesBox* m_machines;
    TrainingMonitor* m_monitor;
    ModelRegistryPanel* m_registry;
    PlaygroundPanel* m_playground;
    EvaluationPanel* m_evaluation;
    RunHistoryPanel* m_history;
    QWidget* m_resumeBanner = nullptr;
    QLabel* m_resumeText = nullptr;
    qint64 m_resumeRunId = 0;
    QTabWidget* m_tabs = nullptr;
    QGroupBox* m_runBox = nullptr;
    QScrollArea* m_formScroll = nullptr;
    QGroupBox* m_monitorBox = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_dismissButton = nullptr;
    QPushButton* m_train = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_queueLabel = nullptr;
    QListWidget* m_queueList = nullptr;
    QPushButton* m_removeQueued = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;
    QLabel* m_trainNote = nullptr;
    MessageLabel* m_message;
    TrainingRunJob* m_job = nullptr;
    AttributionPrepJob* m_prep = nullptr; // after each run, its model's attribution
    WarmupJob* m_warmup = nullptr;
    models::RunQueue m_queue;
};

} // namespace fw::ui
