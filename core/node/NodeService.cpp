// The node's endpoints: parse, resolve the deployment, submit to the scheduler, answer.
#include "node/NodeService.h"

#include "attribution/AttributionBundle.h"
#include "crypto/Address.h"
#include "mlruntime/MlRuntime.h"
#include "node/ApiError.h"
#include "node/CompletionResponse.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace fw::node {

namespace {

constexpr const char* kNodeVersion = "1";
constexpr int kPollMs = 1000;

HttpReply json(const QJsonObject& o, int status = 200)
{
    return {status, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact), {}};
}

QString randomId(const char* prefix)
{
    QByteArray bytes(12, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QLatin1String(prefix) + QString::fromLatin1(bytes.toHex());
}

QJsonObject deploymentJson(const Deployment& d)
{
    const DeployManifest& m = d.manifest;
    QJsonArray lineage;
    for (const LineageRoot& r : m.lineage)
        lineage.append(
            QJsonObject{{QStringLiteral("datanet"), r.datanet},
                        {QStringLiteral("root"), QString::fromLatin1(r.merkleRoot.toHex())},
                        {QStringLiteral("records"), double(r.records)}});
    return {
        {QStringLiteral("name"), m.name},
        {QStringLiteral("kind"), deployKindName(m.kind)},
        {QStringLiteral("owner"), m.owner},
        {QStringLiteral("release"), double(m.release)},
        {QStringLiteral("manifest_hash"), d.manifestHash},
        {QStringLiteral("base_hash"), QString::fromLatin1(m.baseHash.toHex())},
        {QStringLiteral("price_per_1k"), QString::number(m.pricePer1k)},
        {QStringLiteral("price_per_1k_open"), ledger::formatOpen(m.pricePer1k)},
        {QStringLiteral("split"), QJsonObject{{QStringLiteral("node_bps"), m.split.nodeBps},
                                              {QStringLiteral("builder_bps"), m.split.builderBps},
                                              {QStringLiteral("data_bps"), m.split.dataBps}}},
        {QStringLiteral("lineage"), lineage},
        {QStringLiteral("deployed_at"), d.deployedAt.toString(Qt::ISODateWithMs)}};
}

// A package's files without what the engine does not read (the attribution index).
ModelFiles engineFiles(ModelFiles files)
{
    files.remove(QLatin1String(attribution::AttributionBundle::kPackageFileName));
    return files;
}

// The "flywheel" field of a paid answer: its receipt and fee.
QJsonObject flywheelField(const ledger::Receipt& receipt)
{
    return {{QStringLiteral("receipt"), QJsonDocument::fromJson(receipt.toJson()).object()},
            {QStringLiteral("fee"), QString::number(receipt.fee)},
            {QStringLiteral("fee_open"), ledger::formatOpen(receipt.fee)}};
}

// Waits for the ticket's next event, giving up after `timeoutS` without one.
std::optional<InferenceTicket::Event> nextEvent(InferenceTicket& ticket, int timeoutS)
{
    InferenceTicket::Event event;
    for (int waited = 0; waited < timeoutS * 1000; waited += kPollMs)
        if (ticket.next(event, kPollMs))
            return event;
    return std::nullopt;
}

} // namespace

NodeService::NodeService(store::Workspace& workspace, ml::MlRuntime& runtime, NodeOptions options)
    : m_workspace(workspace), m_runtime(runtime), m_options(std::move(options)), m_store(workspace),
      m_payments(workspace, m_store)
{
    m_payments.setKeepAnswers(m_options.keepAnswers);
    m_uptime.start();
}

NodeService::~NodeService()
{
    drain();
}

HttpReply NodeService::errorReply(const ApiError& error)
{
    return {error.status, "application/json", error.json(), {}};
}

