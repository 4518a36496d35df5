// Which processes use a workspace folder: every process with the workspace unlocked holds a shared
// flock() on `workspace.lock`; re-key and migrations need it exclusively. The kernel drops the lock
// of a process that dies, so a crash never leaves a stale lock, and /proc/locks names the holders.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace fw::store {

struct LockHolder
{
    qint64 pid = 0;
    QString program; // /proc/PID/comm, e.g. "flywheel-cli"
};

class WorkspaceLock
{
public:
    static constexpr const char* kFileName = "workspace.lock";

    // A shared hold. Fails with ErrorCode::Busy, naming the holder, while another process holds the
    // folder exclusively (a passphrase change, a migration).
    static Result<std::unique_ptr<WorkspaceLock>> acquireShared(const QString& dir);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;

    // Shared -> exclusive without waiting; ErrorCode::Busy names the other processes. Either way
    // the caller still holds at least the shared lock afterwards.
    Status upgrade();
    void downgrade();
    bool isExclusive() const { return m_exclusive; }

    // The processes other than this one that hold the folder's lock now.
    static QList<LockHolder> otherHolders(const QString& dir);
    // "flywheel-cli (pid 1234), flywheel (pid 99)"
    static QString describe(const QList<LockHolder>& holders);

    Q_DECLARE_TR_FUNCTIONS(fw::store::WorkspaceLock)
private:
    WorkspaceLock(QString dir, int fd) : m_dir(std::move(dir)), m_fd(fd) {}

    QString m_dir;
    int m_fd = -1;
    bool m_exclusive = false;
};

} // namespace fw::store
