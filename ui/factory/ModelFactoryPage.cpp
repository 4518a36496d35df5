// ModelFactory page: layout, the run queue and what happens around a run.
#include "ui/factory/ModelFactoryPage.h"

#include "ui/common/MessageLabel.h"

#include "models/ModelStore.h"
#include "models/RunHistory.h"
#include "ui/common/LossText.h"
#include "ui/common/MlEngine.h"
#include "ui/factory/AttributionPrepJob.h"
#include "ui/factory/EvaluationPanel.h"
#include "ui/factory/ModelRegistryPanel.h"
#include "ui/factory/NewRunForm.h"
#include "ui/factory/PlaygroundPanel.h"
#include "ui/factory/RunHistoryModel.h"
#include "ui/factory/RunHistoryPanel.h"
#include "ui/factory/SeveralMachinesBox.h"
#include "ui/factory/TrainingMonitor.h"
#include "ui/factory/TrainingRunJob.h"
#include "ui/factory/WarmupJob.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QEvent>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

namespace fw::ui {

ModelFactoryPage::ModelFactoryPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_session(context.session), m_settings(context.settings), m_engine(context.engine),
      m_heading(new QLabel(this)), m_form(new NewRunForm(context.session, this)), m_machines(new SeveralMachinesBox(this)), m_monitor(new TrainingMonitor(this)),
      m_registry(new ModelRegistryPanel(context.session, context.engine, this)),
      m_playground(new PlaygroundPanel(context.session, context.engine, this)),
      m_evaluation(new EvaluationPanel(context.session, context.engine, this)),
      m_history(new RunHistoryPanel(context.session, this)), m_message(new MessageLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_message->showMessage({});

    if (context.nodes)
        m_playground->setNodeDirectory(context.nodes);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(makeRunBox());
    top->addWidget(makeMonitorBox());
    top->setStretchFactor(1, 1);
    top->setSizes({520, 560});
    connect(m_evaluation, &EvaluationPanel::campaignRequested, this, &Page::campaignRequested);
    m_tabs = new QTabWidget(this);
    for (QWidget* tab : std::initializer_list<QWidget*>{top, m_history, m_evaluation, m_playground})
        m_tabs->addTab(tab, QString()); // titled in retranslateUi()
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_tabs);
    vertical->addWidget(m_registry);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({500, 200});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(makeResumeBanner());
    layout->addWidget(vertical, 1);
    layout->addWidget(m_message);

    if (m_engine) {
        connect(m_engine, &MlEngine::ready, this, &ModelFactoryPage::onEngineState);
        connect(m_engine, &MlEngine::failed, this, &ModelFactoryPage::onEngineState);
    }
    connect(m_form, &NewRunForm::changed, this, &ModelFactoryPage::updateButtons);
    connect(m_machines, &SeveralMachinesBox::changed, this, &ModelFactoryPage::updateButtons);
    // Ticked at the bottom of the scrolled form, its settings would open out of sight: bring them
    // into view once the layout has made room for them.
    connect(m_machines, &QGroupBox::toggled, this, [this](bool on) {
        if (on)
            QTimer::singleShot(0, this, [this] { m_formScroll->ensureWidgetVisible(m_machines, 0, 0); });
    });
    connect(m_history, &RunHistoryPanel::resumeRequested, this, &ModelFactoryPage::resumeRun);
    connect(m_registry, &ModelRegistryPanel::message, m_message, &MessageLabel::showMessage);
    connect(m_registry, &ModelRegistryPanel::changed, this, &ModelFactoryPage::reload);
    m_registry->setRunsBuiltOn([this](const QString& model) { return m_queue.outputsBuiltOn(model); });
    connect(m_form, &NewRunForm::measureRequested, this, &ModelFactoryPage::measureTime);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &ModelFactoryPage::reload);
    connect(m_session, &WorkspaceSession::lockedChanged, this, &ModelFactoryPage::reload);
    m_prep = new AttributionPrepJob(m_session, this);
    connect(m_prep, &AttributionPrepJob::finished, m_monitor,
            [this](const QString&, const QString& line) { m_monitor->log(line); });
    retranslateUi();
    reload();
    onEngineState();
}

