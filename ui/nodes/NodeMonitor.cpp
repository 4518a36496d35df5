// Polling with one request in flight at a time; rates from the difference of two status replies.
#include "ui/nodes/NodeMonitor.h"

#include "node/NodeClient.h"
#include "ui/common/Async.h"

namespace fw::ui {

namespace {

struct PollResult
{
    Result<QJsonObject> status = makeError(ErrorCode::Internal, QString());
    std::optional<Result<QJsonObject>> deployments;
};

} // namespace

NodeMonitor::NodeMonitor(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &NodeMonitor::poll);
}

void NodeMonitor::watch(const QString& url, const QString& address)
{
    ++m_generation;
    m_url = url;
    m_address = address;
    m_last = {};
    m_lastAt = {};
    m_polls = 0;
    m_inFlight = false;
    if (url.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    poll();
}

void NodeMonitor::refreshDeployments()
{
    m_polls = 0; // the next poll fetches them
    if (!m_inFlight)
        poll();
}

void NodeMonitor::poll()
{
    if (m_inFlight || m_url.isEmpty())
        return;
    m_inFlight = true;
    const bool withDeployments = m_polls++ % 5 == 0;
    const quint64 generation = m_generation;
    runInBackground(
        this,
        [url = m_url, address = m_address, withDeployments] {
            PollResult r;
            Result<node::NodeClient> client = node::NodeClient::connect(url, 10);
            if (!client) {
                r.status = client.error();
                return r;
            }
            r.status = client->nodeInfo(address);
            if (r.status && withDeployments)
                r.deployments = node::NodeClient::jsonOf(client->get("/flywheel/v1/deployments"));
            return r;
        },
        [this, generation](PollResult r) {
            if (generation != m_generation)
                return;
            m_inFlight = false;
            if (!r.status) {
                m_last = {};
                emit unreachable(r.status.error().message);
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            NodeSample s;
            s.at = now;
            const QJsonObject& o = *r.status;
            if (!m_last.isEmpty() && m_lastAt.isValid()) {
                const double seconds = std::max(0.001, m_lastAt.msecsTo(now) / 1000.0);
                const auto rate = [&](const char* key) {
                    return std::max(0.0, (o.value(QLatin1String(key)).toDouble() -
                                          m_last.value(QLatin1String(key)).toDouble()) /
                                             seconds);
                };
                s.requestsPerSecond = rate("completed");
                s.tokensPerSecond = rate("generated_tokens");
            }
            s.latencyP50Ms = o.value(QLatin1String("latency_ms_p50")).toDouble();
            s.firstTokenP50Ms = o.value(QLatin1String("first_token_ms_p50")).toDouble();
            s.queueDepth = o.value(QLatin1String("queue_depth")).toInt();
            s.running = o.value(QLatin1String("running")).toInt();
            s.residentAdapters = o.value(QLatin1String("adapters_resident")).toInt();
            m_last = o;
            m_lastAt = now;
            emit sampled(s, o);
            if (r.deployments && *r.deployments)
                emit deploymentsLoaded((*r.deployments)->value(QLatin1String("data")).toArray());
        });
}

} // namespace fw::ui
