// One-byte OFD locks on workspace.lock; independent of the flock() that WorkspaceLock takes.
#include "store/JobClaim.h"

#include "store/WorkspaceLock.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fw::store {

namespace {

int openLockFile(const QString& dir)
{
    const QByteArray path =
        QFile::encodeName(QDir(dir).filePath(QString::fromLatin1(WorkspaceLock::kFileName)));
    return ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}

struct flock byteAt(qint64 jobId, short type)
{
    struct flock range;
    std::memset(&range, 0, sizeof range);
    range.l_type = type;
    range.l_whence = SEEK_SET;
    range.l_start = off_t(jobId);
    range.l_len = 1;
    return range; // l_pid must be 0 for OFD locks
}

} // namespace

Result<std::unique_ptr<JobClaim>> JobClaim::take(const QString& workspaceDir, qint64 jobId)
{
    const int fd = openLockFile(workspaceDir);
    if (fd < 0)
        return makeError(
            ErrorCode::Io,
            tr("Cannot open the workspace lock: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    std::unique_ptr<JobClaim> claim(new JobClaim(fd));
    struct flock range = byteAt(jobId, F_WRLCK);
    if (::fcntl(fd, F_OFD_SETLK, &range) != 0)
        return makeError(ErrorCode::Busy,
                         tr("Job %1 is being worked on by another process.").arg(jobId));
    return claim;
}

bool JobClaim::isHeld(const QString& workspaceDir, qint64 jobId)
{
    const int fd = openLockFile(workspaceDir);
    if (fd < 0)
        return false;
    struct flock range = byteAt(jobId, F_WRLCK);
    const bool held = ::fcntl(fd, F_OFD_GETLK, &range) == 0 && range.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

JobClaim::~JobClaim()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace fw::store