Result<crypto::SigningKey> NodeService::nodeKey(store::Workspace& workspace)
{
    wallet::WalletService wallet(workspace);
    Result<wallet::Identity> identity = wallet.defaultIdentity();
    if (!identity && identity.error().code == ErrorCode::NotFound)
        identity = wallet.createIdentity(QStringLiteral("node"));
    if (!identity)
        return identity.error();
    return wallet.signingKey(identity->id);
}

Status NodeService::start()
{
    Result<crypto::SigningKey> key = nodeKey(m_workspace);
    if (!key)
        return key.error();
    m_address = crypto::addressFromPublicKey(key->publicKey());
    m_key.emplace(std::move(key).value());
    Result<crypto::SigningKey> ledgerKey = nodeKey(m_workspace);
    if (!ledgerKey)
        return ledgerKey.error();
    if (Status s = m_payments.open(std::move(ledgerKey).value()); !s)
        return makeError(s.error().code,
                         tr("The node's ledger does not open: %1").arg(s.error().message));
    m_runtime.setThreadLayout(ml::Workload::Serving, m_options.threads);
    if (Status s = refreshDeployments(); !s)
        return s;
    std::lock_guard lock(m_mutex);
    for (const Deployment& d : m_deployments)
        if (d.manifest.kind == DeployKind::Model) {
            Result<DeployPackage> package = m_store.load(d.manifest.name);
            if (!package)
                return package.error();
            Result<std::unique_ptr<ml::ServingEngine>> engine =
                m_runtime.loadServingEngine(engineFiles(package->files), m_options.allowCuda);
            if (!engine)
                return makeError(engine.error().code,
                                 tr("The deployed base model \"%1\" does not load: %2")
                                     .arg(d.manifest.name, engine.error().message));
            if (m_options.int8Weights)
                if (Status s = (*engine)->setInt8Weights(true); !s)
                    return makeError(s.error().code, tr("--int8: the deployed base model \"%1\" cannot be served "
                                                        "as int8: %2")
                                                         .arg(d.manifest.name, s.error().message));
            m_scheduler = std::make_shared<InferenceScheduler>(std::move(engine).value(),
                                                               m_options.scheduler);
            m_baseName = d.manifest.name;
        }
    return Status::success();
}

Status NodeService::refreshDeployments()
{
    Result<QList<Deployment>> list = m_store.list();
    if (!list)
        return list.error();
    std::lock_guard lock(m_mutex);
    m_deployments.clear();
    for (const Deployment& d : *list)
        m_deployments.insert(d.manifest.name, d);
    return Status::success();
}

std::shared_ptr<InferenceScheduler> NodeService::scheduler() const
{
    std::lock_guard lock(m_mutex);
    return m_scheduler;
}

void NodeService::drain()
{
    m_draining.store(true);
    if (std::shared_ptr<InferenceScheduler> s = scheduler())
        s->drain();
}

