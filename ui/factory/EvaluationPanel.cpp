// Evaluation layout, the held-out read on a worker, and two prompt queues filling the table.
#include "ui/factory/EvaluationPanel.h"

#include "models/ModelStore.h"
#include "ui/common/MlEngine.h"
#include "ui/common/Retranslate.h"
#include "ui/factory/AttributionPanel.h"
#include "ui/factory/EvaluationTableModel.h"
#include "ui/factory/PromptQueue.h"
#include "ui/factory/WinRateBar.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaObject>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

namespace {
// Greedy with a fixed seed: the same model answers the same prompt the same way every time, so
// differences between the columns come from the weights, not from sampling.
ml::GenerationOptions evaluationOptions()
{
    ml::GenerationOptions options;
    options.temperature = 0.0;
    options.seed = 0;
    options.maxNewTokens = EvaluationPanel::kMaxNewTokens;
    return options;
}
} // namespace

EvaluationPanel::EvaluationPanel(WorkspaceSession* session, MlEngine* engine, QWidget* parent)
    : QWidget(parent), m_session(session), m_engine(engine),
      m_baseQueue(new PromptQueue(session, engine, evaluationOptions(), this)),
      m_tunedQueue(new PromptQueue(session, engine, evaluationOptions(), this)),
      m_resizeTimer(new QTimer(this)), m_results(new EvaluationTableModel(this)),
      m_model(new QComboBox(this)), m_metrics(new QLabel(this)), m_status(new QLabel(this)),
      m_table(new QTableView(this)), m_askEdit(new QLineEdit(this)), m_ask(new QPushButton(this)),
      m_stop(new QPushButton(this)), m_compare(new QPushButton(this))
{
    m_metrics->setWordWrap(true);
    m_metrics->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_table->setModel(m_results);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_reader.setMaxThreadCount(1);
    // Row heights follow the streamed text, but not on every token: re-measuring costs more than it
    // shows.
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(150);

    auto* form = new QFormLayout;
    form->addRow(new QLabel(this), m_model);
    form->addRow(new QLabel(this), m_metrics);
    retranslated(this, [this, form] {
        auto* modelLabel = static_cast<QLabel*>(form->labelForField(m_model));
        modelLabel->setText(tr("&Model:"));
        modelLabel->setBuddy(m_model);
        static_cast<QLabel*>(form->labelForField(m_metrics))->setText(tr("Run:"));
        m_model->setAccessibleName(tr("Trained model to evaluate"));
        m_askEdit->setPlaceholderText(tr("Or type a prompt of your own"));
        m_askEdit->setAccessibleName(tr("Prompt for both models"));
        m_ask->setText(tr("&Ask Both"));
        m_stop->setText(tr("S&top"));
        m_compare->setText(tr("&Compare on Held-Out Prompts"));
        m_compare->setToolTip(
            tr("Both models answer up to %1 of the prompts the run held out from training, "
               "greedily (temperature 0), at most %2 tokens each.")
                .arg(kMaxPrompts)
                .arg(kMaxNewTokens));
        showMetrics(); // the run line is made of translated words too
        if (m_statusText)
            m_status->setText(m_statusText());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_askEdit, 1);
    buttons->addWidget(m_ask);
    buttons->addSpacing(12);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_compare);
    m_explain = new QPushButton(this);
    buttons->addWidget(m_explain);
    m_attribution = new AttributionPanel(m_session, this);
    m_attribution->hide();
    m_winRate = new WinRateBar(m_session, m_engine, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_winRate);
    layout->addWidget(m_attribution);

    connect(m_winRate, &WinRateBar::campaignCreated, this, &EvaluationPanel::campaignRequested);
    connect(m_explain, &QPushButton::clicked, this, &EvaluationPanel::explainSelected);
    connect(m_attribution, &AttributionPanel::finished, this, &EvaluationPanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvaluationPanel::updateButtons);
    retranslated(this, [this] {
        m_explain->setText(tr("&Why This Answer?"));
        m_explain->setToolTip(
            tr("Find the training records the selected fine-tuned answer comes from, with "
               "each contributor's share (span attribution)."));
    });

    connectQueue(m_baseQueue, EvaluationTableModel::Base);
    connectQueue(m_tunedQueue, EvaluationTableModel::FineTuned);
    connect(m_model, &QComboBox::currentIndexChanged, this, &EvaluationPanel::chooseModel);
    connect(m_compare, &QPushButton::clicked, this, &EvaluationPanel::compare);
    connect(m_ask, &QPushButton::clicked, this, &EvaluationPanel::ask);
    connect(m_askEdit, &QLineEdit::returnPressed, this, &EvaluationPanel::ask);
    connect(m_askEdit, &QLineEdit::textChanged, this, &EvaluationPanel::updateButtons);
    connect(m_stop, &QPushButton::clicked, this, &EvaluationPanel::stop);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        for (int row : std::exchange(m_rowsToResize, {}))
            m_table->resizeRowToContents(row);
    });
    if (m_engine)
        connect(m_engine, &MlEngine::ready, this, &EvaluationPanel::updateButtons);
    updateButtons();
}

