// Language changes reach every page the same way.
#include "ui/Page.h"

#include <QEvent>

namespace fw::ui {

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fw::ui