ModelFactoryPage::~ModelFactoryPage() = default; // the job's destructor cancels and waits

QWidget* ModelFactoryPage::makeRunBox()
{
    auto* box = m_runBox = new QGroupBox(this);
    m_train = new QPushButton(QIcon(QStringLiteral(":/icons/factory.svg")), QString(), box);
    m_train->setDefault(true);
    m_trainNote = new QLabel(box);
    m_trainNote->setWordWrap(true);
    m_queueLabel = new QLabel(box);
    m_queueList = new QListWidget(box);
    m_queueList->setMaximumHeight(m_queueList->fontMetrics().height() * 4 + 8);
    m_queueLabel->setBuddy(m_queueList);
    m_removeQueued = new QPushButton(box);
    m_moveUp = new QPushButton(box);
    m_moveDown = new QPushButton(box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_removeQueued);
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_moveDown);
    buttons->addStretch(1);
    buttons->addWidget(m_train);
    // The form scrolls rather than squeezing its wrapped notes (memory, time, readiness) into clipped
    // lines when the window is short or a queue is shown below it.
    auto* scroll = m_formScroll = new QScrollArea(box);
    auto* formAndMachines = new QWidget(scroll);
    auto* column = new QVBoxLayout(formAndMachines);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_form);
    column->addWidget(m_machines);
    scroll->setWidget(formAndMachines);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_queueLabel);
    layout->addWidget(m_queueList);
    layout->addWidget(m_trainNote);
    layout->addLayout(buttons);
    connect(m_train, &QPushButton::clicked, this, &ModelFactoryPage::train);
    connect(m_queueList, &QListWidget::currentRowChanged, this, &ModelFactoryPage::updateButtons);
    connect(m_removeQueued, &QPushButton::clicked, this, [this] { removeQueued(m_queueList->currentRow()); });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveQueued(m_queueList->currentRow(), -1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveQueued(m_queueList->currentRow(), +1); });
    // Keyboard: Ctrl+Up / Ctrl+Down move the selected waiting run, Delete removes it.
    for (auto [key, step] : {std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_Down, +1}}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), m_queueList);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] { moveQueued(m_queueList->currentRow(), step); });
    }
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_queueList);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, [this] { removeQueued(m_queueList->currentRow()); });
    return box;
}

QWidget* ModelFactoryPage::makeMonitorBox()
{
    auto* box = m_monitorBox = new QGroupBox(this);
    m_pause = new QPushButton(box);
    m_cancel = new QPushButton(box);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_monitor, 1);
    layout->addLayout(buttons);
    connect(m_pause, &QPushButton::clicked, this, &ModelFactoryPage::pauseOrResume);
    connect(m_cancel, &QPushButton::clicked, this, &ModelFactoryPage::confirmCancelRun);
    return box;
}

QWidget* ModelFactoryPage::makeResumeBanner()
{
    m_resumeBanner = new QFrame(this);
    auto* frame = static_cast<QFrame*>(m_resumeBanner);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    frame->setPalette(palette);
    m_resumeText = new QLabel(frame);
    m_resumeText->setWordWrap(true);
    auto* resume = m_resumeButton = new QPushButton(frame);
    auto* dismiss = m_dismissButton = new QPushButton(frame);
    auto* layout = new QHBoxLayout(frame);
    layout->addWidget(m_resumeText, 1);
    layout->addWidget(resume);
    layout->addWidget(dismiss);
    connect(resume, &QPushButton::clicked, this, [this] {
        m_resumeBanner->hide();
        resumeRun(m_resumeRunId);
    });
    connect(dismiss, &QPushButton::clicked, m_resumeBanner, &QWidget::hide);
    m_resumeBanner->hide();
    return m_resumeBanner;
}

