// The message line under a page or panel: hidden while empty, red for errors, selectable so a
// path or an id in it can be copied.
#pragma once

#include <QLabel>

namespace fw::ui {

class MessageLabel : public QLabel
{
    Q_OBJECT
public:
    explicit MessageLabel(QWidget* parent = nullptr);

    // An empty text hides the line.
    void showMessage(const QString& text, bool error = false);
};

} // namespace fw::ui
