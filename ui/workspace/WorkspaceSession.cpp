// Workspace ownership and locking for the GUI.
#include "ui/workspace/WorkspaceSession.h"

#include "store/RecentWorkspaces.h"
#include "ui/common/Async.h"

#include <QSettings>

namespace fw::ui {

WorkspaceSession::WorkspaceSession(const crypto::KdfParams& kdf, QObject* parent)
    : QObject(parent), m_kdf(kdf)
{
}

WorkspaceSession::~WorkspaceSession() = default;

crypto::KdfParams WorkspaceSession::withFreshSalt(crypto::KdfParams kdf)
{
    kdf.salt = crypto::randomBytes(int(kdf.salt.size()));
    return kdf;
}

QString WorkspaceSession::name() const
{
    return m_workspace ? m_workspace->name() : QString();
}

void WorkspaceSession::setWorkspace(std::unique_ptr<store::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    if (m_workspace) {
        QSettings settings;
        store::RecentWorkspaces(settings).add(m_workspace->directory());
    }
    m_locked = !m_workspace || m_workspace->isLocked();
    m_focusedDatanet.clear(); // names belong to the workspace they came from
    emit workspaceChanged();
    emit lockedChanged(m_locked);
}

void WorkspaceSession::setFocusedDatanet(const QString& name)
{
    if (name == m_focusedDatanet)
        return;
    m_focusedDatanet = name;
    emit focusedDatanetChanged(name);
}

void WorkspaceSession::lock()
{
    if (!m_workspace || m_locked || m_busy)
        return;
    if (!m_lockPending)
        emit aboutToLock();
    if (m_backgroundJobs > 0) {
        m_lockPending = true;
        return;
    }
    m_lockPending = false;
    m_workspace->lock();
    m_locked = true;
    emit lockedChanged(true);
}

void WorkspaceSession::endBackgroundWork()
{
    if (m_backgroundJobs > 0)
        --m_backgroundJobs;
    // The pending lock runs from the event loop, never inside the caller: the last job may end in
    // a destructor (a page going away with its window), and lockedChanged must not reach widgets
    // that are half destroyed.
    if (m_backgroundJobs == 0 && m_lockPending)
        QMetaObject::invokeMethod(this, &WorkspaceSession::lock, Qt::QueuedConnection);
}

void WorkspaceSession::unlock(const QByteArray& passphrase)
{
    if (!m_workspace || m_busy || !m_locked)
        return;
    m_busy = true;
    std::shared_ptr<store::Workspace> ws = m_workspace;
    runInBackground(
        this, [ws, passphrase] { return ws->unlock(passphrase); },
        [this, ws](Status status) {
            m_busy = false;
            emit unlockFinished(status);
            if (status && ws == m_workspace) {
                m_locked = false;
                emit lockedChanged(false);
            }
        });
}

} // namespace fw::ui
