// A node's API behind the HTTP layer: the OpenAI endpoints, the node's own endpoints and signed
// deploys. Thread-safe: every HTTP connection thread calls it; inference goes through the one
// scheduler thread, so no handler ever blocks on the model.
#pragma once

#include "crypto/Ed25519.h"
#include "node/DeploymentStore.h"
#include "node/HttpExchange.h"
#include "node/LatencyWindow.h"
#include "node/NodePayments.h"
#include "node/NodeOptions.h"
#include "node/SignedRequest.h"

#include <QElapsedTimer>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace fw::ml {
class MlRuntime;
}
namespace fw::store {
class Workspace;
}

namespace fw::node {

class ApiError;

class NodeService
{
public:
    NodeService(store::Workspace& workspace, ml::MlRuntime& runtime, NodeOptions options);
    ~NodeService();

    // The node's identity (the workspace's default one, created as "node" when there is none)
    // and the deployed base model, loaded into memory.
    Status start();
    QString address() const { return m_address; }
    // The key a node on `workspace` signs with: the default identity's, or a new one named "node".
    static Result<crypto::SigningKey> nodeKey(store::Workspace& workspace);

    HttpReply models();
    HttpReply chatCompletions(const HttpRequest& request) { return complete(request, true); }
    HttpReply completions(const HttpRequest& request) { return complete(request, false); }
    HttpReply nodeInfo(const HttpRequest& request);
    HttpReply deployments();
    HttpReply deploy(const HttpRequest& request);
    HttpReply undeploy(const HttpRequest& request, const QString& name);
    // Paid inference (NodePayments): channels, accounts, the receipt chain.
    HttpReply openChannel(const HttpRequest& request);
    HttpReply closeChannel(const HttpRequest& request, const QByteArray& idHex)
    {
        return m_payments.closeChannel(request, idHex, m_verifier);
    }
    HttpReply channel(const QByteArray& idHex) const { return m_payments.channel(idHex); }
    HttpReply account(const QString& address) const { return m_payments.account(address); }
    HttpReply receipts(const HttpRequest& request) { return m_payments.receipts(request); }

    // Refuses new inference (503), lets what runs finish.
    void drain();

    static HttpReply errorReply(const ApiError& error);

    Q_DECLARE_TR_FUNCTIONS(fw::node::NodeService)

private:
    HttpReply complete(const HttpRequest& request, bool chat);
    HttpReply answer(const HttpRequest& request, bool chat, const QElapsedTimer& clock);
    HttpReply deployBase(const DeployPackage& package);
    Status refreshDeployments();
    std::shared_ptr<InferenceScheduler> scheduler() const;

    store::Workspace& m_workspace;
    ml::MlRuntime& m_runtime;
    const NodeOptions m_options;
    DeploymentStore m_store;
    NodePayments m_payments; // after m_store, which it reads
    RequestVerifier m_verifier;
    QString m_address;
    std::optional<crypto::SigningKey> m_key; // the node's own, for proving its address
    QElapsedTimer m_uptime;
    std::atomic_bool m_draining{false};
    LatencyWindow m_latency;           // answered requests, first byte to last
    LatencyWindow m_firstToken;        // accepted requests, first byte to the first token
    std::atomic<qint64> m_requests{0}; // inference requests received
    std::atomic<qint64> m_failed{0};   // of those, answered with an error

    mutable std::mutex m_mutex;
    std::mutex m_deployMutex;                        // one deploy or undeploy at a time
    QMap<QString, Deployment> m_deployments;         // guarded by m_mutex: by name
    std::shared_ptr<InferenceScheduler> m_scheduler; // guarded by m_mutex: null without a base
    QString m_baseName;                              // guarded by m_mutex
};

} // namespace fw::node
