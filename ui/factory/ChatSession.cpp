// Model loading and generation off the GUI thread.
#include "ui/factory/ChatSession.h"

#include "models/RegisteredModel.h"
#include "ledger/Amount.h"
#include "node/NodeClient.h"
#include "node/PaymentClient.h"
#include "store/Workspace.h"
#include "ui/nodes/NodeDirectory.h"
#include "ui/workspace/WorkspaceSession.h"
#include "wallet/WalletService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

int ChatSession::contextLength() const
{
    return m_model ? m_model->model->config().maxSeqLen : 0;
}

ChatSession::ChatSession(WorkspaceSession* session, ml::MlRuntime* engine, QObject* parent)
    : QObject(parent), m_session(session), m_engine(engine)
{
    m_thread.setMaxThreadCount(1);
}

ChatSession::~ChatSession()
{
    m_cancel->store(true);
    wait();
    // Work still counted as the workspace's background work: its queued ending will never run.
    if (m_holdsWork)
        m_session->endBackgroundWork();
}

void ChatSession::wait()
{
    m_future.waitForFinished();
}

QString ChatSession::displayName() const
{
    return NodeDirectory::isNodeModel(m_name) ? tr("%1 (node)").arg(NodeDirectory::nameOf(m_name))
                                              : m_name;
}

void ChatSession::load(const QString& modelName)
{
    if (NodeDirectory::isNodeModel(modelName))
        return loadFromNode(modelName);
    if (m_busy || !m_engine)
        return;
    m_busy = true;
    m_nodeReady = false;
    m_model.reset();
    m_name = modelName;
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    m_session->beginBackgroundWork();
    m_holdsWork = true;
    // `this` is safe in the worker: the destructor waits for it.
    m_future = QtConcurrent::run(&m_thread, [this, ws, modelName, engine = m_engine] {
        auto loaded = std::make_shared<Result<models::RegisteredModel>>(
            models::loadRegisteredModel(models::ModelStore(*ws), modelName, *engine));
        QMetaObject::invokeMethod(
            this,
            [this, loaded] {
                m_busy = false;
                m_holdsWork = false;
                m_session->endBackgroundWork();
                if (!*loaded)
                    return emit failed(loaded->error().message);
                m_model = std::make_shared<models::RegisteredModel>(std::move(*loaded).value());
                emit this->loaded(m_name, m_model->model->parameterCount());
            },
            Qt::QueuedConnection);
    });
}

// A node's model: nothing to load here; the node must list it among its models.
void ChatSession::loadFromNode(const QString& id)
{
    if (m_busy)
        return;
    m_busy = true;
    m_model.reset();
    m_nodeReady = false;
    m_name = id;
    m_future = QtConcurrent::run(&m_thread, [this, id] {
        Status status = Status::success();
        Result<node::NodeClient> client = node::NodeClient::connect(NodeDirectory::urlOf(id), 10);
        if (!client) {
            status = client.error();
        } else if (Result<QJsonObject> models = node::NodeClient::jsonOf(client->get("/v1/models"));
                   !models) {
            status = models.error();
        } else {
            bool listed = false;
            for (const QJsonValue& m : models->value(QLatin1String("data")).toArray())
                listed = listed || m.toObject().value(QLatin1String("id")).toString() ==
                                       NodeDirectory::nameOf(id);
            if (!listed)
                status =
                    makeError(ErrorCode::NotFound,
                              tr("The node no longer serves %1.").arg(NodeDirectory::nameOf(id)));
        }
        QMetaObject::invokeMethod(
            this,
            [this, status, id] {
                m_busy = false;
                if (!status)
                    return emit failed(status.error().message);
                m_nodeReady = true;
                emit loaded(id, -1);
            },
            Qt::QueuedConnection);
    });
}

