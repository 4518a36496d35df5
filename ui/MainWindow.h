// The workbench window: navigation + pages, or the lock screen; menus and status bar.
#pragma once

#include <QMainWindow>

#include <vector>

class QListWidget;
class QStackedWidget;

namespace fw::ui {

class AppSettings;
class IdleWatcher;
class LockScreen;
class MlEngine;
class Page;
class WorkspaceActions;
class WorkspaceSession;
class WorkspaceStatusBar;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(WorkspaceSession* session, AppSettings* settings, MlEngine* engine, QWidget* parent = nullptr);

    QListWidget* navigation() const { return m_navigation; }
    const std::vector<Page*>& pages() const { return m_pages; }
    Page* currentPage() const;
    void showPage(int index);
    // The Datanets page with the datanet selected (a page asked, e.g. where labels went).
    void showDatanet(qint64 datanetId);
    void showCampaign(qint64 campaignId); // on the Feedback page, its answers generating
    bool isLockScreenShown() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    WorkspaceActions* workspaceActions() const { return m_actions; }
    WorkspaceStatusBar* statusInfo() const { return m_status; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    QAction* guideAction() const { return m_guide; } // Help > Guide and Shortcuts (F1)

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override; // asks first when a page has unfinished work

private:
    QWidget* makeWorkbench();
    void createMenus();
    void retranslateUi();
    void onLockedChanged(bool locked);

    WorkspaceSession* m_session;
    AppSettings* m_settings;
    MlEngine* m_engine;
    QStackedWidget* m_central;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    std::vector<Page*> m_pages;
    LockScreen* m_lockScreen;
    WorkspaceActions* m_actions;
    WorkspaceStatusBar* m_status;
    IdleWatcher* m_idle;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_about = nullptr;
    QAction* m_guide = nullptr;
};

} // namespace fw::ui
