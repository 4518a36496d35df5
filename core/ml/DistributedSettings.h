// Where a data-parallel run's ranks meet and what they must agree on; torch-free, so the CLI and
// the form can build and check it before the engine sees it.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fw::ml {

struct DistributedSettings
{
    int worldSize = 1; // processes training together; 1: no group at all
    int rank = 0;      // this process, 0 .. worldSize - 1; rank 0 hosts the rendezvous store
    QString masterHost = QStringLiteral("127.0.0.1");
    int masterPort = 29500; // torchrun's default
    // How long a rank waits for the others (rendezvous, and each gradient exchange) before the
    // run stops with an error naming the silent party.
    int timeoutSeconds = 60;
    // Whatever the ranks must have in common before the first step (the caller's hash of the
    // plan and of the datanet versions' Merkle roots); the engine refuses to start otherwise.
    QByteArray planFingerprint;
    // Sum each bucket of gradients while backward computes the layers below it (as PyTorch's DDP
    // does), rather than all of them in one exchange after it. Auto: on when the ranks meet over a
    // network, where the exchange mostly waits on the wire; off when they share this machine
    // (a loopback master), where the exchange is CPU work that can only take cores from the
    // backward pass (measured: flywheel-bench train --world-size 2 --local).
    enum class Overlap { Auto, On, Off };
    Overlap overlap = Overlap::Auto;
    bool overlapsExchange() const;
    bool ranksShareThisMachine() const;

    bool enabled() const { return worldSize > 1; }
    Status validate() const;
    // "HOST:PORT" (IPv4 address or name; a port from 1 to 65535) into masterHost / masterPort.
    Status setMaster(const QString& hostPort);
    QString master() const { return masterHost + QLatin1Char(':') + QString::number(masterPort); }

    Q_DECLARE_TR_FUNCTIONS(fw::ml::DistributedSettings)
};

// A TCP port on 127.0.0.1 that nothing listens on right now (the kernel's choice), for ranks that
// meet on this machine; 0 on failure.
int freeLoopbackPort();

} // namespace fw::ml