HttpReply NodeService::models()
{
    QJsonArray data;
    std::lock_guard lock(m_mutex);
    for (const Deployment& d : m_deployments)
        data.append(
            QJsonObject{{QStringLiteral("id"), d.manifest.name},
                        {QStringLiteral("object"), QStringLiteral("model")},
                        {QStringLiteral("created"), double(d.deployedAt.toSecsSinceEpoch())},
                        {QStringLiteral("owned_by"), d.manifest.owner}});
    return json(
        {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
}

HttpReply NodeService::complete(const HttpRequest& request, bool chat)
{
    QElapsedTimer clock;
    clock.start();
    ++m_requests;
    HttpReply reply = answer(request, chat, clock);
    if (reply.status != 200)
        ++m_failed;
    else if (!reply.stream)
        m_latency.add(double(clock.nsecsElapsed()) / 1e6);
    return reply;
}

HttpReply NodeService::answer(const HttpRequest& request, bool chat, const QElapsedTimer& clock)
{
    if (m_draining.load())
        return errorReply({503, QStringLiteral("server_error"), QStringLiteral("draining"),
                           tr("The node is shutting down and takes no new requests.")});
    std::variant<CompletionRequest, ApiError> parsed =
        parseCompletionRequest(request.body, chat, m_options.limits);
    if (const auto* error = std::get_if<ApiError>(&parsed))
        return errorReply(*error);
    const CompletionRequest& r = std::get<CompletionRequest>(parsed);
    InferenceTask task;
    std::shared_ptr<InferenceScheduler> engine;
    Deployment deployment;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_deployments.constFind(r.model);
        if (it == m_deployments.constEnd())
            return errorReply(ApiError::notFound(
                tr("The model \"%1\" is not deployed on this node.").arg(r.model),
                QStringLiteral("model_not_found")));
        const auto base = m_deployments.constFind(m_baseName);
        if (!m_scheduler || base == m_deployments.constEnd() ||
            (it->manifest.kind == DeployKind::Adapter &&
             it->manifest.baseHash != base->manifest.baseHash))
            return errorReply(
                {409, QStringLiteral("conflict_error"), QStringLiteral("base_not_loaded"),
                 tr("\"%1\" needs a base model this node does not hold in memory.").arg(r.model)});
        engine = m_scheduler;
        deployment = *it;
        if (it->manifest.kind == DeployKind::Adapter) {
            task.adapterKey = it->manifestHash;
            task.adapterFiles = [this, name = r.model]() -> Result<ModelFiles> {
                Result<DeployPackage> package = m_store.load(name);
                if (!package)
                    return package.error();
                return engineFiles(package->files);
            };
        }
    }
    // Paid deployments: the voucher is checked (and its lane held) before any work starts.
    std::variant<PaymentGrant, ApiError> authorized = m_payments.authorize(request, deployment);
    if (const auto* error = std::get_if<ApiError>(&authorized))
        return errorReply(*error);
    const PaymentGrant grant = std::get<PaymentGrant>(std::move(authorized));
    task.maxTotalTokens = grant.maxTotalTokens;
    task.chat = chat;
    task.messages = r.messages;
    task.prompt = r.prompt;
    task.options = r.options;
    Result<std::shared_ptr<InferenceTicket>> submitted = engine->submit(std::move(task));
    if (!submitted) {
        if (submitted.error().code == ErrorCode::Cancelled)
            return errorReply({503, QStringLiteral("server_error"), QStringLiteral("draining"),
                               submitted.error().message});
        return errorReply(ApiError::fromError(submitted.error()));
    }
    std::shared_ptr<InferenceTicket> ticket = *submitted;
    // The first event says whether the request was accepted (a prompt too long for the context
    // is found only when it is tokenized): errors still get their status, not a broken stream.
    std::optional<InferenceTicket::Event> first = nextEvent(*ticket, m_options.requestTimeoutS);
    if (!first) {
        ticket->cancel();
        return errorReply({504, QStringLiteral("server_error"), QStringLiteral("timeout"),
                           tr("No answer within %1 seconds.").arg(m_options.requestTimeoutS)});
    }
    if (first->final && first->final->error) {
        if (ticket->overBudget())
            return errorReply({402, QStringLiteral("payment_error"),
                               QStringLiteral("insufficient_credit"),
                               first->final->error->message});
        return errorReply(ApiError::fromError(*first->final->error));
    }
    m_firstToken.add(double(clock.nsecsElapsed()) / 1e6); // queue, prefill, the first token
    const CompletionResponse response(chat, randomId(chat ? "chatcmpl-" : "cmpl-"), r.model,
                                      QDateTime::currentSecsSinceEpoch());
    if (!r.stream) {
        std::optional<InferenceTicket::Event> event = first;
        while (!event->final) {
            event = nextEvent(*ticket, m_options.requestTimeoutS);
            if (!event) {
                ticket->cancel();
                return errorReply(
                    {504, QStringLiteral("server_error"), QStringLiteral("timeout"),
                     tr("No answer within %1 seconds.").arg(m_options.requestTimeoutS)});
            }
        }
        if (event->final->error)
            return errorReply(ApiError::fromError(*event->final->error));
        const ml::GenerationResult& result = *event->final;
        Result<std::optional<ledger::Receipt>> receipt =
            m_payments.settle(grant, deployment, response.id(), result);
        if (!receipt)
            return errorReply({500, QStringLiteral("server_error"), QStringLiteral("charge_failed"),
                               tr("The answer was generated but could not be charged, so it is "
                                  "not sent: %1")
                                   .arg(receipt.error().message)});
        return {200,
                "application/json",
                response.complete(result.text, result.finishReason,
                                  {result.promptTokens, int(result.tokenIds.size())},
                                  *receipt ? flywheelField(**receipt) : QJsonObject()),
                {}};
    }
    HttpReply reply;
    reply.contentType = "text/event-stream";
    reply.stream = [this, clock, ticket, response, first = *first, usage = r.streamUsage,
                    timeoutS = m_options.requestTimeoutS, grant,
                    deployment](const BodyWriter& write) {
        // A write that fails means the client went away: cancel so the batch slot frees at once.
        const auto send = [&](const QByteArray& bytes) {
            if (bytes.isEmpty() || write(bytes))
                return true;
            ticket->cancel();
            return false;
        };
        if (!send(response.firstChunk()))
            return;
        std::optional<InferenceTicket::Event> event = first;
        for (;;) {
            if (!event->delta.isEmpty() && !send(response.deltaChunk(event->delta)))
                return;
            if (event->final)
                break;
            InferenceTicket::Event next;
            int waited = 0;
            while (!ticket->next(next, kPollMs)) {
                // A comment line keeps proxies from timing out and finds a vanished client.
                if (!send(QByteArrayLiteral(": waiting\n\n")) ||
                    (waited += kPollMs) > timeoutS * 1000) {
                    ticket->cancel();
                    return;
                }
            }
            event = std::move(next);
        }
        const ml::GenerationResult& result = *event->final;
        if (result.error) {
            send(CompletionResponse::event(ApiError::fromError(*result.error).json()));
        } else {
            if (!send(response.finalChunk(result.finishReason)))
                return;
            if (usage &&
                !send(response.usageChunk({result.promptTokens, int(result.tokenIds.size())})))
                return;
            // Charged even when the client leaves now: it received the whole answer.
            Result<std::optional<ledger::Receipt>> receipt =
                m_payments.settle(grant, deployment, response.id(), result);
            if (!receipt)
                send(CompletionResponse::event(
                    ApiError{500, QStringLiteral("server_error"), QStringLiteral("charge_failed"),
                             tr("The answer could not be charged: %1")
                                 .arg(receipt.error().message)}
                        .json()));
            else if (*receipt && !send(response.flywheelChunk(flywheelField(**receipt))))
                return;
        }
        if (send(CompletionResponse::doneEvent()) && !result.error)
            m_latency.add(double(clock.nsecsElapsed()) / 1e6);
    };
    return reply;
}

HttpReply NodeService::openChannel(const HttpRequest& request)
{
    return m_payments.openChannel(request, m_verifier);
}

HttpReply NodeService::nodeInfo(const HttpRequest& request)
{
    QJsonObject o{{QStringLiteral("version"), QLatin1String(kNodeVersion)},
                  {QStringLiteral("address"), m_address},
                  {QStringLiteral("uptime_s"), double(m_uptime.elapsed() / 1000)},
                  {QStringLiteral("draining"), m_draining.load()},
                  {QStringLiteral("weights"), m_options.int8Weights ? QStringLiteral("int8") : QStringLiteral("f32")}};
    QJsonArray models, adapters;
    std::shared_ptr<InferenceScheduler> engine;
    {
        std::lock_guard lock(m_mutex);
        for (const Deployment& d : m_deployments)
            (d.manifest.kind == DeployKind::Model ? models : adapters).append(d.manifest.name);
        o.insert(QStringLiteral("base"),
                 m_baseName.isEmpty() ? QJsonValue::Null : QJsonValue(m_baseName));
        engine = m_scheduler;
    }
    o.insert(QStringLiteral("models"), models);
    o.insert(QStringLiteral("adapters"), adapters);
    const SchedulerStats stats = engine ? engine->stats() : SchedulerStats{};
    o.insert(QStringLiteral("adapters_resident"), stats.residentAdapters);
    o.insert(QStringLiteral("queue_depth"), stats.queued);
    o.insert(QStringLiteral("running"), stats.running);
    o.insert(QStringLiteral("completed"), double(stats.completed));
    o.insert(QStringLiteral("generated_tokens"), double(stats.generatedTokens));
    o.insert(QStringLiteral("adapter_loads"), double(stats.adapterLoads));
    o.insert(QStringLiteral("adapter_load_ms_p50"), stats.adapterLoadMsP50);
    o.insert(QStringLiteral("requests"), double(m_requests.load()));
    o.insert(QStringLiteral("failed"), double(m_failed.load()));
    o.insert(QStringLiteral("latency_ms_p50"), m_latency.percentile(0.5));
    o.insert(QStringLiteral("latency_ms_p99"), m_latency.percentile(0.99));
    o.insert(QStringLiteral("first_token_ms_p50"), m_firstToken.percentile(0.5));
    o.insert(QStringLiteral("first_token_ms_p99"), m_firstToken.percentile(0.99));
    // Proof of the address: the node signs the caller's challenge with the address's key.
    const QByteArray challenge = QByteArray::fromHex(request.query.value("challenge"));
    if (!challenge.isEmpty() && challenge.size() <= 64 && m_key)
        o.insert(QStringLiteral("challenge_signature"),
                 QString::fromLatin1(m_key->sign(nodeChallengeMessage(challenge)).toHex()));
    return json(o);
}

HttpReply NodeService::deployments()
{
    QJsonArray list;
    std::lock_guard lock(m_mutex);
    for (const Deployment& d : m_deployments) {
        QJsonObject o = deploymentJson(d);
        o.insert(QStringLiteral("loaded"), d.manifest.kind == DeployKind::Model
                                               ? d.manifest.name == m_baseName
                                               : !m_baseName.isEmpty());
        list.append(o);
    }
    return json(
        {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), list}});
}

