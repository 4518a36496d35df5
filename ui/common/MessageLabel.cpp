// Message line.
#include "ui/common/MessageLabel.h"

namespace fw::ui {

MessageLabel::MessageLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLabel::showMessage(const QString& text, bool error)
{
    setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace fw::ui
