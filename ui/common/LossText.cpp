// Loss formatting shared by the monitor, the history and the model registry.
#include "ui/common/LossText.h"

#include <QLocale>
#include <cmath>

namespace fw::ui {

QString lossText(double loss)
{
    const QLocale l;
    return std::abs(loss) >= 0.01 || loss == 0.0 ? l.toString(loss, 'f', 4)
                                                 : l.toString(loss, 'g', 3);
}

} // namespace fw::ui