HttpReply NodeService::deploy(const HttpRequest& request)
{
    Result<QString> signer = m_verifier.verify(request.header, request.method, request.path,
                                               request.body, QDateTime::currentMSecsSinceEpoch());
    if (!signer)
        return errorReply(ApiError::fromError(signer.error()));
    Result<DeployPackage> package = DeployPackage::open(request.body);
    if (!package)
        return errorReply(ApiError::fromError(package.error()));
    if (package->manifest.owner != *signer)
        return errorReply({403, QStringLiteral("permission_error"), QStringLiteral("not_owner"),
                           tr("The request is signed by %1 but the package belongs to %2.")
                               .arg(*signer, package->manifest.owner)});
    std::lock_guard deployLock(m_deployMutex);
    if (package->manifest.kind == DeployKind::Model)
        return deployBase(*package);
    {
        std::lock_guard lock(m_mutex);
        const auto base = m_deployments.constFind(m_baseName);
        if (base == m_deployments.constEnd() ||
            base->manifest.baseHash != package->manifest.baseHash)
            return errorReply(
                {409, QStringLiteral("conflict_error"), QStringLiteral("base_not_deployed"),
                 tr("The adapter's base model (%1) is not deployed on this node; deploy it first.")
                     .arg(QString::fromLatin1(package->manifest.baseHash.toHex().left(16)))});
    }
    Result<Deployment> stored = m_store.put(*package);
    if (!stored)
        return errorReply(ApiError::fromError(stored.error()));
    if (Status s = refreshDeployments(); !s)
        return errorReply(ApiError::fromError(s.error()));
    return json(deploymentJson(*stored), 201);
}

