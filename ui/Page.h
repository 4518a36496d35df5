// A navigation page of the main window: a widget that knows its title and icon.
#pragma once

#include <QIcon>
#include <QWidget>

namespace fw::ui {

class AppSettings;
class MlEngine;
class NodeDirectory;
class WorkspaceSession;

// What every page may use; pages reach the core only through these.
struct PageContext
{
    WorkspaceSession* session = nullptr;
    AppSettings* settings = nullptr;
    MlEngine* engine = nullptr; // loads in the background; pages that train or generate wait for it
    NodeDirectory* nodes =
        nullptr; // the local node, for pages that talk to it (may be null in tests)
};

class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // translated; shown in the navigation list
    virtual QIcon icon() const = 0;
    // Work that quitting would lose ("A training run is in progress."), empty when there is none;
    // the main window asks before closing over it.
    virtual QString unfinishedWork() const { return {}; }

signals:
    // Asks the main window to show a datanet on the Datanets page (where labels went, say).
    void datanetRequested(qint64 datanetId);
    // Asks the main window to show a feedback campaign on the Feedback page and start its answers.
    void campaignRequested(qint64 campaignId);

protected:
    void changeEvent(QEvent* event) override;
    // Sets every user-visible string; called at construction and on language change.
    virtual void retranslateUi() = 0;
};

} // namespace fw::ui