EvaluationPanel::~EvaluationPanel()
{
    m_heldOutRead.waitForFinished();
    if (m_reading)
        m_session->endBackgroundWork();
}

void EvaluationPanel::connectQueue(PromptQueue* queue, int column)
{
    const auto col = EvaluationTableModel::Column(column);
    connect(queue, &PromptQueue::delta, this, [this, col](int row, const QString& text) {
        m_results->appendText(row, col, text);
        scheduleRowResize(row);
    });
    connect(queue, &PromptQueue::answered, this,
            [this, col](int row, const QString& text, bool stopped) {
                // The final text, not the streamed pieces: it is cut before any stop string.
                QString shown = text.trimmed().isEmpty() ? tr("(empty answer)") : text;
                if (stopped)
                    shown += QLatin1Char(' ') + tr("(stopped)");
                else
                    m_finished[col == EvaluationTableModel::Base ? 0 : 1].insert(row, text);
                m_results->setText(row, col, shown);
                scheduleRowResize(row);
            });
    connect(queue, &PromptQueue::skipped, this, [this, col](int row, const QString& why) {
        m_results->setText(row, col, why);
        scheduleRowResize(row);
    });
    connect(queue, &PromptQueue::idle, this, &EvaluationPanel::onQueueIdle);
}

void EvaluationPanel::scheduleRowResize(int row)
{
    if (!m_rowsToResize.contains(row))
        m_rowsToResize.append(row);
    if (!m_resizeTimer->isActive())
        m_resizeTimer->start();
}

bool EvaluationPanel::isRunning() const
{
    return m_reading || !m_baseQueue->isIdle() || !m_tunedQueue->isIdle();
}

const models::ModelEntry* EvaluationPanel::chosenEntry() const
{
    for (const models::ModelEntry& e : m_entries)
        if (e.name == m_model->currentData().toString())
            return &e;
    return nullptr;
}

void EvaluationPanel::updateWinRateAnswers()
{
    QList<AnswerPair> pairs;
    for (int row = 0; row < m_results->rowCount(); ++row)
        if (m_finished[0].contains(row) && m_finished[1].contains(row))
            pairs << AnswerPair{m_results->text(row, EvaluationTableModel::Prompt), m_finished[1].value(row),
                                m_finished[0].value(row)};
    m_winRate->setAnswers(pairs, isRunning());
}

void EvaluationPanel::reload()
{
    const QString current = m_model->currentData().toString();
    m_entries.clear();
    if (m_session->hasWorkspace() && !m_session->isLocked())
        if (auto all = models::ModelStore(*m_session->workspace()).models(); all)
            m_entries = *all;
    m_winRate->setEntries(m_entries);
    {
        QSignalBlocker block(m_model);
        m_model->clear();
        for (const models::ModelEntry& e : m_entries)
            if (e.source == QLatin1String("training"))
                m_model->addItem(e.kind == models::ModelKind::Adapter
                                     ? tr("%1 (LoRA adapter)").arg(e.name)
                                     : e.name,
                                 e.name);
        m_model->setCurrentIndex(qMax(0, m_model->findData(current)));
    }
    if (m_model->currentData().toString() != current || !m_run)
        chooseModel();
    updateButtons();
}

