// A chart of named metric curves that appear as a run logs them (a reward model's accuracy and
// margin, DPO's rewards/...): one line per name, the y axis following values of either sign.
// The training monitor draws a live run on it, the History tab several runs at once.
#pragma once

#include <QChartView>
#include <QMap>

class QLineSeries;
class QValueAxis;

namespace fw::ui {

class MetricChart : public QChartView
{
    Q_OBJECT
public:
    explicit MetricChart(QWidget* parent = nullptr);

    // The metrics worth a curve: the reward model's and DPO's headline numbers, on the training
    // batches and (with `withEval`) the held-out split. Log-probabilities are left to the log: they
    // are tens of times larger and would flatten every other curve.
    static bool charted(const QString& metric, bool withEval = true);

    void clear();
    // Adds the step's value to the curve called `curve` (made on first use). Held-out values repeat
    // between evaluations; with `onlyChanges` a point is added only when the value moved.
    void append(const QString& curve, int step, double value, bool onlyChanges = false);
    // A whole curve at once (one repaint); `dashed` for held-out curves.
    void setCurve(const QString& curve, const QList<QPointF>& points, bool dashed = false);
    void setMaxStep(int steps);

    int curveCount() const { return int(m_curves.size()); }
    QLineSeries* curve(const QString& name) const { return m_curves.value(name); }
    QStringList curveNames() const { return m_curves.keys(); }

private:
    QLineSeries* ensureCurve(const QString& name);
    void widen(double value);

    QMap<QString, QLineSeries*> m_curves;
    QValueAxis* m_x;
    QValueAxis* m_y;
    double m_low = 0.0;
    double m_high = 1.0;
};

} // namespace fw::ui
