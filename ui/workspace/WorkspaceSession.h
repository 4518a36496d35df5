// The open workspace of a window: who owns it, whether it is locked, and the off-thread unlock.
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QObject>

#include <memory>

namespace fw::ui {

class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    // `kdf` is what new passphrases are hashed with (moderate in production, interactive in tests).
    explicit WorkspaceSession(const crypto::KdfParams& kdf, QObject* parent = nullptr);
    ~WorkspaceSession() override;

    bool hasWorkspace() const { return m_workspace != nullptr; }
    // Tracked on the GUI thread: the workspace itself changes state on a worker during unlock,
    // and widgets must see the change together with lockedChanged, not before it.
    bool isLocked() const { return m_locked; }
    bool isBusy() const { return m_busy; }
    QString name() const;
    // Shared so that work running on the thread pool keeps it alive.
    std::shared_ptr<store::Workspace> workspace() const { return m_workspace; }
    wallet::WalletService wallet() const { return wallet::WalletService(*m_workspace); }
    // The injected limits with a new random salt: a salt is never reused across passphrases.
    crypto::KdfParams freshKdf() const { return withFreshSalt(m_kdf); }
    static crypto::KdfParams withFreshSalt(crypto::KdfParams kdf);

    // Takes ownership, remembers it among the recent workspaces, tells the pages.
    void setWorkspace(std::unique_ptr<store::Workspace> workspace);
    // Deferred while background work holds the database (see beginBackgroundWork); it then
    // happens as soon as the last such job ends. aboutToLock comes first, so work held in memory
    // (a label kept back for undo) is written as a background job the lock waits for.
    void lock();
    // A job on a worker thread (an import, a freeze) uses the open database: locking would close
    // it under the job, so lock() waits for endBackgroundWork().
    void beginBackgroundWork() { ++m_backgroundJobs; }
    void endBackgroundWork();
    bool hasBackgroundWork() const { return m_backgroundJobs > 0; }
    // Runs Argon2id off the GUI thread; answers with unlockFinished.
    void unlock(const QByteArray& passphrase);
    // The datanet the user last chose on the Datanets page (its name): other pages suggest it.
    QString focusedDatanet() const { return m_focusedDatanet; }
    void setFocusedDatanet(const QString& name);

signals:
    void workspaceChanged();
    void aboutToLock();
    void lockedChanged(bool locked);
    void unlockFinished(const fw::Status& status);
    void focusedDatanetChanged(const QString& name);

private:
    crypto::KdfParams m_kdf;
    std::shared_ptr<store::Workspace> m_workspace;
    bool m_busy = false;
    bool m_locked = true;
    int m_backgroundJobs = 0;
    bool m_lockPending = false;
    QString m_focusedDatanet;
};

} // namespace fw::ui
