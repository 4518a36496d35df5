#include "ml/DistributedSettings.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fw::ml {

Status DistributedSettings::validate() const
{
    if (worldSize < 1 || worldSize > 256)
        return makeError(ErrorCode::InvalidArgument, tr("The world size must be between 1 and 256 (got %1).").arg(worldSize));
    if (rank < 0 || rank >= worldSize)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The rank must be between 0 and %1 for a world of %2 (got %3).")
                             .arg(worldSize - 1)
                             .arg(worldSize)
                             .arg(rank));
    if (enabled() && (masterHost.isEmpty() || masterPort < 1 || masterPort > 65535))
        return makeError(ErrorCode::InvalidArgument, tr("The master address needs a host and a port from 1 to 65535."));
    if (timeoutSeconds < 1 || timeoutSeconds > 24 * 3600)
        return makeError(ErrorCode::InvalidArgument, tr("The timeout must be between 1 s and one day (got %1 s).").arg(timeoutSeconds));
    return Status::success();
}

bool DistributedSettings::ranksShareThisMachine() const
{
    return masterHost == QLatin1String("127.0.0.1") || masterHost == QLatin1String("localhost");
}

bool DistributedSettings::overlapsExchange() const
{
    return overlap == Overlap::On || (overlap == Overlap::Auto && !ranksShareThisMachine());
}

Status DistributedSettings::setMaster(const QString& hostPort)
{
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || port < 1 || port > 65535)
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not HOST:PORT (for example 192.168.1.20:29500).").arg(hostPort));
    masterHost = hostPort.left(colon);
    masterPort = port;
    return Status::success();
}

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace fw::ml
