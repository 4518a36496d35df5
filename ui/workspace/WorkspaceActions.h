// The File menu's workspace actions: new, open, open recent, lock, change passphrase, quit.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace fw::ui {

class WorkspaceSession;

class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    WorkspaceActions(WorkspaceSession* session, QWidget* window);

    QAction* newWorkspace() const { return m_new; }
    QAction* openWorkspace() const { return m_open; }
    QMenu* recentMenu() const { return m_recent; }
    QAction* lock() const { return m_lock; }
    QAction* changePassphrase() const { return m_changePassphrase; }
    QAction* quit() const { return m_quit; }

    void retranslateUi();

private:
    void createWorkspace();
    void chooseWorkspace();
    void unlockWorkspace(const QStringList& directories);
    void fillRecentMenu();
    void updateEnabled();

    WorkspaceSession* m_session;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_open;
    QMenu* m_recent;
    QAction* m_lock;
    QAction* m_changePassphrase;
    QAction* m_quit;
};

} // namespace fw::ui
