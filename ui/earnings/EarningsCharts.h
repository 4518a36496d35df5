// Earnings over time as stacked bars per day: by role, and by datanet or by model (a switch).
#pragma once

#include "ui/earnings/EarningsSnapshot.h"

#include <QWidget>
#include <functional>

class QChart;
class QComboBox;

namespace fw::ui {

class EarningsCharts : public QWidget
{
    Q_OBJECT
public:
    explicit EarningsCharts(QWidget* parent = nullptr);

    void setSnapshot(const EarningsSnapshot& snapshot);
    QComboBox* breakdown() const { return m_breakdown; } // by datanet / by model
    QChart* roleChart() const { return m_byRole; }
    QChart* breakdownChart() const { return m_byBreakdown; }

private:
    void redraw();
    // `label` names a key in the legend (the roles' display names); none: the key itself.
    static void fill(QChart* chart, const EarningsSnapshot::DayTotals& totals,
                     const std::function<QString(const QString&)>& label = {});

    QChart* m_byRole;
    QChart* m_byBreakdown;
    QComboBox* m_breakdown;
    EarningsSnapshot::DayTotals m_roleTotals, m_datanetTotals, m_modelTotals;
};

} // namespace fw::ui
