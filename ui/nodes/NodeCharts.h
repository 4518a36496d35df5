// Live charts of a node over the last two minutes: requests/s, tokens/s, p50 latency (of whole
// answers and of first tokens), and the queue depth with the resident adapters.
#pragma once

#include "ui/nodes/NodeMonitor.h"

#include <QWidget>
#include <deque>

class QChart;
class QLineSeries;
class QValueAxis;

namespace fw::ui {

class NodeCharts : public QWidget
{
    Q_OBJECT
public:
    explicit NodeCharts(QWidget* parent = nullptr);

    void add(const NodeSample& sample);
    void clear();
    int sampleCount() const { return int(m_samples.size()); }

private:
    struct Plot
    {
        QChart* chart = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        std::vector<QLineSeries*> series;
    };
    Plot makePlot(int seriesCount);
    void redraw();

    std::deque<NodeSample> m_samples;
    Plot m_requests, m_tokens, m_latency, m_queue;
};

} // namespace fw::ui
