// An indeterminate progress bar shown while work runs off the GUI thread.
#pragma once

#include <QProgressBar>

namespace fw::ui {

class BusyBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit BusyBar(QWidget* parent = nullptr);
    // Shows the bar and disables `inputs` while busy; the reverse when done.
    void setBusy(bool busy, const QList<QWidget*>& inputs = {});
};

} // namespace fw::ui