void ModelFactoryPage::retranslateUi()
{
    m_heading->setText(tr("ModelFactory"));
    const QStringList tabs{tr("Train"), tr("History"), tr("Evaluation"), tr("Playground")};
    for (int i = 0; i < tabs.size(); ++i)
        m_tabs->setTabText(i, tabs[i]);
    m_runBox->setTitle(tr("New training run"));
    m_train->setText(tr("&Train"));
    m_monitorBox->setTitle(tr("Training monitor"));
    m_cancel->setText(tr("&Cancel Run"));
    m_removeQueued->setText(tr("Re&move from Queue"));
    m_removeQueued->setToolTip(tr("Takes the selected waiting run out of the queue; nothing of it has trained yet."));
    m_queueList->setAccessibleName(tr("Runs waiting to train"));
    m_moveUp->setText(tr("Move &Up"));
    m_moveUp->setToolTip(tr("The selected run trains earlier (Ctrl+Up)."));
    m_moveDown->setText(tr("Move Down"));
    m_moveDown->setToolTip(tr("The selected run trains later (Ctrl+Down)."));
    m_resumeButton->setText(tr("Resume Run"));
    m_dismissButton->setText(tr("Not Now"));
    m_registry->retranslateUi();
    updateButtons(); // Pause / Resume, the queue line, tooltips
}

QString ModelFactoryPage::unfinishedWork() const
{
    if (!m_job || !m_job->isRunning())
        return {};
    return m_queue.waiting() == 0 ? tr("The training run \"%1\" is in progress.").arg(m_job->plan().output)
                                  : tr("The training run \"%1\" is in progress and %n more wait(s).", nullptr,
                                       m_queue.waiting())
                                        .arg(m_job->plan().output);
}

void ModelFactoryPage::reload()
{
    m_form->reload();
    m_playground->reload();
    m_evaluation->reload();
    m_registry->reload();
    offerInterruptedRuns();
    m_history->reload();
    updateButtons();
}

void ModelFactoryPage::offerInterruptedRuns()
{
    // A run still marked running while this page trains nothing was cut short: the workbench
    // crashed or was killed. Offer the newest one that left a checkpoint.
    if ((m_job && m_job->isRunning()) || !m_session->hasWorkspace() || m_session->isLocked())
        return;
    Result<QList<models::RunRecord>> cut = models::RunHistory(*m_session->workspace()).markInterrupted();
    if (!cut)
        return m_message->showMessage(cut.error().message, true);
    for (const models::RunRecord& run : *cut) {
        if (!run.canResume())
            continue;
        m_resumeRunId = run.id;
        m_resumeText->setText(tr("The training run \"%1\" was interrupted at step %2 of %3. Resume it from its "
                                 "last checkpoint (step %4)?")
                                  .arg(run.plan.output, QLocale().toString(run.stepsDone),
                                       QLocale().toString(run.totalSteps), QLocale().toString(run.checkpointStep)));
        m_resumeBanner->show();
        return;
    }
}


void ModelFactoryPage::onEngineState()
{
    if (m_engine && !m_engine->isReady() && !m_engine->error().isEmpty())
        m_message->showMessage(tr("The ML engine could not be loaded: %1").arg(m_engine->error()), true);
    updateButtons();
}

