// Status bar contents: workspace name, locked or unlocked, and the compute device.
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace fw::ui {

class MlEngine;
class WorkspaceSession;

class WorkspaceStatusBar : public QObject
{
    Q_OBJECT
public:
    WorkspaceStatusBar(WorkspaceSession* session, MlEngine* engine, QStatusBar* bar);

    QString workspaceText() const;
    QString lockText() const;
    QString deviceText() const;
    void retranslateUi();

private:
    WorkspaceSession* m_session;
    MlEngine* m_engine;
    QLabel* m_workspace;
    QLabel* m_lock;
    QLabel* m_device;
};

} // namespace fw::ui
