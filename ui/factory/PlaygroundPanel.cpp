// Playground layout, the conversation and its streaming.
#include "ui/factory/PlaygroundPanel.h"

#include "models/ModelStore.h"
#include "ui/common/MlEngine.h"
#include "ui/factory/ChatSession.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTextBrowser>
#include <QShowEvent>
#include <QVBoxLayout>

namespace fw::ui {

PlaygroundPanel::PlaygroundPanel(WorkspaceSession* session, MlEngine* engine, QWidget* parent)
    : QWidget(parent), m_session(session), m_engine(engine), m_model(new QComboBox(this)), m_status(new QLabel(this)),
      m_system(new QLineEdit(this)), m_temperature(new QDoubleSpinBox(this)), m_topP(new QDoubleSpinBox(this)),
      m_topK(new QSpinBox(this)), m_maxTokens(new QSpinBox(this)), m_seed(new QSpinBox(this)),
      m_transcript(new QTextBrowser(this)), m_input(new QPlainTextEdit(this)), m_send(new QPushButton(tr("&Send"), this)),
      m_stop(new QPushButton(tr("S&top"), this)), m_clear(new QPushButton(tr("&New Chat"), this)),
      m_copy(new QPushButton(tr("&Copy Answer"), this))
{
    m_model->setAccessibleName(tr("Model to chat with"));
    m_status->setWordWrap(true);
    m_system->setPlaceholderText(tr("Optional system prompt, e.g. \"Answer in one sentence.\""));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setToolTip(tr("0 always picks the likeliest token (greedy); higher values vary more."));
    m_topP->setRange(0.05, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(1);
    m_topP->setToolTip(tr("Sample only from the likeliest tokens that together hold this probability (1 = all)."));
    m_topK->setRange(0, 1000);
    m_topK->setToolTip(tr("Sample only from this many likeliest tokens (0 = no limit)."));
    m_maxTokens->setRange(1, 4096);
    m_maxTokens->setValue(128);
    m_maxTokens->setToolTip(tr("The answer stops after this many tokens."));
    m_seed->setRange(0, 2'000'000'000);
    m_seed->setToolTip(tr("The same seed and settings give the same answer."));
    m_transcript->setAccessibleName(tr("Conversation"));
    m_input->setPlaceholderText(tr("Ask something (Ctrl+Enter sends)"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setMaximumHeight(80);

    auto* knobs = new QHBoxLayout;
    for (auto [label, widget] : {std::pair{tr("Temperature:"), static_cast<QWidget*>(m_temperature)},
                                 std::pair{tr("Top-p:"), static_cast<QWidget*>(m_topP)},
                                 std::pair{tr("Top-k:"), static_cast<QWidget*>(m_topK)},
                                 std::pair{tr("Max tokens:"), static_cast<QWidget*>(m_maxTokens)},
                                 std::pair{tr("Seed:"), static_cast<QWidget*>(m_seed)}}) {
        knobs->addWidget(new QLabel(label, this));
        knobs->addWidget(widget);
    }
    knobs->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(QString(), m_status);
    form->addRow(tr("S&ystem:"), m_system);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(knobs);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_input);
    layout->addLayout(buttons);

    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        if (isVisible())
            loadChosenModel();
    });
    connect(m_send, &QPushButton::clicked, this, &PlaygroundPanel::send);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundPanel::stop);
    connect(m_clear, &QPushButton::clicked, this, &PlaygroundPanel::newChat);
    connect(m_copy, &QPushButton::clicked, this, &PlaygroundPanel::copyAnswer);
    auto* sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    sendKey->setContext(Qt::WidgetShortcut);
    connect(sendKey, &QShortcut::activated, this, &PlaygroundPanel::send);
    if (m_engine)
        connect(m_engine, &MlEngine::ready, this, [this] {
            if (isVisible())
                loadChosenModel();
        });
    updateButtons();
}

void PlaygroundPanel::reload()
{
    const QString current = m_model->currentData().toString();
    {
        QSignalBlocker block(m_model);
        m_model->clear();
        if (m_session->hasWorkspace() && !m_session->isLocked())
            if (auto all = models::ModelStore(*m_session->workspace()).models(); all)
                for (const models::ModelEntry& e : *all)
                    m_model->addItem(e.kind == models::ModelKind::Adapter ? tr("%1 (LoRA adapter)").arg(e.name) : e.name,
                                     e.name);
        m_model->setCurrentIndex(qMax(0, m_model->findData(current)));
    }
    if (m_model->count() == 0)
        m_status->setText(tr("No model yet: train one on the Train tab, or import one with flywheel-cli model import."));
    // Loading costs memory and a second or more: only for a panel someone is looking at.
    if (isVisible() && (m_model->currentData().toString() != current || !m_chat || !m_chat->isLoaded()))
        loadChosenModel();
    updateButtons();
}

void PlaygroundPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadChosenModel();
}

