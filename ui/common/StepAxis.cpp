// Round tick intervals for step axes.
#include "ui/common/StepAxis.h"

#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace fw::ui {

void setStepAxisRange(QValueAxis* axis, double maxStep)
{
    maxStep = std::max(maxStep, 10.0);
    const double raw = maxStep / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double interval = 10 * power;
    for (double m : {1.0, 2.0, 5.0})
        if (m * power >= raw) {
            interval = m * power;
            break;
        }
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setRange(0, std::ceil(maxStep / interval - 1e-9) * interval);
}

} // namespace fw::ui
