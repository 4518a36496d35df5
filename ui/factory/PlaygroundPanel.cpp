// Playground layout, the settings and the one or two conversations they drive.
#include "ui/factory/PlaygroundPanel.h"

#include "models/ModelStore.h"
#include "ui/common/MlEngine.h"
#include "ui/common/Retranslate.h"
#include "ui/factory/AttributionPanel.h"
#include "ui/factory/ChatColumn.h"
#include "ui/factory/ChatSession.h"
#include "ui/nodes/NodeDirectory.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace fw::ui {

PlaygroundPanel::PlaygroundPanel(WorkspaceSession* session, MlEngine* engine, QWidget* parent)
    : QWidget(parent), m_session(session), m_engine(engine), m_model(new QComboBox(this)),
      m_compare(new QComboBox(this)), m_status(new QLabel(this)), m_system(new QLineEdit(this)),
      m_temperature(new QDoubleSpinBox(this)), m_topP(new QDoubleSpinBox(this)),
      m_topK(new QSpinBox(this)), m_maxTokens(new QSpinBox(this)), m_seed(new QSpinBox(this)),
      m_singleTurn(new QCheckBox(this)),
      m_first(new ChatColumn(session, engine, this)),
      m_second(new ChatColumn(session, engine, this)), m_focused(m_first),
      m_columns(new QSplitter(this)), m_input(new QPlainTextEdit(this)),
      m_send(new QPushButton(this)), m_stop(new QPushButton(this)), m_clear(new QPushButton(this)),
      m_copy(new QPushButton(this))
{
    m_status->setWordWrap(true);
    m_input->setMaximumHeight(80);
    m_columns->addWidget(m_first);
    m_columns->addWidget(m_second);
    m_columns->setChildrenCollapsible(false);
    m_second->hide();

    auto* form = new QFormLayout;
    form->addRow(new QLabel(this), m_model);
    form->addRow(new QLabel(this), m_compare);
    form->addRow(QString(), m_status);
    form->addRow(new QLabel(this), m_system);
    form->addRow(QString(), m_singleTurn);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addWidget(m_copy);
    m_explain = new QPushButton(this);
    buttons->addWidget(m_explain);
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    const QList<QLabel*> knobLabels = makeKnobs(layout);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
    m_attribution = new AttributionPanel(session, this);
    m_attribution->hide();
    connect(m_attribution, &AttributionPanel::finished, this, &PlaygroundPanel::updateButtons);
    layout->addWidget(m_attribution);

    for (QComboBox* box : {m_model, m_compare})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (isVisible())
                loadChosenModel();
        });
    connect(m_first, &ChatColumn::statusChanged, m_status, &QLabel::setText);
    for (ChatColumn* column : {m_first, m_second}) {
        connect(column, &ChatColumn::stateChanged, this, &PlaygroundPanel::updateButtons);
        connect(column, &ChatColumn::focused, this, [this, column] { m_focused = column; });
    }
    connect(m_singleTurn, &QCheckBox::toggled, this, [this](bool single) {
        m_first->setSingleTurn(single);
        m_second->setSingleTurn(single);
    });
    connect(m_send, &QPushButton::clicked, this, &PlaygroundPanel::send);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundPanel::stop);
    connect(m_clear, &QPushButton::clicked, this, &PlaygroundPanel::newChat);
    connect(m_copy, &QPushButton::clicked, this, &PlaygroundPanel::copyAnswer);
    connect(m_explain, &QPushButton::clicked, this, &PlaygroundPanel::explainAnswer);
    auto* sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    sendKey->setContext(Qt::WidgetShortcut);
    connect(sendKey, &QShortcut::activated, this, &PlaygroundPanel::send);
    if (m_engine)
        connect(m_engine, &MlEngine::ready, this, [this] {
            if (isVisible())
                loadChosenModel();
        });
    retranslated(this, [this, form, knobLabels] {
        auto label = [form](QWidget* field, const QString& text) {
            auto* label = static_cast<QLabel*>(form->labelForField(field));
            label->setText(text);
            label->setBuddy(field);
        };
        label(m_model, tr("&Model:"));
        label(m_compare, tr("Compare &with:"));
        label(m_system, tr("S&ystem:"));
        const QStringList knobs{tr("Temperature:"), tr("Top-p:"), tr("Top-k:"), tr("Max tokens:"),
                                tr("Seed:")};
        for (int i = 0; i < knobLabels.size(); ++i)
            knobLabels[i]->setText(knobs[i]);
        m_model->setAccessibleName(tr("Model to chat with"));
        m_compare->setAccessibleName(tr("Second model to compare with"));
        m_compare->setToolTip(
            tr("Send every message to a second model too, and read both answers side by side."));
        m_system->setPlaceholderText(
            tr("Optional system prompt, e.g. \"Answer in one sentence.\""));
        m_input->setPlaceholderText(tr("Ask something (Ctrl+Enter sends)"));
        m_input->setAccessibleName(tr("Message"));
        m_temperature->setToolTip(
            tr("0 always picks the likeliest token (greedy); higher values vary more."));
        m_topP->setToolTip(tr("Sample only from the likeliest tokens that together hold this "
                              "probability (1 = all)."));
        m_topK->setToolTip(tr("Sample only from this many likeliest tokens (0 = no limit)."));
        capMaxTokens();
        m_seed->setToolTip(tr("The same seed and settings give the same answer."));
        updateSingleTurnText();
        m_singleTurn->setToolTip(tr("Models trained here learned from single questions and answers: sent the "
                                    "whole chat, they answer a second question badly. Ticked, each question goes "
                                    "alone; the transcript still shows the whole chat."));
        m_send->setText(tr("&Send"));
        m_stop->setText(tr("S&top"));
        m_clear->setText(tr("&New Chat"));
        m_copy->setText(tr("&Copy Answer"));
        m_explain->setText(tr("&Why This Answer?"));
        m_explain->setToolTip(
            tr("Find the training records the answer's text comes from, with each "
               "contributor's share (span attribution)."));
        if (m_compare->count() > 0) // filled by reload(): not at construction
            fillModelBoxes();       // "none", "(LoRA adapter)"; the choices stay
    });
    updateButtons();
}

