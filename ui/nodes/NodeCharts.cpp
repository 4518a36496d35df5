// Four small Qt Charts, redrawn from the sample window on each new sample.
#include "ui/nodes/NodeCharts.h"

#include "ui/common/Retranslate.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace fw::ui {

namespace {
constexpr int kWindowSeconds = 120;
}

NodeCharts::NodeCharts(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_requests = makePlot(1);
    m_tokens = makePlot(1);
    m_latency = makePlot(2);
    m_queue = makePlot(2);
    int i = 0;
    for (Plot* p : {&m_requests, &m_tokens, &m_latency, &m_queue}) {
        auto* view = new QChartView(p->chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(150);
        grid->addWidget(view, i / 2, i % 2);
        ++i;
    }
    retranslated(this, [this] {
        m_requests.chart->setTitle(tr("Requests per second"));
        m_tokens.chart->setTitle(tr("Tokens per second"));
        m_latency.chart->setTitle(tr("Latency p50 (ms)"));
        m_queue.chart->setTitle(tr("Queue and resident adapters"));
        m_latency.series[0]->setName(tr("whole answer"));
        m_latency.series[1]->setName(tr("first token"));
        m_queue.series[0]->setName(tr("queued"));
        m_queue.series[1]->setName(tr("adapters"));
        for (Plot* p : {&m_requests, &m_tokens, &m_latency, &m_queue})
            p->x->setTitleText(tr("seconds ago"));
    });
    redraw();
}

NodeCharts::Plot NodeCharts::makePlot(int seriesCount)
{
    Plot p;
    p.chart = new QChart;
    p.chart->setMargins(QMargins(4, 4, 4, 4));
    p.chart->legend()->setVisible(seriesCount > 1);
    p.chart->legend()->setAlignment(Qt::AlignTop);
    p.x = new QValueAxis;
    p.y = new QValueAxis;
    p.x->setRange(-kWindowSeconds, 0);
    p.x->setTickCount(5);
    p.x->setLabelFormat(QStringLiteral("%d"));
    p.y->setLabelFormat(QStringLiteral("%.0f"));
    p.chart->addAxis(p.x, Qt::AlignBottom);
    p.chart->addAxis(p.y, Qt::AlignLeft);
    for (int i = 0; i < seriesCount; ++i) {
        auto* s = new QLineSeries;
        p.chart->addSeries(s);
        s->attachAxis(p.x);
        s->attachAxis(p.y);
        p.series.push_back(s);
    }
    return p;
}

void NodeCharts::add(const NodeSample& sample)
{
    m_samples.push_back(sample);
    while (!m_samples.empty() && m_samples.front().at.secsTo(sample.at) > kWindowSeconds)
        m_samples.pop_front();
    redraw();
}

void NodeCharts::clear()
{
    m_samples.clear();
    redraw();
}

void NodeCharts::redraw()
{
    const QDateTime now = m_samples.empty() ? QDateTime::currentDateTimeUtc() : m_samples.back().at;
    const auto fill = [&](Plot& p,
                          const std::vector<std::function<double(const NodeSample&)>>& values,
                          double atLeast = 1.0) {
        double top = atLeast;
        for (size_t k = 0; k < p.series.size(); ++k) {
            QList<QPointF> points;
            for (const NodeSample& s : m_samples) {
                const double v = values[k](s);
                points.append({-s.at.msecsTo(now) / 1000.0, v});
                top = std::max(top, v);
            }
            p.series[k]->replace(points);
        }
        // A readable scale: at least 1, rounded up to a 1-2-5 step, so an idle node is a flat
        // line at the bottom, not a line in the middle of a 0..0 axis.
        const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, top))));
        double leading = 10.0;
        for (double step : {1.0, 2.0, 5.0, 10.0})
            if (step * magnitude >= top) {
                leading = step;
                break;
            }
        const double range = leading * magnitude;
        // Ticks on round values: 0, 0.2, ... 1 / 0, 0.5, ... 2 / 0, 1, ... 5 / 0, 2, ... 10.
        const double interval = range / (leading == 2.0 ? 4.0 : 5.0);
        p.y->setRange(0, range);
        p.y->setTickType(QValueAxis::TicksDynamic);
        p.y->setTickAnchor(0);
        p.y->setTickInterval(interval);
        p.y->setLabelFormat(interval < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    };
    fill(m_requests, {[](const NodeSample& s) { return s.requestsPerSecond; }});
    fill(m_tokens, {[](const NodeSample& s) { return s.tokensPerSecond; }});
    fill(m_latency, {[](const NodeSample& s) { return s.latencyP50Ms; },
                     [](const NodeSample& s) { return s.firstTokenP50Ms; }});
    // Counts: whole-number ticks.
    fill(m_queue,
         {[](const NodeSample& s) { return double(s.queueDepth); },
          [](const NodeSample& s) { return double(s.residentAdapters); }},
         5.0);
}

} // namespace fw::ui
