// A transcript with its own model session and history.
#include "ui/factory/ChatColumn.h"

#include "ledger/Amount.h"
#include "ui/common/MlEngine.h"
#include "ui/common/Retranslate.h"
#include "ui/factory/ChatSession.h"
#include "ui/nodes/NodeDirectory.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fw::ui {

ChatColumn::ChatColumn(WorkspaceSession* session, MlEngine* engine, QWidget* parent)
    : QWidget(parent), m_session(session), m_engine(engine), m_header(new QLabel(this)),
      m_transcript(new QTextBrowser(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->hide();
    retranslated(this, [this] { m_transcript->setAccessibleName(tr("Conversation")); });
    m_transcript->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_transcript, 1);
}

bool ChatColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_transcript && event->type() == QEvent::FocusIn)
        emit focused();
    return QWidget::eventFilter(watched, event);
}

void ChatColumn::setHeaderVisible(bool visible)
{
    m_header->setVisible(visible);
}

void ChatColumn::setStatus(const QString& text)
{
    m_status = text;
    m_header->setText(
        QStringLiteral("<b>%1</b> — %2").arg(wantedLabel().toHtmlEscaped(), text.toHtmlEscaped()));
    emit statusChanged(text);
}

QString ChatColumn::wantedLabel() const
{
    return NodeDirectory::isNodeModel(m_wanted)
               ? tr("%1 (node)").arg(NodeDirectory::nameOf(m_wanted))
               : m_wanted;
}

bool ChatColumn::isReady() const
{
    return m_chat && m_chat->isLoaded() && !m_chat->isBusy() && m_chat->modelName() == m_wanted;
}

bool ChatColumn::isBusy() const
{
    return m_chat && m_chat->isBusy();
}

bool ChatColumn::isAnswering() const
{
    return isBusy() && m_chat->isLoaded(); // a session drops its model while it loads another
}

void ChatColumn::ensureChat()
{
    ml::MlRuntime* runtime = m_engine && m_engine->isReady() ? m_engine->runtime() : nullptr;
    if (m_chat) {
        if (!m_chat->hasRuntime() && runtime)
            m_chat->setRuntime(runtime);
        return;
    }
    // A node's model answers without the local engine.
    if (!runtime && !NodeDirectory::isNodeModel(m_wanted))
        return;
    m_chat = new ChatSession(m_session, runtime, this);
    connect(m_chat, &ChatSession::loaded, this, [this](const QString& name, qint64 parameters) {
        if (parameters < 0)
            setStatus(tr("%1 answers through the node at %2.")
                          .arg(NodeDirectory::nameOf(name), NodeDirectory::urlOf(name)));
        else
            setStatus(
                tr("%1 is loaded (%2 parameters).").arg(name, QLocale().toString(parameters)));
        if (m_wanted != name)
            loadWanted(); // the choice changed while this one was loading
        emit stateChanged();
    });
    connect(m_chat, &ChatSession::delta, this, [this](const QString& text) {
        m_transcript->moveCursor(QTextCursor::End);
        m_transcript->insertPlainText(text);
    });
    connect(m_chat, &ChatSession::charged, this, [this](qint64 fee, const QString& receiptId) {
        m_charge = tr(" Paid %1 OPEN (receipt %2).").arg(ledger::formatOpen(fee), receiptId);
    });
    connect(m_chat, &ChatSession::answered, this, &ChatColumn::onAnswered);
    connect(m_chat, &ChatSession::failed, this, [this](const QString& message) {
        setStatus(message);
        emit stateChanged();
    });
}

void ChatColumn::setModel(const QString& name)
{
    m_wanted = name;
    loadWanted();
}

void ChatColumn::loadWanted()
{
    ensureChat();
    if (m_wanted.isEmpty() || !m_chat || m_chat->isBusy() ||
        (m_chat->isLoaded() && m_chat->modelName() == m_wanted))
        return emit stateChanged();
    setStatus(tr("Loading %1…").arg(wantedLabel()));
    m_chat->load(m_wanted);
    newChat(); // a conversation belongs to the model that held it
}

void ChatColumn::appendTurn(const QString& who, const QString& text)
{
    m_transcript->moveCursor(QTextCursor::End);
    if (!m_transcript->document()->isEmpty())
        m_transcript->insertPlainText(QStringLiteral("\n\n"));
    m_transcript->insertHtml(QStringLiteral("<b>%1</b> ").arg(who.toHtmlEscaped()));
    m_transcript->insertPlainText(text);
}

bool ChatColumn::send(const QString& system, const QString& text,
                      const ml::GenerationOptions& options)
{
    if (text.isEmpty() || !isReady())
        return false;
    const std::vector<ml::ChatMessage> conversation = conversationFor(system, text);
    m_history.push_back({QStringLiteral("user"), text});
    appendTurn(tr("You:"), text);
    appendTurn(tr("%1:").arg(m_chat->displayName()), QString());
    m_chat->send(conversation, options);
    emit stateChanged();
    return true;
}

std::vector<ml::ChatMessage> ChatColumn::conversationFor(const QString& system, const QString& text) const
{
    std::vector<ml::ChatMessage> conversation;
    if (!system.isEmpty())
        conversation.push_back({QStringLiteral("system"), system});
    if (!m_singleTurn)
        conversation.insert(conversation.end(), m_history.begin(), m_history.end());
    conversation.push_back({QStringLiteral("user"), text});
    return conversation;
}

void ChatColumn::onAnswered(const QString& text, int tokens, double seconds, bool stopped)
{
    m_history.push_back({QStringLiteral("assistant"), text});
    m_lastAnswer = text;
    const QLocale l;
    setStatus((stopped ? tr("Stopped after %1 tokens (%2 s).") : tr("%1 tokens in %2 s."))
                  .arg(l.toString(tokens), l.toString(seconds, 'f', 2)) +
              std::exchange(m_charge, QString()));
    emit stateChanged();
}

QString ChatColumn::lastPrompt() const
{
    for (auto it = m_history.rbegin(); it != m_history.rend(); ++it)
        if (it->role == QLatin1String("user"))
            return it->content;
    return {};
}

void ChatColumn::stop()
{
    if (m_chat)
        m_chat->stop();
}

void ChatColumn::newChat()
{
    m_history.clear();
    m_lastAnswer.clear();
    m_transcript->clear();
    emit stateChanged();
}

void ChatColumn::release()
{
    newChat();
    delete m_chat; // stops an answer and waits for it; the model's memory goes with it
    m_chat = nullptr;
    m_wanted.clear();
    m_status.clear();
    m_header->clear();
    emit stateChanged();
}

} // namespace fw::ui
