// The History tab: every training run of the workspace in a table; selecting one or more overlays
// their loss curves on one chart (and the accuracies and margins of reward-model and DPO runs on a
// second); a run cut short can resume from its checkpoint, and old runs can
// be removed from the history (their models stay in the registry).
#pragma once

#include "models/RunHistory.h"

#include <QHash>
#include <QWidget>

namespace fw::ml {
struct TrainingProgress;
}

class QChartView;
class QLineSeries;
class QPushButton;
class QTableView;
class QValueAxis;

namespace fw::ui {

class MessageLabel;
class MetricChart;
class RunHistoryModel;
class WorkspaceSession;

class RunHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxOverlaid = 8;

    explicit RunHistoryPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    void reload();
    // Selects the runs with these ids (and overlays their curves).
    void selectRuns(const QList<qint64>& ids);
    // Runs may start only while the engine is ready; the page tells the panel.
    void setCanResume(bool can);

    RunHistoryModel* runs() const { return m_model; }
    QTableView* table() const { return m_table; }
    QChartView* chartView() const { return m_chart; }
    // The selected runs' accuracy and margin curves; hidden when none of them logged any.
    MetricChart* metricChart() const { return m_metrics; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* removeButton() const { return m_remove; }
    // Curves drawn now: one training-loss series per selected run (eval series not counted).
    int overlaidRuns() const { return m_overlaid; }

    void resumeSelected();
    void removeSelected();
    // The running run's step and its newest point, as they come: its row and curve grow live.
    void showLiveProgress(qint64 runId, const ml::TrainingProgress& progress);

signals:
    void resumeRequested(qint64 runId);

private:
    QList<int> selectedRows() const;
    void updateChart();
    void overlayMetrics(const QString& run, const QList<models::RunPoint>& points);
    void updateButtons();

    WorkspaceSession* m_session;
    RunHistoryModel* m_model;
    QTableView* m_table;
    QChartView* m_chart;
    MetricChart* m_metrics;
    QValueAxis* m_x;
    QValueAxis* m_y;
    double m_maxStep = 0;
    double m_maxLoss = 0;
    QHash<qint64, QLineSeries*> m_lossSeries; // selected runs' curves by run id; owned by the chart
    QHash<qint64, QLineSeries*> m_evalSeries;
    QPushButton* m_resume;
    QPushButton* m_remove;
    MessageLabel* m_message;
    bool m_canResume = false;
    int m_overlaid = 0;
};

} // namespace fw::ui
