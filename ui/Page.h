// A navigation page of the main window: a widget that knows its title and icon.
#pragma once

#include <QIcon>
#include <QWidget>

namespace fw::ui {

class AppSettings;
class WorkspaceSession;

// What every page may use; pages reach the core only through these.
struct PageContext
{
    WorkspaceSession* session = nullptr;
    AppSettings* settings = nullptr;
};

class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // translated; shown in the navigation list
    virtual QIcon icon() const = 0;

protected:
    void changeEvent(QEvent* event) override;
    // Sets every user-visible string; called at construction and on language change.
    virtual void retranslateUi() = 0;
};

} // namespace fw::ui
