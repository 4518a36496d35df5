// History table, loss-curve overlay and the resume / remove actions.
#include "ui/factory/RunHistoryPanel.h"

#include "ml/TrainingConfig.h"
#include "models/RunHistory.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/Retranslate.h"
#include "ui/factory/MetricChart.h"
#include "ui/common/StepAxis.h"
#include "ui/factory/RunHistoryModel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPen>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace fw::ui {

RunHistoryPanel::RunHistoryPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new RunHistoryModel(session, this)), m_table(new QTableView(this)),
      m_chart(new QChartView(this)), m_metrics(new MetricChart(this)), m_resume(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_message(new MessageLabel(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    // The axes live as long as the chart: removing and re-adding axes leaves stale labels drawn.
    m_x = new QValueAxis;
    m_y = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_message->showMessage({});
    retranslated(this, [this, chart] {
        m_table->setAccessibleName(tr("Training runs"));
        m_table->setToolTip(tr("Select two or more runs (Ctrl or Shift) to compare their loss curves."));
        chart->setTitle(tr("Training loss of the selected runs"));
        m_x->setTitleText(tr("Step"));
        m_y->setTitleText(tr("Loss"));
        m_chart->setAccessibleName(tr("Loss curves of the selected runs"));
        m_metrics->chart()->setTitle(tr("Accuracy and margin of the selected runs"));
        m_metrics->setAccessibleName(tr("Accuracy and margin curves of the selected runs"));
        m_resume->setText(tr("&Resume Run"));
        m_resume->setToolTip(tr("Continue the selected run from its last checkpoint."));
        m_remove->setText(tr("Remove from &History…"));
        if (m_model->rowCount() > 0)
            reload(); // statuses and series names are made from the runs
    });

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->addWidget(m_metrics);
    m_metrics->setMinimumHeight(180);
    m_metrics->setVisible(false);
    split->setSizes({200, 300, 250});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateChart();
        updateButtons();
    });
    connect(m_resume, &QPushButton::clicked, this, &RunHistoryPanel::resumeSelected);
    connect(m_remove, &QPushButton::clicked, this, &RunHistoryPanel::removeSelected);
    updateButtons();
}

void RunHistoryPanel::reload()
{
    QList<qint64> selected;
    for (int row : selectedRows())
        selected << m_model->runAt(row).id;
    const QString problem = m_model->reload();
    m_message->showMessage(problem, !problem.isEmpty());
    selectRuns(selected);
}

void RunHistoryPanel::selectRuns(const QList<qint64>& ids)
{
    QItemSelection selection;
    for (qint64 id : ids)
        if (const int row = m_model->rowOfRun(id); row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, RunHistoryModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateChart();
    updateButtons();
}

void RunHistoryPanel::setCanResume(bool can)
{
    m_canResume = can;
    updateButtons();
}

QList<int> RunHistoryPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RunHistoryPanel::updateButtons()
{
    const QList<int> rows = selectedRows();
    const bool one = rows.size() == 1;
    m_resume->setEnabled(m_canResume && one && m_model->runAt(rows.first()).canResume());
    bool removable = !rows.isEmpty();
    for (int row : rows)
        removable = removable && m_model->runAt(row).status != models::RunStatus::Running;
    m_remove->setEnabled(removable);
}

void RunHistoryPanel::updateChart()
{
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    m_lossSeries.clear();
    m_evalSeries.clear();
    m_overlaid = 0;
    QValueAxis* x = m_x;
    QValueAxis* y = m_y;
    setStepAxisRange(x, 0);
    y->setRange(0, 1);
    m_metrics->clear();
    if (!m_session->hasWorkspace() || m_session->isLocked())
        return;
    models::RunHistory history(*m_session->workspace());
    double maxStep = 1, maxLoss = 0.1;
    // Finished runs first: a cancelled, failed or running curve is drawn last, on top, not hidden.
    QList<int> rows = selectedRows();
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return int(m_model->runAt(a).status == models::RunStatus::Finished) >
               int(m_model->runAt(b).status == models::RunStatus::Finished);
    });
    for (int row : rows) {
        if (m_overlaid == kMaxOverlaid)
            break;
        const models::RunRecord& run = m_model->runAt(row);
        maxStep = std::max(maxStep, double(run.totalSteps)); // a running run's axis spans its plan
        Result<QList<models::RunPoint>> points = history.points(run.id);
        if (!points) {
            m_message->showMessage(points.error().message, true);
            continue;
        }
        auto* loss = new QLineSeries;
        auto* eval = new QLineSeries;
        loss->setName(run.plan.output);
        eval->setName(tr("%1 (eval)").arg(run.plan.output));
        QList<QPointF> lossPoints, evalPoints;
        for (const models::RunPoint& p : *points) {
            lossPoints << QPointF(p.step, p.loss);
            if (p.evalLoss >= 0 && (evalPoints.isEmpty() || evalPoints.constLast().y() != p.evalLoss))
                evalPoints << QPointF(p.step, p.evalLoss);
            maxStep = std::max(maxStep, double(p.step));
            maxLoss = std::max({maxLoss, p.loss, p.evalLoss});
        }
        overlayMetrics(run.plan.output, *points);
        loss->replace(lossPoints); // one repaint per series, not one per point
        chart->addSeries(loss);
        loss->attachAxis(x);
        loss->attachAxis(y);
        m_lossSeries.insert(run.id, loss);
        ++m_overlaid;
        // A running run may get its first eval point later: its series is there from the start.
        if (!evalPoints.isEmpty() || run.status == models::RunStatus::Running) {
            eval->replace(evalPoints);
            QPen pen = loss->pen();
            pen.setStyle(Qt::DashLine);
            eval->setPen(pen);
            chart->addSeries(eval);
            eval->attachAxis(x);
            eval->attachAxis(y);
            m_evalSeries.insert(run.id, eval);
        } else {
            delete eval;
        }
    }
    m_maxStep = maxStep;
    m_maxLoss = maxLoss;
    setStepAxisRange(x, maxStep);
    y->setRange(0, maxLoss * 1.05);
    m_metrics->setVisible(m_metrics->curveCount() > 0);
}

