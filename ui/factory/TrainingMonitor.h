// Watching a run: live chart of the training loss, eval loss and learning rate (and, for reward
// models and DPO, of their accuracies and margins), progress with elapsed time and ETA, tokens/s,
// the learning rate, and a log. The page feeds it a job's signals; it never blocks the GUI thread.
#pragma once

#include "ml/TrainingConfig.h"
#include "models/RunHistory.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QProgressBar;
class QValueAxis;

namespace fw::ui {

class MetricChart;

class TrainingMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingMonitor(QWidget* parent = nullptr);

    void startRun(const QString& title, int totalSteps);
    void showProgress(const ml::TrainingProgress& progress);
    // A resumed run: its curve up to the checkpoint it continues from.
    void showEarlierPoints(const QList<models::RunPoint>& points, int upToStep);
    void log(const QString& line);
    void finishRun(const QString& summary);

    QLineSeries* lossSeries() const { return m_loss; }
    QLineSeries* evalSeries() const { return m_eval; }
    QLineSeries* learningRateSeries() const { return m_lr; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* logView() const { return m_log; }
    QChartView* chartView() const { return m_chart; }
    // Shown once the run logs metrics besides its loss (reward models, DPO).
    MetricChart* metricChart() const { return m_metrics; }

private:
    QLabel* m_title;
    QProgressBar* m_progress;
    QLabel* m_status;
    QChartView* m_chart;
    QLineSeries* m_loss;
    QLineSeries* m_eval;
    QLineSeries* m_lr;
    QValueAxis* m_xAxis;
    QValueAxis* m_yAxis;
    QValueAxis* m_lrAxis;
    MetricChart* m_metrics;
    QPlainTextEdit* m_log;
    double m_maxLoss = 0;
    double m_maxLr = 0;
    int m_lastLoggedStep = 0;
};

} // namespace fw::ui
