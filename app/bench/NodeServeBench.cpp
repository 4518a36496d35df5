// A node on 127.0.0.1 in this process, random deployments, streaming HTTP clients.
#include "NodeServeBench.h"

#include "crypto/Address.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "mlruntime/TorchRuntime.h"
#include "node/DeployPackage.h"
#include "node/HttpServer.h"
#include "node/NodeClient.h"
#include "node/NodeService.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <chrono>
#include <csignal>
#include <mutex>
#include <optional>
#include <thread>

namespace fw::bench {

namespace {

using Clock = std::chrono::steady_clock;

QString adapterName(int index)
{
    return QStringLiteral("bench-adapter-%1").arg(index);
}

const QString kBaseName = QStringLiteral("bench-base");

// One streamed chat completion through NodeClient, greedy, as the engine bench decodes. A chat
// stream's first event (the assistant's role) leaves the node at the first token, so the
// client's firstEventMs is the time to first token even though the random base's ids past the
// fixture tokenizer's vocabulary decode to no text.
Result<node::NodeClient::StreamedAnswer> streamCompletion(node::NodeClient& client,
                                                          const QString& model,
                                                          const QString& prompt, int maxTokens)
{
    const QJsonObject request{
        {"model", model},
        {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", prompt}}}},
        {"max_tokens", maxTokens},
        {"temperature", 0}};
    Result<node::NodeClient::StreamedAnswer> answer =
        client.streamCompletion("/v1/chat/completions", request, {});
    if (answer && (answer->completionTokens <= 0 || answer->firstEventMs < 0))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("an incomplete stream from %1").arg(model));
    return answer;
}

} // namespace

struct NodeServeBench::State
{
    ml::ServeBenchConfig config;
    QTemporaryDir dir;
    std::unique_ptr<store::Workspace> workspace;
    node::NodeOptions options;
    std::unique_ptr<node::NodeService> service;
    std::unique_ptr<node::HttpServer> server;
    std::thread serving;
    int port = 0;
    int adapters = 0;
    double adapterLoadMsP50 = 0.0;