void EvaluationPanel::chooseModel()
{
    stop();
    m_results->clear();
    m_finished[0].clear();
    m_finished[1].clear();
    m_run.reset();
    m_baseName.clear();
    const models::ModelEntry* entry = chosenEntry();
    if (!entry) {
        m_winRate->setModels(QString(), QString());
        m_metrics->clear();
        setStatus([] {
            return tr("No trained model yet: train one on the Train tab. Imported models have no held-out "
                      "split to evaluate on.");
        });
        return updateButtons();
    }
    Result<models::TrainedRun> run = models::trainedRun(*entry);
    if (run) {
        m_run = *run;
        // By id, so a renamed base shows (and loads) under its current name.
        for (const models::ModelEntry& e : m_entries)
            if (!run->fromScratch && e.id == entry->baseModelId)
                m_baseName = e.name;
    }
    m_baseQueue->setModel(m_baseName);
    m_tunedQueue->setModel(entry->name);
    m_results->setModelNames(m_baseName, entry->name);
    m_winRate->setModels(entry->name, m_baseName);
    showMetrics();
    setStatus([error = run ? QString() : run.error().message] {
        return error.isEmpty() ? tr("Compare both models on the held-out prompts, or ask them a prompt of your own.")
                               : error;
    });
    updateButtons();
}

void EvaluationPanel::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void EvaluationPanel::showMetrics()
{
    if (!m_run)
        return m_metrics->clear();
    const QLocale l;
    const auto number = [&l](double v) { return v < 0 ? tr("n/a") : l.toString(v, 'f', 3); };
    const QString base =
        m_run->fromScratch
            ? tr("from scratch (%1 preset, no base model)").arg(m_run->base.toHtmlEscaped())
            : tr("fine-tuned from <b>%1</b>")
                  .arg((m_baseName.isEmpty() ? m_run->base : m_baseName).toHtmlEscaped());
    // Every datanet version the run trained on, in order.
    QStringList data;
    for (const models::TrainedSource& source : m_run->sources)
        data << tr("<b>%1</b> version %2")
                    .arg(source.datanet.toHtmlEscaped(), source.version.left(8));
    m_metrics->setText(
        tr("%1, %2, %3 steps<br>final training loss %4 · eval loss %5 · perplexity %6")
            .arg(data.join(QStringLiteral(" + ")), base, l.toString(m_run->steps),
                 number(m_run->finalLoss), number(m_run->evalLoss), number(m_run->perplexity)));
}

void EvaluationPanel::compare()
{
    if (isRunning() || !m_run || !m_engine || !m_engine->isReady())
        return;
    m_results->clear();
    m_finished[0].clear();
    m_finished[1].clear();
    m_stopped = false;
    m_reading = true;
    m_readStopped = false;
    m_session->beginBackgroundWork();
    setStatus([] { return tr("Rebuilding the run's held-out split…"); });
    // Reading a whole datanet version is too slow for the GUI thread on a big datanet.
    m_heldOutRead = QtConcurrent::run(&m_reader, [this, ws = m_session->workspace(), run = *m_run] {
        auto examples = std::make_shared<Result<std::vector<ml::SftExample>>>(
            models::heldOutExamples(*ws, run));
        QMetaObject::invokeMethod(
            this, [this, examples] { onHeldOut(*examples); }, Qt::QueuedConnection);
    });
    updateButtons();
}

