// Two Qt Charts of stacked bars, rebuilt from the snapshot's day totals.
#include "ui/earnings/EarningsCharts.h"

#include "ui/common/Retranslate.h"
#include "ui/earnings/RoleLabels.h"

#include <QBarCategoryAxis>
#include <QSet>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <set>

namespace fw::ui {

EarningsCharts::EarningsCharts(QWidget* parent)
    : QWidget(parent), m_byRole(new QChart), m_byBreakdown(new QChart),
      m_breakdown(new QComboBox(this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_breakdown, 0, 1, Qt::AlignRight);
    int column = 0;
    for (QChart* chart : {m_byRole, m_byBreakdown}) {
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        grid->addWidget(view, 1, column++);
    }
    m_breakdown->addItem(QString());
    m_breakdown->addItem(QString());
    // Texts change with the language after the first show: the width follows them.
    m_breakdown->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    retranslated(this, [this] {
        m_byRole->setTitle(tr("Earned by role, per day (OPEN)"));
        m_breakdown->setItemText(0, tr("By datanet"));
        m_breakdown->setItemText(1, tr("By model"));
        redraw();
    });
}

void EarningsCharts::setSnapshot(const EarningsSnapshot& snapshot)
{
    m_roleTotals = snapshot.byDayRole;
    m_datanetTotals = snapshot.byDayDatanet;
    m_modelTotals = snapshot.byDayModel;
    redraw();
}

void EarningsCharts::redraw()
{
    const bool byModel = m_breakdown->currentIndex() == 1;
    m_byBreakdown->setTitle(byModel ? tr("Earned by model, per day (OPEN)")
                                    : tr("Earned as data by datanet, per day (OPEN)"));
    fill(m_byRole, m_roleTotals, [](const QString& role) { return RoleLabels::label(role); });
    fill(m_byBreakdown, byModel ? m_modelTotals : m_datanetTotals);
}

void EarningsCharts::fill(QChart* chart, const EarningsSnapshot::DayTotals& totals,
                          const std::function<QString(const QString&)>& label)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back to us
        delete axis;
    }
    std::set<QString> keys;
    for (const auto& [day, byKey] : totals)
        for (const auto& [key, amount] : byKey)
            keys.insert(key);
    auto* series = new QStackedBarSeries;
    double top = 0;
    std::map<QDate, double> dayTotals;
    for (const QString& key : keys) {
        auto* set = new QBarSet(label ? label(key) : key);
        for (const auto& [day, byKey] : totals) {
            const auto it = byKey.find(key);
            // Display only: the chart draws OPEN as doubles; every sum above stays integer.
            const double open =
                it == byKey.end() ? 0.0 : double(it->second) / double(ledger::kUnitsPerOpen);
            set->append(open);
            dayTotals[day] += open;
        }
        series->append(set);
    }
    for (const auto& [day, sum] : dayTotals)
        top = std::max(top, sum);
    // A few days read as "Nov 10". Weeks of days do not fit under narrow bars: the day of the
    // month (with the month when a day number repeats) and the whole range as the axis title.
    const bool narrow = totals.size() > 6;
    QSet<int> dayNumbers;
    bool repeats = false;
    for (const auto& [day, byKey] : totals) {
        repeats = repeats || dayNumbers.contains(day.day());
        dayNumbers.insert(day.day());
    }
    const QString format = !narrow ? QStringLiteral("MMM d") : repeats ? QStringLiteral("d/M")
                                                                       : QStringLiteral("d");
    QStringList categories;
    for (const auto& [day, byKey] : totals)
        categories << QLocale().toString(day, format);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    if (narrow) {
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        x->setLabelsFont(small);
        x->setTruncateLabels(false); // "10" fits under its bar; Qt's estimate says it does not
        x->setTitleText(QStringLiteral("%1 – %2").arg(
            QLocale().toString(totals.begin()->first, QStringLiteral("MMM d")),
            QLocale().toString(totals.rbegin()->first, QStringLiteral("MMM d"))));
    }
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1.0);
    y->setLabelFormat(QStringLiteral("%.4g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!keys.empty());
}

} // namespace fw::ui
