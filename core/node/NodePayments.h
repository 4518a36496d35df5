// A node's paid inference: a voucher in the X-Flywheel-Voucher header before generation, and after
// it the fee for the tokens used, split between the node, the model's builder and the people whose
// records the answer came from, written with its signed receipt in one transaction. Also the
// node's money endpoints: channels, accounts and receipts.
#pragma once

#include "attribution/AttributionIndex.h"
#include "crypto/Ed25519.h"
#include "ledger/NodeLedger.h"
#include "ml/GenerationOptions.h"
#include "node/ApiError.h"
#include "node/DeploymentStore.h"
#include "node/HttpExchange.h"

#include <QCoreApplication>
#include <map>
#include <memory>
#include <mutex>
#include <atomic>
#include <variant>

namespace fw::store {
class Workspace;
}

namespace fw::node {

class RequestVerifier;

class NodePayments;

// One request's hold on its lane. Released when the charge is done (settle), or at the latest
// when the last copy goes; a later request's lease on the same lane is never released by it.
class LaneLease
{
public:
    LaneLease(NodePayments& owner, std::pair<QByteArray, quint32> lane, quint64 id)
        : m_owner(owner), m_lane(std::move(lane)), m_id(id)
    {
    }
    ~LaneLease() { release(); }
    LaneLease(const LaneLease&) = delete;
    LaneLease& operator=(const LaneLease&) = delete;
    void release() const;

private:
    NodePayments& m_owner;
    const std::pair<QByteArray, quint32> m_lane;
    const quint64 m_id;
    mutable std::atomic_bool m_released{false};
};

// What a request may spend, decided before generation.
struct PaymentGrant
{
    bool paid = false; // false: a price-0 deployment, no voucher, no receipt
    QByteArray channelId;
    quint32 lane = 0;
    ledger::Amount pricePer1k = 0;
    qint64 maxTotalTokens = 0; // prompt + answer tokens the lane's credit pays for
    // Held while the request runs: one request at a time per lane, so two requests can never
    // spend the same credit.
    std::shared_ptr<LaneLease> laneLease;
};

class NodePayments
{
public:
    static constexpr int kMaxReceiptsPerPage = 1000;

    NodePayments(store::Workspace& workspace, DeploymentStore& deployments);

    // Whether each receipt's answer and its attributed spans are kept beside it (the default), for
    // "why did I earn this"; the prompt never is.
    void setKeepAnswers(bool keep) { m_keepAnswers = keep; }

    // Loads and verifies the node's journal, channels and receipt chain.
    Status open(crypto::SigningKey nodeKey);
    QString nodeAddress() const;

    // 402 (with the reason's code) when the deployment has a price and the voucher is missing,
    // malformed, forged, replayed, expired, over the deposit or too small for one token; 409
    // when the lane already carries a request.
    std::variant<PaymentGrant, ApiError> authorize(const HttpRequest& request,
                                                   const Deployment& deployment);
    // After generation: charges the fee and returns the signed receipt (nothing for price 0).
    Result<std::optional<ledger::Receipt>> settle(const PaymentGrant& grant,
                                                  const Deployment& deployment,
                                                  const QString& requestId,
                                                  const ml::GenerationResult& result);

    // POST /flywheel/v1/channels, signed by the payer: {"channel": 32 hex, "amount": "units"}.
    HttpReply openChannel(const HttpRequest& request, RequestVerifier& verifier);
    // POST /flywheel/v1/channels/ID/close, signed by the payer: no more vouchers, the unused
    // escrow refunded to the payer. 409 while a request runs on one of its lanes.
    HttpReply closeChannel(const HttpRequest& request, const QByteArray& idHex,
                           RequestVerifier& verifier);
    // GET /flywheel/v1/channels/ID: the deposit and each lane's authorized and charged amounts.
    HttpReply channel(const QByteArray& idHex) const;
    // GET /flywheel/v1/accounts/ADDRESS: the balance the journal gives that address.
    HttpReply account(const QString& address) const;
    // GET /flywheel/v1/receipts?since=N&limit=M: the chain after position N, oldest first.
    HttpReply receipts(const HttpRequest& request) const;

    // ledger/Pricing.h, for callers that already speak to the node.
    static ledger::Amount feeFor(qint64 tokens, ledger::Amount pricePer1k);
    static qint64 tokensFor(ledger::Amount credit, ledger::Amount pricePer1k);

    Q_DECLARE_TR_FUNCTIONS(fw::node::NodePayments)

private:
    friend class LaneLease;
    std::shared_ptr<const attribution::AttributionIndex> attributionFor(const Deployment& d);
    std::shared_ptr<LaneLease> leaseLane(const QByteArray& channelId, quint32 lane);
    void releaseLane(const std::pair<QByteArray, quint32>& lane, quint64 id);

    store::Workspace& m_workspace;
    DeploymentStore& m_deployments;
    std::unique_ptr<ledger::NodeLedger> m_ledger;
    bool m_keepAnswers = true;

    std::mutex m_mutex;
    std::map<std::pair<QByteArray, quint32>, quint64> m_busyLanes; // guarded by m_mutex: lease ids
    quint64 m_nextLease = 1;                                       // guarded by m_mutex
    // By manifest hash; null when the deployment carries no index. Guarded by m_mutex.
    std::map<QString, std::shared_ptr<const attribution::AttributionIndex>> m_attribution;
};

} // namespace fw::node