void RunHistoryPanel::overlayMetrics(const QString& run, const QList<models::RunPoint>& points)
{
    // The training batches' accuracy and margin only: with several runs overlaid, the held-out and
    // per-answer curves would bury them.
    static const QStringList kOverlaid{QStringLiteral("accuracy"), QStringLiteral("margin"),
                                       QStringLiteral("rewards/accuracies"), QStringLiteral("rewards/margins")};
    QMap<QString, QList<QPointF>> curves;
    for (const models::RunPoint& p : points)
        for (auto it = p.metrics.begin(); it != p.metrics.end(); ++it)
            if (kOverlaid.contains(it.key()))
                curves[it.key()] << QPointF(p.step, it.value());
    for (auto it = curves.begin(); it != curves.end(); ++it)
        m_metrics->setCurve(tr("%1 · %2").arg(run, it.key()), it.value());
}

void RunHistoryPanel::showLiveProgress(qint64 runId, const ml::TrainingProgress& p)
{
    m_model->setLiveSteps(runId, p.step, p.totalSteps);
    QLineSeries* loss = m_lossSeries.value(runId);
    if (!loss)
        return; // not selected: its row is enough
    if (loss->count() == 0 || loss->at(loss->count() - 1).x() < p.step)
        loss->append(p.step, p.loss);
    if (QLineSeries* eval = m_evalSeries.value(runId);
        eval && p.evalLoss >= 0 && (eval->count() == 0 || eval->at(eval->count() - 1).y() != p.evalLoss))
        eval->append(p.step, p.evalLoss);
    if (p.totalSteps > m_maxStep || p.step > m_maxStep) {
        m_maxStep = std::max(p.totalSteps, p.step);
        setStepAxisRange(m_x, m_maxStep);
    }
    if (std::max(p.loss, p.evalLoss) > m_maxLoss) {
        m_maxLoss = std::max(p.loss, p.evalLoss);
        m_y->setRange(0, m_maxLoss * 1.05);
    }
}

void RunHistoryPanel::resumeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_model->runAt(rows.first()).canResume())
        return;
    emit resumeRequested(m_model->runAt(rows.first()).id);
}

void RunHistoryPanel::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove from History"),
                              tr("Remove %n run(s) from the history, with their loss curves and checkpoints? "
                                 "Models they made stay in the registry.",
                                 nullptr, int(rows.size())))
        != QMessageBox::Yes)
        return;
    models::RunHistory history(*m_session->workspace());
    for (int row : rows)
        if (Status s = history.remove(m_model->runAt(row).id); !s) {
            m_message->showMessage(s.error().message, true);
            break;
        }
    reload();
}

} // namespace fw::ui