    Result<node::NodeClient> client() const
    {
        return node::NodeClient::connect(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    Status deploy(const crypto::SigningKey& owner, node::DeployManifest m, const ModelFiles& files)
    {
        m.owner = crypto::addressFromPublicKey(owner.publicKey());
        m.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        m.release = m.createdAtMs;
        const node::DeployPackage package = node::DeployPackage::create(m, files, owner);
        Result<node::NodeClient> http = client();
        if (!http)
            return http.error();
        Result<QJsonObject> reply = node::NodeClient::jsonOf(
            http->signedPost("/flywheel/v1/deployments", package.encode(), owner));
        if (!reply)
            return reply.error();
        return Status::success();
    }

    // Deploys a random base and `count` adapters on it through the node's API.
    Status deployAll(int count)
    {
        Result<ModelFiles> base = ml::randomServingBase(config);
        if (!base)
            return base.error();
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        node::DeployManifest m;
        m.name = kBaseName;
        m.kind = node::DeployKind::Model;
        if (Status s = deploy(owner, m, *base); !s)
            return s;
        m.kind = node::DeployKind::Adapter;
        m.baseHash = node::DeployManifest::filesHash(node::DeployManifest::describe(*base));
        for (int i = 0; i < count; ++i) {
            m.name = adapterName(i);
            if (Status s = deploy(owner, m, ml::randomServingAdapter(i)); !s)
                return s;
        }
        adapters = count;
        return Status::success();
    }

    // One short request per deployment: every adapter is loaded (and timed by the node) before
    // anything is measured, as the engine bench loads them before its clock starts.
    Status warmUp()
    {
        Result<node::NodeClient> http = client();
        if (!http)
            return http.error();
        for (int i = -1; i < adapters; ++i)
            if (auto r = streamCompletion(*http, i < 0 ? kBaseName : adapterName(i),
                                          QStringLiteral("Warm up"), 1);
                !r)
                return r.error();
        Result<QJsonObject> o = node::NodeClient::jsonOf(http->get("/flywheel/v1/node"));
        if (!o)
            return o.error();
        adapterLoadMsP50 = o->value(QStringLiteral("adapter_load_ms_p50")).toDouble();
        return Status::success();
    }
};

NodeServeBench::NodeServeBench(std::unique_ptr<State> state) : d(std::move(state)) {}

NodeServeBench::~NodeServeBench()
{
    if (d->service)
        d->service->drain();
    if (d->server)
        d->server->stop();
    if (d->serving.joinable())
        d->serving.join();
}

Result<std::unique_ptr<NodeServeBench>> NodeServeBench::start(const ml::ServeBenchConfig& config,
                                                              int minAdapters, int maxBatch)
{
    std::signal(SIGPIPE, SIG_IGN); // a closed connection is an error value, not a dead bench
    // The engine is linked into flywheel-bench: the node uses it rather than loading the module.
    ml::adoptMlRuntime(ml::torchRuntime());
    auto d = std::make_unique<State>();
    d->config = config;
    if (!d->dir.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("no temporary folder"));
    store::CreateOptions create;
    create.kdf = crypto::KdfParams::interactive();
    auto workspace = store::Workspace::create(d->dir.filePath(QStringLiteral("node")),
                                              QByteArrayLiteral("bench"), create);
    if (!workspace)
        return workspace.error();
    d->workspace = std::move(workspace).value();
    const int adapters = std::max(config.adapters, minAdapters);
    d->options.port = 0; // any free port on 127.0.0.1
    d->options.threads = config.threads;
    d->options.int8Weights = config.int8;
    d->options.scheduler.maxBatch = maxBatch;
    d->options.scheduler.maxAdapters = std::max(1, adapters);
    d->options.scheduler.maxQueue = 4 * maxBatch;
    d->options.keepAnswers = false;
    Result<ml::MlRuntime*> runtime = ml::loadMlRuntime();
    if (!runtime)
        return runtime.error();
    d->service = std::make_unique<node::NodeService>(*d->workspace, **runtime, d->options);
    if (Status s = d->service->start(); !s)
        return s.error();
    d->server = std::make_unique<node::HttpServer>(*d->service, d->options);
    Result<int> port = d->server->bind();
    if (!port)
        return port.error();
    d->port = *port;
    d->serving = std::thread([server = d->server.get()] { server->serve(); });
    std::unique_ptr<NodeServeBench> bench(new NodeServeBench(std::move(d)));
    if (Status s = bench->d->deployAll(adapters); !s)
        return s.error();
    if (Status s = bench->d->warmUp(); !s)
        return s.error();
    return bench;
}

Result<ml::ServeBenchResult> NodeServeBench::run(int adapters, int clients, int requests)
{
    if (adapters > d->adapters || clients < 1 || requests < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 adapters, %2 clients, %3 requests asked of a node with "
                                        "%4 adapters deployed")
                             .arg(adapters)
                             .arg(clients)
                             .arg(requests)
                             .arg(d->adapters));
    std::mutex mutex;
    std::vector<double> ttftMs;
    int64_t tokens = 0, promptTokens = 0;
    std::optional<Error> failure;
    const auto begin = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            Result<node::NodeClient> http = d->client();
            const QString model = adapters > 0 ? adapterName(c % adapters) : kBaseName;
            for (int r = 0; r < requests && http; ++r) {
                // A short question: with the chat template about 21 prompt tokens, near the
                // engine bench's 16 (each prompt token runs the layers once, as a new one does).
                auto answer = streamCompletion(*http, model, QStringLiteral("Q%1.%2").arg(c).arg(r),
                                               d->config.maxTokens);
                std::lock_guard lock(mutex);
                if (!answer) {
                    if (!failure)
                        failure = answer.error();
                    return;
                }
                ttftMs.push_back(answer->firstEventMs);
                tokens += answer->completionTokens;
                promptTokens += answer->promptTokens;
            }
            if (!http) {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = http.error();
            }
        });
    for (std::thread& t : threads)
        t.join();
    if (failure)
        return *failure;
    const double seconds = std::chrono::duration<double>(Clock::now() - begin).count();
    ml::ServeBenchResult out;
    out.tokens = tokens;
    out.requests = int64_t(clients) * requests;
    out.promptTokens = promptTokens;
    out.tokensPerSecond = double(tokens) / seconds;
    out.ttftMsP50 = ml::percentileOf(ttftMs, 0.5);
    out.ttftMsP99 = ml::percentileOf(ttftMs, 0.99);
    out.adapterLoadMsP50 = d->adapterLoadMsP50;
    return out;
}

} // namespace fw::bench
