// Watching a run: live loss and eval-loss chart, progress with elapsed time and ETA, tokens/s,
// the learning rate, and a log. The page feeds it a job's signals; it never blocks the GUI thread.
#pragma once

#include "ml/TrainingConfig.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QProgressBar;
class QValueAxis;

namespace fw::ui {

class TrainingMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingMonitor(QWidget* parent = nullptr);

    void startRun(const QString& title, int totalSteps);
    void showProgress(const ml::TrainingProgress& progress);
    void log(const QString& line);
    void finishRun(const QString& summary);

    QLineSeries* lossSeries() const { return m_loss; }
    QLineSeries* evalSeries() const { return m_eval; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* logView() const { return m_log; }
    QChartView* chartView() const { return m_chart; }

private:
    QLabel* m_title;
    QProgressBar* m_progress;
    QLabel* m_status;
    QChartView* m_chart;
    QLineSeries* m_loss;
    QLineSeries* m_eval;
    QValueAxis* m_xAxis;
    QValueAxis* m_yAxis;
    QPlainTextEdit* m_log;
    double m_maxLoss = 0;
    int m_lastLoggedStep = 0;
};

} // namespace fw::ui