QList<QLabel*> PlaygroundPanel::makeKnobs(QBoxLayout* into)
{
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_topP->setRange(0.05, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(1);
    m_topK->setRange(0, 1000);
    m_maxTokens->setRange(1, 4096);
    m_maxTokens->setValue(128);
    m_seed->setRange(0, 2'000'000'000);
    auto* knobs = new QHBoxLayout;
    QList<QLabel*> labels;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_temperature, m_topP, m_topK, m_maxTokens, m_seed}) {
        labels << new QLabel(this);
        labels.last()->setBuddy(widget);
        knobs->addWidget(labels.last());
        knobs->addWidget(widget);
    }
    knobs->addStretch();
    into->addLayout(knobs);
    return labels;
}

bool PlaygroundPanel::isComparing() const
{
    return !m_compare->currentData().toString().isEmpty();
}

QTextBrowser* PlaygroundPanel::transcript() const
{
    return m_first->transcript();
}

ChatSession* PlaygroundPanel::chat() const
{
    return m_first->chat();
}

const QString& PlaygroundPanel::lastAnswer() const
{
    return m_first->lastAnswer();
}

void PlaygroundPanel::fillModelBoxes()
{
    QList<models::ModelEntry> entries;
    if (m_session->hasWorkspace() && !m_session->isLocked())
        if (auto all = models::ModelStore(*m_session->workspace()).models(); all)
            entries = *all;
    m_singleTurnModels.clear();
    for (const models::ModelEntry& e : entries)
        if (models::trainedOnSingleTurns(e))
            m_singleTurnModels.insert(e.name);
    for (QComboBox* box : {m_model, m_compare}) {
        const QString current = box->currentData().toString();
        QSignalBlocker block(box);
        box->clear();
        if (box == m_compare)
            box->addItem(tr("none"), QString());
        for (const models::ModelEntry& e : entries)
            box->addItem(e.kind == models::ModelKind::Adapter ? tr("%1 (LoRA adapter)").arg(e.name)
                                                              : e.name,
                         e.name);
        if (m_nodes && !m_nodes->localUrl().isEmpty())
            for (const QString& name : m_nodes->localDeployments())
                box->addItem(tr("%1 (through the local node)").arg(name),
                             NodeDirectory::chatModelId(m_nodes->localUrl(), name));
        box->setCurrentIndex(qMax(0, box->findData(current)));
    }
}

void PlaygroundPanel::setNodeDirectory(NodeDirectory* nodes)
{
    m_nodes = nodes;
    if (nodes)
        connect(nodes, &NodeDirectory::changed, this, &PlaygroundPanel::reload);
    reload();
}

void PlaygroundPanel::reload()
{
    const QString current = m_model->currentData().toString();
    const QString compared = m_compare->currentData().toString();
    fillModelBoxes();
    if (!m_session->hasWorkspace() || m_session->isLocked()) {
        // Chats and loaded models may be private: the lock takes them away; unlocking reloads.
        m_first->release();
        m_second->release();
        m_status->setText(tr("The workspace is locked: unlock it to chat with its models."));
        return updateButtons();
    }
    if (m_model->count() == 0)
        m_status->setText(tr("No model yet: train one on the Train tab, or import one with \"Import from Hugging "
                             "Face…\" below."));
    else // not the text of a state that has passed ("No model yet", "locked")
        m_status->setText(m_first->status().isEmpty() ? tr("%1 loads when you open this tab.")
                                                             .arg(m_model->currentText())
                                                       : m_first->status());
    // Loading costs memory and a second or more: only for a panel someone is looking at.
    if (isVisible() && (m_model->currentData().toString() != current ||
                        m_compare->currentData().toString() != compared || !m_first->isReady()))
        loadChosenModel();
    updateButtons();
}

void PlaygroundPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadChosenModel();
}

