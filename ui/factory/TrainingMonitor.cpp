// Monitor layout and updates; the chart's axes follow the run.
#include "ui/factory/TrainingMonitor.h"

#include "ui/common/StepAxis.h"

#include "ui/common/Retranslate.h"
#include "ui/factory/MetricChart.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTime>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace fw::ui {

namespace {
QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

TrainingMonitor::TrainingMonitor(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_chart(new QChartView(this)), m_loss(new QLineSeries), m_eval(new QLineSeries), m_lr(new QLineSeries),
      m_xAxis(new QValueAxis), m_yAxis(new QValueAxis), m_lrAxis(new QValueAxis), m_metrics(new MetricChart(this)),
      m_log(new QPlainTextEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setWordWrap(true);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    QPen lrPen(Qt::gray);
    lrPen.setStyle(Qt::DotLine);
    m_lr->setPen(lrPen);
    chart->addSeries(m_loss);
    chart->addSeries(m_eval);
    chart->addSeries(m_lr);
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    // The learning rate is orders of magnitude below the loss: it gets an axis of its own.
    m_lrAxis->setLabelFormat(QStringLiteral("%.1e"));
    chart->addAxis(m_lrAxis, Qt::AlignRight);
    for (QLineSeries* s : {m_loss, m_eval}) {
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
    }
    m_lr->attachAxis(m_xAxis);
    m_lr->attachAxis(m_lrAxis);
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 3);
    m_metrics->setMinimumHeight(200);
    layout->addWidget(m_metrics, 3);
    layout->addWidget(m_log, 1);
    startRun(QString(), 1);
    m_progress->setValue(0);
    retranslated(this, [this, chart] {
        if (m_loss->count() == 0 && m_status->text().isEmpty())
            m_title->setText(tr("No run yet"));
        m_progress->setAccessibleName(tr("Training progress"));
        chart->setTitle(tr("Loss"));
        m_loss->setName(tr("Training loss"));
        m_eval->setName(tr("Eval loss"));
        m_lr->setName(tr("Learning rate"));
        m_xAxis->setTitleText(tr("Step"));
        m_chart->setAccessibleName(tr("Loss chart"));
        m_metrics->chart()->setTitle(tr("Preference metrics"));
        m_metrics->setAccessibleName(tr("Accuracy and margin chart"));
        m_log->setAccessibleName(tr("Training log"));
    });
}

void TrainingMonitor::startRun(const QString& title, int totalSteps)
{
    m_title->setText(title);
    m_progress->setRange(0, totalSteps);
    m_progress->setValue(0);
    m_status->clear();
    m_loss->clear();
    m_eval->clear();
    m_lr->clear();
    m_maxLoss = 0;
    m_maxLr = 0;
    m_lrAxis->setRange(0, 1e-3);
    m_lastLoggedStep = 0;
    setStepAxisRange(m_xAxis, totalSteps);
    m_yAxis->setRange(0, 1);
    m_metrics->clear();
    m_metrics->setMaxStep(totalSteps);
    m_metrics->setVisible(false); // SFT logs only its loss
}

void TrainingMonitor::showProgress(const ml::TrainingProgress& p)
{
    m_progress->setRange(0, p.totalSteps);
    m_progress->setValue(p.step);
    m_loss->append(p.step, p.loss);
    if (p.evalLoss >= 0 && (m_eval->count() == 0 || m_eval->at(m_eval->count() - 1).y() != p.evalLoss))
        m_eval->append(p.step, p.evalLoss);
    m_lr->append(p.step, p.learningRate);
    m_maxLoss = std::max(m_maxLoss, std::max(p.loss, p.evalLoss));
    m_yAxis->setRange(0, m_maxLoss * 1.05);
    if (p.learningRate > m_maxLr) {
        m_maxLr = p.learningRate;
        m_lrAxis->setRange(0, m_maxLr * 1.05);
    }
    const QLocale l;
    QString text = tr("Step %1 of %2 · loss %3 · learning rate %4 · %5 tokens/s · elapsed %6")
                       .arg(l.toString(p.step), l.toString(p.totalSteps), l.toString(p.loss, 'f', 4),
                            l.toString(p.learningRate, 'e', 2), l.toString(qint64(p.tokensPerSecond)),
                            clock(p.elapsedMs));
    if (p.etaMs >= 0)
        text += tr(" · about %1 left").arg(clock(p.etaMs));
    // Several machines: each one's own pace shows which one holds the others back.
    if (!p.rankTokensPerSecond.empty()) {
        QStringList ranks;
        for (double r : p.rankTokensPerSecond)
            ranks << l.toString(qint64(r));
        text += tr(" · machines %1 tokens/s · gradient exchange %2 %")
                    .arg(ranks.join(QStringLiteral(" / ")), l.toString(qint64(std::lround(p.exchangeShare * 100.0))));
    }
    for (auto it = p.metrics.begin(); it != p.metrics.end(); ++it)
        if (MetricChart::charted(it.key())) {
            m_metrics->setVisible(true);
            m_metrics->append(it.key(), p.step, it.value(), it.key().startsWith(QLatin1String("eval/")));
            text += QStringLiteral(" · %1 %2").arg(it.key(), l.toString(it.value(), 'f', 3));
        }
    m_status->setText(text);
    // The log keeps about 20 lines a run, not one per step.
    if (p.step == p.totalSteps || p.step - m_lastLoggedStep >= std::max(1, p.totalSteps / 20)) {
        m_lastLoggedStep = p.step;
        log(text);
    }
}

void TrainingMonitor::showEarlierPoints(const QList<models::RunPoint>& points, int upToStep)
{
    QList<QPointF> loss, eval, lr;
    for (const models::RunPoint& p : points) {
        if (p.step > upToStep)
            break;
        loss << QPointF(p.step, p.loss);
        lr << QPointF(p.step, p.learningRate);
        if (p.evalLoss >= 0 && (eval.isEmpty() || eval.constLast().y() != p.evalLoss))
            eval << QPointF(p.step, p.evalLoss);
        m_maxLoss = std::max({m_maxLoss, p.loss, p.evalLoss});
        m_maxLr = std::max(m_maxLr, p.learningRate);
    }
    m_loss->replace(loss);
    m_eval->replace(eval);
    m_lr->replace(lr);
    QMap<QString, QList<QPointF>> metrics;
    for (const models::RunPoint& p : points) {
        if (p.step > upToStep)
            break;
        for (auto it = p.metrics.begin(); it != p.metrics.end(); ++it) {
            QList<QPointF>& curve = metrics[it.key()];
            // Held-out values repeat until the next evaluation: one point per evaluation.
            if (!it.key().startsWith(QLatin1String("eval/")) || curve.isEmpty() || curve.constLast().y() != it.value())
                curve << QPointF(p.step, it.value());
        }
    }
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        if (MetricChart::charted(it.key())) {
            m_metrics->setCurve(it.key(), it.value());
            m_metrics->setVisible(true);
        }
    m_progress->setValue(std::min(upToStep, m_progress->maximum()));
    m_yAxis->setRange(0, std::max(1e-3, m_maxLoss * 1.05));
    m_lrAxis->setRange(0, std::max(1e-9, m_maxLr * 1.05));
}

void TrainingMonitor::log(const QString& line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void TrainingMonitor::finishRun(const QString& summary)
{
    m_status->setText(summary);
    log(summary);
}

} // namespace fw::ui