void EvaluationPanel::onHeldOut(const Result<std::vector<ml::SftExample>>& examples)
{
    m_reading = false;
    m_session->endBackgroundWork();
    if (m_readStopped || !examples) {
        setStatus([stopped = m_readStopped, error = examples ? QString() : examples.error().message] {
            return stopped ? tr("Stopped.") : error;
        });
        updateButtons();
        return emit finished();
    }
    if (examples->empty()) {
        setStatus([fraction = m_run->config.evalFraction] {
            return tr("This run held no examples out (eval fraction %1), so there is nothing to compare on; "
                      "ask a prompt of your own instead.")
                .arg(fraction);
        });
        updateButtons();
        return emit finished();
    }
    const int shown = std::min<int>(kMaxPrompts, int(examples->size()));
    setStatus([shown, total = int(examples->size())] {
        return tr("Both models answer %1 of the %n held-out prompt(s)…", nullptr, total).arg(shown);
    });
    for (int i = 0; i < shown; ++i)
        addPrompt((*examples)[size_t(i)].prompt, (*examples)[size_t(i)].system,
                  (*examples)[size_t(i)].response);
    updateButtons();
}

void EvaluationPanel::addPrompt(const QString& prompt, const QString& system,
                                const QString& reference)
{
    const int row = m_results->addRow(prompt, reference);
    std::vector<ml::ChatMessage> conversation;
    if (!system.isEmpty())
        conversation.push_back({QStringLiteral("system"), system});
    conversation.push_back({QStringLiteral("user"), prompt});
    if (m_baseName.isEmpty())
        m_results->setText(
            row, EvaluationTableModel::Base,
            m_run && m_run->fromScratch
                ? tr("No base model: trained from scratch (%1 preset, random weights).")
                      .arg(m_run->base)
                : tr("No base model in the registry."));
    else
        m_baseQueue->enqueue(row, conversation);
    m_tunedQueue->enqueue(row, conversation);
    scheduleRowResize(row);
}

void EvaluationPanel::ask()
{
    const QString prompt = m_askEdit->text().trimmed();
    if (prompt.isEmpty() || !chosenEntry() || !m_engine || !m_engine->isReady())
        return;
    m_askEdit->clear();
    m_stopped = false;
    addPrompt(prompt, QString(), tr("—"));
    m_table->scrollToBottom();
    updateButtons();
}

void EvaluationPanel::stop()
{
    m_stopped = isRunning();
    m_readStopped = m_reading;
    m_baseQueue->stop();
    m_tunedQueue->stop();
}

void EvaluationPanel::onQueueIdle()
{
    if (isRunning())
        return;
    if (m_stopped)
        setStatus([] { return tr("Stopped."); });
    else if (m_results->rowCount() > 0)
        setStatus([rows = m_results->rowCount()] {
            return tr("Done: both models answered %n prompt(s).", nullptr, rows);
        });
    updateButtons();
    emit finished();
}

void EvaluationPanel::explainSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const models::ModelEntry* entry = chosenEntry();
    if (rows.isEmpty() || !entry)
        return;
    const int row = rows.first().row();
    m_attribution->explain(entry->name, m_results->text(row, EvaluationTableModel::Prompt),
                           m_results->text(row, EvaluationTableModel::FineTuned));
    updateButtons();
}

void EvaluationPanel::updateButtons()
{
    const bool engine = m_engine && m_engine->isReady();
    const bool running = isRunning();
    // A run that held nothing out has no prompts to compare on: say why rather than find nothing.
    const bool heldOut = m_run && m_run->config.evalFraction > 0;
    m_compare->setEnabled(engine && heldOut && !running);
    m_compare->setToolTip(m_run && !heldOut ? tr("This run held no examples out for evaluation, so there is nothing "
                                                 "to compare on. Ask a prompt of your own below, or train again with "
                                                 "a share held out (Advanced settings).")
                                            : QString());
    m_ask->setEnabled(engine && chosenEntry() && !m_askEdit->text().trimmed().isEmpty());
    m_stop->setEnabled(running);
    m_model->setEnabled(!running && !m_winRate->isWorking());
    updateWinRateAnswers();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_explain->setEnabled(
        chosenEntry() && !rows.isEmpty() && !m_attribution->isWorking() &&
        !m_results->text(rows.first().row(), EvaluationTableModel::FineTuned).isEmpty());
}

} // namespace fw::ui
