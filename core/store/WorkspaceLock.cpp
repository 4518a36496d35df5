// flock()-based shared/exclusive hold on a workspace folder, and the holders from /proc/locks.
#include "store/WorkspaceLock.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fw::store {

namespace {

bool tryFlock(int fd, int operation)
{
    int rc;
    do {
        rc = ::flock(fd, operation | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
}

QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromUtf8(comm.readAll()).trimmed();
}

} // namespace

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquireShared(const QString& dir)
{
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(QString::fromLatin1(kFileName)));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io, tr("Cannot open the workspace lock %1: %2")
                                            .arg(QString::fromLocal8Bit(path),
                                                 QString::fromLocal8Bit(strerror(errno))));
    std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock(dir, fd));
    if (!tryFlock(fd, LOCK_SH))
        return makeError(
            ErrorCode::Busy,
            tr("Another process is changing this workspace (a passphrase change or an upgrade): "
               "%1. Try again once it has finished.")
                .arg(describe(otherHolders(dir))));
    return lock;
}

WorkspaceLock::~WorkspaceLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

Status WorkspaceLock::upgrade()
{
    if (m_exclusive)
        return {};
    if (tryFlock(m_fd, LOCK_EX)) {
        m_exclusive = true;
        return {};
    }
    // Linux drops the shared lock when a conversion fails: take it back. Nobody can hold the folder
    // exclusively meanwhile, since the process that refused us holds it shared.
    const QList<LockHolder> others = otherHolders(m_dir);
    while (!tryFlock(m_fd, LOCK_SH) && errno == EWOULDBLOCK)
        ::usleep(1000);
    return makeError(ErrorCode::Busy,
                     tr("This workspace is open in another process: %1. Close it there and try "
                        "again.")
                         .arg(describe(others)));
}

void WorkspaceLock::downgrade()
{
    if (m_exclusive && tryFlock(m_fd, LOCK_SH))
        m_exclusive = false;
}

QList<LockHolder> WorkspaceLock::otherHolders(const QString& dir)
{
    QList<LockHolder> holders;
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(QDir(dir).filePath(QString::fromLatin1(kFileName))).constData(),
               &st) != 0)
        return holders;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return holders;
    // "1: FLOCK  ADVISORY  READ 9711 fe:00:10953589 0 EOF"; a waiting request has a "->" in front.
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino));
    const qint64 self = ::getpid();
    // /proc files report a size of 0, so QFile::atEnd() is true from the start: read it whole.
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6 || f.contains("->") || f[1] != "FLOCK" || !f[5].endsWith(inode))
            continue;
        const qint64 pid = f[4].toLongLong();
        if (pid <= 0 || pid == self)
            continue;
        if (std::none_of(holders.begin(), holders.end(),
                         [pid](const LockHolder& h) { return h.pid == pid; }))
            holders.append({pid, programOf(pid)});
    }
    return holders;
}

QString WorkspaceLock::describe(const QList<LockHolder>& holders)
{
    if (holders.isEmpty()) // /proc/locks names none but us: another session inside this program
        return tr("another session of this program (pid %1)").arg(::getpid());
    QStringList parts;
    for (const LockHolder& h : holders)
        parts << tr("%1 (pid %2)").arg(h.program).arg(h.pid);
    return parts.join(QStringLiteral(", "));
}

} // namespace fw::store