// A base model: loaded before it is stored, so a package that does not load is never kept; a
// node holds one base (replaced by a higher release of the same name).
HttpReply NodeService::deployBase(const DeployPackage& package)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_baseName.isEmpty() && m_baseName != package.manifest.name)
            return errorReply({409, QStringLiteral("conflict_error"), QStringLiteral("base_exists"),
                               tr("This node hosts the base model \"%1\"; undeploy it first (a "
                                  "node serves one base "
                                  "model and many adapters).")
                                   .arg(m_baseName)});
    }
    Result<std::unique_ptr<ml::ServingEngine>> engine =
        m_runtime.loadServingEngine(engineFiles(package.files), m_options.allowCuda);
    if (!engine)
        return errorReply(
            ApiError::badRequest(tr("The model does not load: %1").arg(engine.error().message),
                                 QStringLiteral("invalid_model")));
    if (m_options.int8Weights)
        if (Status s = (*engine)->setInt8Weights(true); !s)
            return errorReply(ApiError::badRequest(
                tr("This node serves int8 weights (--int8), and the model cannot be: %1").arg(s.error().message),
                QStringLiteral("invalid_model")));
    Result<Deployment> stored = m_store.put(package);
    if (!stored)
        return errorReply(ApiError::fromError(stored.error()));
    auto next =
        std::make_shared<InferenceScheduler>(std::move(engine).value(), m_options.scheduler);
    std::shared_ptr<InferenceScheduler> previous;
    {
        std::lock_guard lock(m_mutex);
        previous = std::exchange(m_scheduler, next);
        m_baseName = package.manifest.name;
    }
    if (previous)
        previous->drain(); // requests already running on the old release finish there
    if (Status s = refreshDeployments(); !s)
        return errorReply(ApiError::fromError(s.error()));
    return json(deploymentJson(*stored), 201);
}