void ModelFactoryPage::updateButtons()
{
    const bool engine = m_engine && m_engine->isReady();
    const bool open = m_session->hasWorkspace() && !m_session->isLocked();
    QString problem;
    const models::TrainingPlan plan = m_form->plan(&problem);
    m_machines->setPlan(plan, problem);
    if (problem.isEmpty())
        problem = m_machines->problem();
    m_train->setEnabled(engine && open && problem.isEmpty());
    m_train->setToolTip(!engine ? tr("The ML engine is still loading.") : problem);
    const bool running = m_job && m_job->isRunning();
    m_history->setCanResume(engine && open);
    // A measurement beside a training run would slow both and time neither.
    m_form->setMeasuring(m_warmup && m_warmup->isRunning(), engine && open && problem.isEmpty() && !running);
    m_pause->setEnabled(running);
    m_pause->setText(running && m_job->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_cancel->setEnabled(running);
    // Paused is a state to see at a glance, not only a line in the log.
    m_monitorBox->setTitle(running && m_job->isPaused() ? tr("Training monitor · paused") : tr("Training monitor"));
    showQueue();
    m_registry->updateButtons();
}

void ModelFactoryPage::showQueue()
{
    const int row = m_queueList->currentRow();
    {
        const QSignalBlocker block(m_queueList);
        m_queueList->clear();
        for (const models::QueuedRun& run : m_queue.waitingRuns())
            m_queueList->addItem(run.resumeRunId != 0
                                     ? tr("%1 · resumes from its checkpoint").arg(run.plan.output)
                                     : tr("%1 · %2 on %3 · %n step(s)", nullptr, run.plan.config.steps)
                                           .arg(run.plan.output, run.plan.base, run.plan.datanet));
        m_queueList->setCurrentRow(std::min(row, m_queueList->count() - 1));
    }
    const bool waiting = m_queue.waiting() > 0;
    m_queueLabel->setText(tr("&Waiting to train (%1), in order:").arg(m_queue.waiting()));
    m_queueLabel->setVisible(waiting);
    m_queueList->setVisible(waiting);
    m_removeQueued->setVisible(waiting);
    m_removeQueued->setEnabled(m_queueList->currentRow() >= 0);
    const int selected = m_queueList->currentRow();
    for (QPushButton* move : {m_moveUp, m_moveDown})
        move->setVisible(m_queue.waiting() > 1);
    m_moveUp->setEnabled(selected > 0);
    m_moveDown->setEnabled(selected >= 0 && selected + 1 < m_queue.waiting());
    m_form->setReservedNames(reservedNames());
}

QStringList ModelFactoryPage::reservedNames() const
{
    QStringList names = m_queue.waitingOutputs();
    if (const models::QueuedRun* current = m_queue.current())
        names << current->plan.output;
    return names;
}

QString ModelFactoryPage::freeOutputName(const QString& wanted) const
{
    QStringList taken = reservedNames();
    if (m_session->hasWorkspace() && !m_session->isLocked())
        if (auto all = models::ModelStore(*m_session->workspace()).models(); all)
            for (const models::ModelEntry& e : *all)
                taken << e.name;
    QString name = wanted;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(wanted).arg(n);
    return name;
}

void ModelFactoryPage::train()
{
    QString problem;
    models::TrainingPlan plan = m_form->plan(&problem);
    if (problem.isEmpty())
        problem = m_machines->problem();
    if (!problem.isEmpty())
        return m_trainNote->setText(problem); // beside the button that was pressed
    if (m_warmup && m_warmup->isRunning())
        m_warmup->cancel(); // the run itself matters more than its estimate
    // Pressing Train twice means two runs: the second gets a free name instead of an error.
    const QString wanted = plan.output;
    plan.output = freeOutputName(wanted);
    const bool waits = m_job && m_job->isRunning();
    enqueue({plan, 0, m_machines->settings()});
    if (plan.output != wanted)
        m_trainNote->setText(tr("\"%1\" is taken, so this run makes \"%2\".").arg(wanted, plan.output));
    else
        m_trainNote->setText(waits ? tr("\"%1\" waits for the current run.").arg(plan.output) : QString());
    updateButtons();
    m_form->reload(); // the next suggested name skips the ones just taken
}

void ModelFactoryPage::removeQueued(int index)
{
    if (index < 0 || index >= m_queue.waiting())
        return;
    const QString name = m_queue.waitingRuns().at(index).plan.output;
    m_queue.remove(index);
    m_monitor->log(tr("Removed \"%1\" from the queue.").arg(name));
    updateButtons();
    m_form->reload(); // its name is free again
}

void ModelFactoryPage::moveQueued(int index, int step)
{
    const int to = index + step;
    if (index < 0 || index >= m_queue.waiting() || to < 0 || to >= m_queue.waiting())
        return;
    if (Status moved = m_queue.move(index, to); !moved)
        return m_trainNote->setText(moved.error().message); // beside the buttons that were pressed
    m_trainNote->clear();
    showQueue();
    m_queueList->setCurrentRow(to);
}

void ModelFactoryPage::resumeRun(qint64 runId)
{
    if (!m_session->hasWorkspace() || m_session->isLocked())
        return;
    Result<models::RunRecord> run = models::RunHistory(*m_session->workspace()).run(runId);
    if (!run)
        return m_message->showMessage(run.error().message, true);
    if (!run->canResume())
        return m_message->showMessage(tr("The run \"%1\" has no checkpoint to resume from.").arg(run->plan.output), true);
    enqueue({run->plan, run->id, {}});
    m_tabs->setCurrentIndex(0); // the monitor shows it
}

void ModelFactoryPage::measureTime()
{
    QString problem;
    const models::TrainingPlan plan = m_form->plan(&problem);
    if (!problem.isEmpty())
        return m_message->showMessage(problem, true);
    if ((m_job && m_job->isRunning()) || (m_warmup && m_warmup->isRunning()) || !m_engine || !m_engine->isReady())
        return;
    delete m_warmup;
    m_warmup = new WarmupJob(m_session, m_engine->runtime(), plan, m_settings ? m_settings->trainingThreads() : 0, this);
    connect(m_warmup, &WarmupJob::measured, this, [this](const models::WarmupTiming& timing) {
        m_form->setTiming(timing);
        updateButtons();
    });
    connect(m_warmup, &WarmupJob::failed, this, [this](const QString& message) {
        m_message->showMessage(tr("Could not measure the time: %1").arg(message), true);
        updateButtons();
    });
    m_warmup->start();
    updateButtons();
}

void ModelFactoryPage::enqueue(const models::QueuedRun& run)
{
    if (Status s = m_queue.enqueue(run); !s)
        return m_message->showMessage(s.error().message, true);
    m_message->showMessage({});
    if (m_job && m_job->isRunning())
        m_monitor->log(tr("Queued \"%1\"; it starts when the current run ends.").arg(run.plan.output));
    startNext();
    updateButtons();
}

void ModelFactoryPage::startNext()
{
    if ((m_job && m_job->isRunning()) || !m_engine || !m_engine->isReady())
        return;
    const std::optional<models::QueuedRun> next = m_queue.startNext();
    if (!next)
        return;
    const models::TrainingPlan& plan = next->plan;
    delete m_job;
    m_job = new TrainingRunJob(m_session, m_engine->runtime(), *next, m_settings ? m_settings->trainingThreads() : 0, this);
    m_monitor->startRun(tr("%1: %2 on %3").arg(plan.output, plan.base, plan.datanet), plan.config.steps);
    if (next->resumeRunId != 0) {
        models::RunHistory history(*m_session->workspace());
        Result<models::RunRecord> earlier = history.run(next->resumeRunId);
        Result<QList<models::RunPoint>> points = history.points(next->resumeRunId);
        if (earlier && points)
            m_monitor->showEarlierPoints(*points, earlier->checkpointStep);
        m_monitor->log(tr("Resuming \"%1\" from its checkpoint at step %2…")
                           .arg(plan.output, QLocale().toString(earlier ? earlier->checkpointStep : 0)));
    } else if (next->distributed.enabled()) {
        m_monitor->log(tr("Preparing \"%1\" on %2 machines; waiting for the others at %3…")
                           .arg(plan.output, QLocale().toString(next->distributed.worldSize), next->distributed.master()));
    } else {
        m_monitor->log(tr("Preparing \"%1\"…").arg(plan.output));
    }
    connect(m_job, &TrainingRunJob::prepared, this, [this](int examples, const QString& version) {
        m_monitor->log(tr("Training on %n example(s) of version %1.", nullptr, examples).arg(version.left(16)));
    });
    connect(m_job, &TrainingRunJob::progress, m_monitor, &TrainingMonitor::showProgress);
    connect(m_job, &TrainingRunJob::pausedChanged, this, [this](bool paused) {
        m_monitor->log(paused ? tr("Paused.") : tr("Resumed."));
        updateButtons();
    });
    connect(m_job, &TrainingRunJob::finished, this,
            [this](const models::ModelEntry& model, const ml::TrainingSummary& summary) {
                onFinished(model, summary);
            });
    connect(m_job, &TrainingRunJob::failed, this, &ModelFactoryPage::onFailed);
    connect(m_job, &TrainingRunJob::warning, m_monitor, &TrainingMonitor::log);
    m_job->start();
    m_history->reload();
    if (m_job->historyId() != 0)
        m_history->selectRuns({m_job->historyId()});
    // The History tab follows the running run live (its rows are read from the database in batches).
    connect(m_job, &TrainingRunJob::progress, m_history,
            [this, id = m_job->historyId()](const ml::TrainingProgress& p) { m_history->showLiveProgress(id, p); });
    updateButtons();
}

void ModelFactoryPage::onFinished(const models::ModelEntry& model, const ml::TrainingSummary& summary)
{
    const QString& name = model.name;
    const QLocale l;
    QString text = tr("\"%1\" is ready: final loss %2 after %3 s in %4.")
                       .arg(name, lossText(summary.finalLoss), l.toString(summary.elapsedMs / 1000.0, 'f', 1),
                            ml::precisionName(summary.precision));
    if (summary.evalLoss >= 0 && summary.perplexity >= 0)
        text += tr(" Eval loss %1, perplexity %2.")
                    .arg(lossText(summary.evalLoss), l.toString(summary.perplexity, 'f', 2));
    // A preference run's loss is no language-model loss: its held-out accuracy says more.
    for (const QString& metric : {QStringLiteral("eval/accuracy"), QStringLiteral("eval/rewards/accuracies")})
        if (summary.metrics.contains(metric))
            text += tr(" Held-out accuracy %1 %.").arg(l.toString(summary.metrics.value(metric) * 100, 'f', 1));
    m_monitor->finishRun(text);
    // The model is usable now; its attribution follows in the background.
    m_monitor->log(AttributionPrepJob::wantsGradients(model)
                       ? tr("Preparing attribution for \"%1\" (span index, then gradient store)…").arg(name)
                       : tr("Preparing attribution for \"%1\" (span index)…").arg(name));
    m_prep->start(model);
    m_queue.finishCurrent();
    m_history->reload();
    m_registry->reload();
    m_registry->select(name);
    m_form->reload();
    m_playground->reload();
    m_evaluation->reload();
    updateButtons();
    startNext();
}

void ModelFactoryPage::onFailed(int code, const QString& message)
{
    m_monitor->finishRun(ErrorCode(code) == ErrorCode::Cancelled ? tr("Cancelled: %1").arg(message)
                                                                 : tr("The run failed: %1").arg(message));
    m_queue.finishCurrent();
    m_history->reload();
    if (ErrorCode(code) != ErrorCode::Cancelled)
        m_message->showMessage(message, true);
    updateButtons();
    startNext();
}

void ModelFactoryPage::pauseOrResume()
{
    if (!m_job || !m_job->isRunning())
        return;
    if (m_job->isPaused())
        m_job->resume();
    else
        m_job->pause();
}

void ModelFactoryPage::cancelRun()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
}