void PlaygroundPanel::loadChosenModel()
{
    const QString compared = m_compare->currentData().toString();
    const bool newPartner = !compared.isEmpty() && compared != m_second->wantedModel();
    const QString chosen = m_model->currentData().toString();
    if (chosen != m_first->wantedModel()) // a new model: its own default; a user's tick stays for the same one
        m_singleTurn->setChecked(m_singleTurnModels.contains(chosen) ||
                                 (!compared.isEmpty() && m_singleTurnModels.contains(compared)));
    updateSingleTurnText();
    m_first->setModel(m_model->currentData().toString());
    m_second->setModel(
        compared); // none: nothing loads, and a model already held stays for a return
    m_first->setHeaderVisible(!compared.isEmpty());
    m_second->setHeaderVisible(true);
    m_second->setVisible(!compared.isEmpty());
    m_status->setVisible(
        compared.isEmpty()); // compared, each column's header says how its model is doing
    if (newPartner) {        // a comparison starts both conversations from the same point
        m_first->newChat();
        m_second->newChat();
    }
    if (compared.isEmpty())
        m_focused = m_first;
    updateButtons();
}

void PlaygroundPanel::updateSingleTurnText()
{
    // Says why the box is ticked when the model's training is the reason.
    const QString chosen = m_model->currentData().toString();
    m_singleTurn->setText(m_singleTurnModels.contains(chosen)
                              ? tr("Send each question &alone: %1 was trained on single questions and answers")
                                    .arg(m_model->currentText())
                              : tr("Send each question &alone (single-turn)"));
}

ml::GenerationOptions PlaygroundPanel::options() const
{
    ml::GenerationOptions options;
    options.temperature = m_temperature->value();
    options.topP = m_topP->value();
    options.topK = m_topK->value();
    options.maxNewTokens = m_maxTokens->value();
    options.seed = uint64_t(m_seed->value());
    return options;
}

void PlaygroundPanel::send()
{
    const QString text = m_input->toPlainText().trimmed();
    // Both or neither: a comparison only means something when both saw every message.
    if (text.isEmpty() || !m_first->isReady() || (isComparing() && !m_second->isReady()))
        return;
    const QString system = m_system->text().trimmed();
    const ml::GenerationOptions same = options();
    m_first->send(system, text, same);
    if (isComparing())
        m_second->send(system, text, same);
    m_input->clear();
    updateButtons();
}

void PlaygroundPanel::stop()
{
    m_first->stop();
    m_second->stop();
}

void PlaygroundPanel::newChat()
{
    m_first->newChat();
    m_second->newChat();
}

void PlaygroundPanel::copyAnswer()
{
    const QString& answer = isComparing() ? m_focused->lastAnswer() : m_first->lastAnswer();
    if (!answer.isEmpty())
        QApplication::clipboard()->setText(answer);
}

void PlaygroundPanel::explainAnswer()
{
    const QString model = m_model->currentData().toString();
    attribute(model, m_first->lastPrompt(), m_first->lastAnswer());
}

void PlaygroundPanel::attribute(const QString& model, const QString& prompt, const QString& answer)
{
    m_attribution->explain(model, prompt, answer);
    updateButtons();
}

void PlaygroundPanel::updateButtons()
{
    const bool comparing = isComparing();
    const bool ready = m_first->isReady() && (!comparing || m_second->isReady());
    const bool busy = m_first->isBusy() || (comparing && m_second->isBusy());
    m_send->setEnabled(ready && !busy);
    m_stop->setEnabled(m_first->isAnswering() || (comparing && m_second->isAnswering()));
    m_copy->setEnabled(!m_first->lastAnswer().isEmpty() ||
                       (comparing && !m_second->lastAnswer().isEmpty()));
    // Span attribution reads the registry's lineage: models held here, not a node's.
    m_explain->setEnabled(!busy && !m_attribution->isWorking() &&
                          !m_first->lastAnswer().isEmpty() &&
                          !NodeDirectory::isNodeModel(m_model->currentData().toString()));
    m_model->setEnabled(!busy);
    m_compare->setEnabled(!busy);
    capMaxTokens();
}

void PlaygroundPanel::capMaxTokens()
{
    // An answer cannot be longer than the model's context (the prompt takes some of it too): the
    // box offers no more, and says why. A node's model says nothing here; the node refuses itself.
    int context = 0;
    for (ChatColumn* column : {m_first, m_second})
        if (column->isVisible() || column == m_first)
            if (const int c = column->chat() ? column->chat()->contextLength() : 0; c > 0)
                context = context > 0 ? std::min(context, c) : c;
    const int most = context > 1 ? context - 1 : 4096;
    if (m_maxTokens->maximum() != most)
        m_maxTokens->setMaximum(most); // clamps the value too
    m_maxTokens->setToolTip(context > 1 ? tr("The answer stops after this many tokens (at most %1: the model's "
                                             "context is %2 tokens, the question included).")
                                              .arg(most)
                                              .arg(context)
                                        : tr("The answer stops after this many tokens."));
}

} // namespace fw::ui
