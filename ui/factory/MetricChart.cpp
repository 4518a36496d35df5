// MetricChart: curves made on demand, both axes widened as points arrive.
#include "ui/factory/MetricChart.h"

#include <QChart>
#include <QFont>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace fw::ui {

MetricChart::MetricChart(QWidget* parent)
    : QChartView(parent), m_x(new QValueAxis), m_y(new QValueAxis)
{
    auto* chart = new QChart;
    // On the right, one name per line: at the bottom, eight DPO metric names were cut to "rewa...".
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setLabelFormat(QStringLiteral("%.2f"));
    // The axes live as long as the chart: removing and re-adding axes leaves stale labels drawn.
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    clear();
}

bool MetricChart::charted(const QString& metric, bool withEval)
{
    static const QStringList kHeadline{
        QStringLiteral("accuracy"),           QStringLiteral("margin"),
        QStringLiteral("rewards/accuracies"), QStringLiteral("rewards/margins"),
        QStringLiteral("rewards/chosen"),     QStringLiteral("rewards/rejected")};
    // Held out: the verdicts (accuracy, margin) only; six curves keep the legend readable.
    static const QStringList kHeldOut{QStringLiteral("accuracy"), QStringLiteral("margin"),
                                      QStringLiteral("rewards/accuracies"), QStringLiteral("rewards/margins")};
    const QString eval = QStringLiteral("eval/");
    if (metric.startsWith(eval))
        return withEval && kHeldOut.contains(metric.mid(eval.size()));
    return kHeadline.contains(metric);
}

void MetricChart::clear()
{
    chart()->removeAllSeries();
    m_curves.clear();
    m_low = 0.0;
    m_high = 1.0;
    m_x->setRange(0, 1);
    m_y->setRange(m_low, m_high);
}

void MetricChart::setMaxStep(int steps)
{
    m_x->setRange(0, std::max(1, steps));
}

QLineSeries* MetricChart::ensureCurve(const QString& name)
{
    if (QLineSeries* existing = m_curves.value(name))
        return existing;
    auto* series = new QLineSeries;
    series->setName(name);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_curves.insert(name, series);
    return series;
}

void MetricChart::widen(double value)
{
    // Accuracies live in [0, 1]; margins and rewards may go either way and grow.
    if (value >= m_low && value <= m_high)
        return;
    m_low = std::min(m_low, value);
    m_high = std::max(m_high, value);
    const double pad = (m_high - m_low) * 0.05;
    m_y->setRange(m_low - (m_low < 0 ? pad : 0.0), m_high + pad);
}

void MetricChart::append(const QString& name, int step, double value, bool onlyChanges)
{
    QLineSeries* series = ensureCurve(name);
    if (onlyChanges && series->count() > 0 && series->at(series->count() - 1).y() == value)
        return;
    series->append(step, value);
    widen(value);
    if (step > m_x->max())
        m_x->setMax(step);
}

void MetricChart::setCurve(const QString& name, const QList<QPointF>& points, bool dashed)
{
    QLineSeries* series = ensureCurve(name);
    if (dashed) {
        QPen pen = series->pen();
        pen.setStyle(Qt::DashLine);
        series->setPen(pen);
    }
    series->replace(points);
    for (const QPointF& p : points) {
        widen(p.y());
        if (p.x() > m_x->max())
            m_x->setMax(p.x());
    }
}

} // namespace fw::ui