void ModelFactoryPage::confirmCancelRun()
{
    if (!m_job || !m_job->isRunning())
        return;
    const int step = m_monitor->progressBar()->value();
    if (step > 0) {
        // A cancelled run saves a checkpoint first: say the work can come back, or people lose it.
        const QLocale l;
        const QString question =
            tr("Cancel \"%1\" at step %2 of %3?").arg(m_job->plan().output, l.toString(step),
                                                     l.toString(m_job->plan().config.steps)) +
            QStringLiteral("\n\n") +
            tr("No model is made. The steps trained so far are kept as a checkpoint: resume the run later "
               "from the History tab.");
        if (QMessageBox::question(this, tr("Cancel Run"), question, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes)
            return;
    }
    cancelRun();
}

ModelTableModel* ModelFactoryPage::models() const
{
    return m_registry->models();
}

QTableView* ModelFactoryPage::modelTable() const
{
    return m_registry->table();
}

QPushButton* ModelFactoryPage::importButton() const
{
    return m_registry->importButton();
}

void ModelFactoryPage::importModel()
{
    m_registry->importModel();
}

void ModelFactoryPage::exportModel()
{
    m_registry->exportModel();
}

void ModelFactoryPage::renameModel()
{
    m_registry->renameModel();
}

void ModelFactoryPage::deleteModel()
{
    m_registry->deleteModel();
}

} // namespace fw::ui