void ChatSession::sendToNode(const std::vector<ml::ChatMessage>& conversation,
                             const ml::GenerationOptions& options)
{
    m_busy = true;
    m_cancel->store(false);
    QJsonArray messages;
    for (const ml::ChatMessage& m : conversation)
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    QJsonObject request{{QStringLiteral("model"), NodeDirectory::nameOf(m_name)},
                        {QStringLiteral("messages"), messages},
                        {QStringLiteral("temperature"), options.temperature},
                        {QStringLiteral("top_p"), options.topP},
                        {QStringLiteral("max_tokens"), options.maxNewTokens},
                        {QStringLiteral("seed"), double(options.seed)}};
    QString promptText;
    for (const ml::ChatMessage& m : conversation)
        promptText += m.content;
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    m_session->beginBackgroundWork();
    m_holdsWork = true;
    m_future = QtConcurrent::run(&m_thread, [this, url = NodeDirectory::urlOf(m_name),
                                             model = NodeDirectory::nameOf(m_name), request,
                                             promptText, maxTokens = options.maxNewTokens, ws,
                                             cancel = m_cancel] {
        QElapsedTimer clock;
        clock.start();
        std::optional<ledger::Receipt> receipt;
        Result<node::NodeClient::StreamedAnswer> answer = [&]()
            -> Result<node::NodeClient::StreamedAnswer> {
            Result<node::NodeClient> client = node::NodeClient::connect(url);
            if (!client)
                return client.error();
            Result<QJsonObject> info = client->nodeInfo();
            if (!info)
                return info.error();
            wallet::WalletService wallet(*ws);
            Result<wallet::Identity> payer = wallet.defaultIdentity();
            if (!payer)
                return payer.error();
            Result<crypto::SigningKey> key = wallet.signingKey(payer->id);
            if (!key)
                return key.error();
            node::PaymentClient payments(*ws, *client, *key,
                                         info->value(QLatin1String("address")).toString());
            Result<node::PaymentClient::PendingPayment> payment =
                payments.prepare(model, promptText, maxTokens, ledger::kUnitsPerOpen);
            if (!payment)
                return payment.error();
            Result<node::NodeClient::StreamedAnswer> streamed = client->streamCompletion(
                "/v1/chat/completions", request,
                [this, cancel](const QString& text) {
                    QMetaObject::invokeMethod(
                        this, [this, text] { emit delta(text); }, Qt::QueuedConnection);
                    return !cancel->load(); // hanging up cancels on the node (and is not charged)
                },
                payment->headers);
            if (streamed && !streamed->finishReason.isEmpty()) {
                Result<std::optional<ledger::Receipt>> booked =
                    payments.settle(*payment, streamed->flywheel);
                if (!booked)
                    return booked.error();
                receipt = *booked;
            }
            return streamed;
        }();
        const double seconds = clock.elapsed() / 1000.0;
        QMetaObject::invokeMethod(
            this,
            [this, answer, seconds, receipt] {
                m_busy = false;
                m_holdsWork = false;
                m_session->endBackgroundWork();
                if (!answer)
                    return emit failed(answer.error().message);
                if (receipt)
                    emit charged(receipt->fee, receipt->requestId);
                emit answered(answer->text, answer->completionTokens, seconds,
                              answer->finishReason.isEmpty());
            },
            Qt::QueuedConnection);
    });
}

void ChatSession::send(const std::vector<ml::ChatMessage>& conversation,
                       const ml::GenerationOptions& options)
{
    if (m_busy || !isLoaded())
        return;
    if (m_nodeReady)
        return sendToNode(conversation, options);
    m_busy = true;
    m_cancel->store(false);
    m_future = QtConcurrent::run(
        &m_thread, [this, model = m_model, conversation, options, cancel = m_cancel] {
            QElapsedTimer clock;
            clock.start();
            const ml::GenerationResult r = model->model->generateChat(
                conversation, options,
                [this](int, const QString& text) {
                    QMetaObject::invokeMethod(
                        this, [this, text] { emit delta(text); }, Qt::QueuedConnection);
                    return true;
                },
                cancel.get());
            const double seconds = clock.elapsed() / 1000.0;
            QMetaObject::invokeMethod(
                this,
                [this, r, seconds] {
                    m_busy = false;
                    if (r.error)
                        return emit failed(r.error->message);
                    emit answered(r.text, int(r.tokenIds.size()), seconds,
                                  r.finishReason == ml::FinishReason::Cancelled);
                },
                Qt::QueuedConnection);
        });
}

} // namespace fw::ui
