// A chart's step axis with round ticks from zero ("0 100 200 … 500"), also when the chart is empty.
#pragma once

class QValueAxis;

namespace fw::ui {

// About five ticks at 1, 2 or 5 times a power of ten, the range rounded up to the last tick; at
// least 0..10, so an empty chart never labels its axis "0 0 0 0 1".
void setStepAxisRange(QValueAxis* axis, double maxStep);

} // namespace fw::ui
