// A loss for people: four decimals while that shows something, significant digits below.
#pragma once

#include <QString>

namespace fw::ui {

// 2.3456, 0.0123, 3.21e-05 ("0.0000" said the model had learnt everything); in the current locale.
QString lossText(double loss);

} // namespace fw::ui
