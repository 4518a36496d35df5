// Atomic writes with POSIX fsync and rename.
#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fw {

namespace {
Error ioError(const QString& what, const QString& path, int err)
{
    return makeError(ErrorCode::Io, QCoreApplication::translate("fw", "%1 %2: %3")
                                        .arg(what, path, QString::fromLocal8Bit(std::strerror(err))));
}
} // namespace

Status syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return ioError(QCoreApplication::translate("fw", "Cannot open"), path, errno);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return ioError(QCoreApplication::translate("fw", "Cannot flush"), path, err);
    return {};
}

Status syncDirectory(const QString& dir)
{
    return syncFile(dir);
}

Status writeFileAtomically(const QString& path, const QByteArray& contents)
{
    const QString tmp = path + QStringLiteral(".tmp");
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(QCoreApplication::translate("fw", "Cannot create"), tmp, errno);
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno ? errno : ENOSPC;
            ::close(fd);
            ::unlink(tmpName.constData());
            return ioError(QCoreApplication::translate("fw", "Cannot write"), tmp, err);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpName.constData());
        return ioError(QCoreApplication::translate("fw", "Cannot flush"), tmp, err);
    }
    ::close(fd);
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        return ioError(QCoreApplication::translate("fw", "Cannot replace"), path, err);
    }
    return syncDirectory(QFileInfo(path).absolutePath());
}

} // namespace fw
