// Busy indicator for off-thread work.
#include "ui/common/BusyBar.h"

namespace fw::ui {

BusyBar::BusyBar(QWidget* parent) : QProgressBar(parent)
{
    setRange(0, 0); // indeterminate: Argon2id gives no progress to report
    setTextVisible(false);
    setMaximumHeight(12);
    setAccessibleName(tr("Working"));
    hide();
}

void BusyBar::setBusy(bool busy, const QList<QWidget*>& inputs)
{
    setVisible(busy);
    for (QWidget* w : inputs)
        w->setEnabled(!busy);
}

} // namespace fw::ui
