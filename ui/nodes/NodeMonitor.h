// Watches one node over HTTP once a second, off the GUI thread: its status turned into rates
// (requests/s, tokens/s), its latency and queue, and its deployments.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace fw::ui {

struct NodeSample
{
    QDateTime at;
    double requestsPerSecond = 0;
    double tokensPerSecond = 0;
    double latencyP50Ms = 0;
    double firstTokenP50Ms = 0; // request received to its first token, on the node
    int queueDepth = 0;
    int running = 0;
    int residentAdapters = 0;
};

class NodeMonitor : public QObject
{
    Q_OBJECT
public:
    explicit NodeMonitor(QObject* parent = nullptr);

    // Starts watching `url` (an empty one stops); `address`, when given, must be proved.
    void watch(const QString& url, const QString& address = {});
    QString url() const { return m_url; }
    QJsonObject lastStatus() const { return m_last; }
    // Fetches the deployments now (after a deploy or undeploy).
    void refreshDeployments();

signals:
    void sampled(const fw::ui::NodeSample& sample, const QJsonObject& status);
    void deploymentsLoaded(const QJsonArray& deployments);
    void unreachable(const QString& reason);

private:
    void poll();

    QTimer m_timer;
    QString m_url;
    QString m_address;
    QJsonObject m_last;
    QDateTime m_lastAt;
    bool m_inFlight = false;
    int m_polls = 0;
    quint64 m_generation = 0; // answers for a URL no longer watched are dropped
};

} // namespace fw::ui