void PlaygroundPanel::ensureChat()
{
    if (!m_chat && m_engine && m_engine->isReady()) {
        m_chat = new ChatSession(m_session, m_engine->runtime(), this);
        connect(m_chat, &ChatSession::loaded, this, [this](const QString& name, qint64 parameters) {
            m_status->setText(tr("%1 is loaded (%2 parameters).").arg(name, QLocale().toString(parameters)));
            updateButtons();
            if (m_model->currentData().toString() != name)
                loadChosenModel(); // the choice changed while this one was loading
        });
        connect(m_chat, &ChatSession::delta, this, [this](const QString& text) {
            m_transcript->moveCursor(QTextCursor::End);
            m_transcript->insertPlainText(text);
        });
        connect(m_chat, &ChatSession::answered, this, &PlaygroundPanel::onAnswered);
        connect(m_chat, &ChatSession::failed, this, [this](const QString& message) {
            m_status->setText(message);
            updateButtons();
        });
    }
}

void PlaygroundPanel::loadChosenModel()
{
    const QString name = m_model->currentData().toString();
    ensureChat();
    if (name.isEmpty() || !m_chat || m_chat->isBusy() || (m_chat->isLoaded() && m_chat->modelName() == name))
        return updateButtons();
    m_status->setText(tr("Loading %1…").arg(name));
    m_chat->load(name);
    newChat();
}

void PlaygroundPanel::appendTurn(const QString& who, const QString& text)
{
    m_transcript->moveCursor(QTextCursor::End);
    if (!m_transcript->document()->isEmpty())
        m_transcript->insertPlainText(QStringLiteral("\n\n"));
    m_transcript->insertHtml(QStringLiteral("<b>%1</b> ").arg(who.toHtmlEscaped()));
    m_transcript->insertPlainText(text);
}

void PlaygroundPanel::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || !m_chat || !m_chat->isLoaded() || m_chat->isBusy())
        return;
    std::vector<ml::ChatMessage> conversation;
    if (!m_system->text().trimmed().isEmpty())
        conversation.push_back({QStringLiteral("system"), m_system->text().trimmed()});
    conversation.insert(conversation.end(), m_history.begin(), m_history.end());
    conversation.push_back({QStringLiteral("user"), text});
    m_history.push_back({QStringLiteral("user"), text});
    appendTurn(tr("You:"), text);
    appendTurn(tr("%1:").arg(m_chat->modelName()), QString());
    m_input->clear();
    ml::GenerationOptions options;
    options.temperature = m_temperature->value();
    options.topP = m_topP->value();
    options.topK = m_topK->value();
    options.maxNewTokens = m_maxTokens->value();
    options.seed = uint64_t(m_seed->value());
    m_chat->send(conversation, options);
    updateButtons();
}

void PlaygroundPanel::onAnswered(const QString& text, int tokens, double seconds, bool stopped)
{
    m_history.push_back({QStringLiteral("assistant"), text});
    m_lastAnswer = text;
    const QLocale l;
    m_status->setText((stopped ? tr("Stopped after %1 tokens (%2 s).") : tr("%1 tokens in %2 s."))
                          .arg(l.toString(tokens), l.toString(seconds, 'f', 2)));
    updateButtons();
}

void PlaygroundPanel::stop()
{
    if (m_chat)
        m_chat->stop();
}

void PlaygroundPanel::newChat()
{
    m_history.clear();
    m_lastAnswer.clear();
    m_transcript->clear();
    updateButtons();
}

void PlaygroundPanel::copyAnswer()
{
    if (!m_lastAnswer.isEmpty())
        QApplication::clipboard()->setText(m_lastAnswer);
}

void PlaygroundPanel::updateButtons()
{
    const bool ready = m_chat && m_chat->isLoaded();
    const bool busy = m_chat && m_chat->isBusy();
    m_send->setEnabled(ready && !busy);
    m_stop->setEnabled(busy && ready);
    m_copy->setEnabled(!m_lastAnswer.isEmpty());
    m_model->setEnabled(!busy);
}

} // namespace fw::ui