HttpReply NodeService::undeploy(const HttpRequest& request, const QString& name)
{
    Result<QString> signer = m_verifier.verify(request.header, request.method, request.path,
                                               request.body, QDateTime::currentMSecsSinceEpoch());
    if (!signer)
        return errorReply(ApiError::fromError(signer.error()));
    std::lock_guard deployLock(m_deployMutex);
    std::shared_ptr<InferenceScheduler> retired;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_deployments.constFind(name);
        if (it == m_deployments.constEnd())
            return errorReply(ApiError::notFound(tr("No deployment is named \"%1\".").arg(name)));
        if (it->manifest.owner != *signer)
            return errorReply(
                {403, QStringLiteral("permission_error"), QStringLiteral("not_owner"),
                 tr("Only the owner (%1) can undeploy \"%2\".").arg(it->manifest.owner, name)});
        if (it->manifest.kind == DeployKind::Model)
            for (const Deployment& d : m_deployments)
                if (d.manifest.kind == DeployKind::Adapter &&
                    d.manifest.baseHash == it->manifest.baseHash)
                    return errorReply(
                        {409, QStringLiteral("conflict_error"), QStringLiteral("base_in_use"),
                         tr("The adapter \"%1\" runs on \"%2\"; undeploy the adapters first.")
                             .arg(d.manifest.name, name)});
    }
    if (Status s = m_store.remove(name); !s)
        return errorReply(ApiError::fromError(s.error()));
    {
        std::lock_guard lock(m_mutex);
        if (name == m_baseName) {
            retired = std::exchange(m_scheduler, nullptr);
            m_baseName.clear();
        }
    }
    if (retired)
        retired->drain();
    if (Status s = refreshDeployments(); !s)
        return errorReply(ApiError::fromError(s.error()));
    return json({{QStringLiteral("deleted"), true}, {QStringLiteral("name"), name}});
}

} // namespace fw::node
