// Help > Guide: the flywheel in five steps, where each happens in the workbench, and the keys.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace fw::ui {

class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The guide as rich text, in the current language.
    static QString guideText();

private:
    QTextBrowser* m_browser;
};

} // namespace fw::ui
