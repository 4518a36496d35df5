// `train --local`: the other ranks of a data-parallel run as child processes of this one, meeting
// on a free loopback port; this process is rank 0.
#pragma once

#include "common/Result.h"
#include "ml/DistributedSettings.h"

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <vector>

class QProcess;

namespace fw::cli {

class LocalRanks
{
public:
    // Starts ranks 1 .. W-1: this program with `arguments` (the command line less the program and
    // --local) plus --rank and --master. The passphrase reaches them in their environment only
    // (never their command line, which every user of the machine can read).
    static Result<std::unique_ptr<LocalRanks>> start(const QStringList& arguments,
                                                     const ml::DistributedSettings& settings,
                                                     const QByteArray& passphrase);
    ~LocalRanks(); // stops the ranks still running

    // Waits up to timeoutMs for every rank to exit; an error naming the first that failed.
    Status finish(int timeoutMs);
    // Ends them now (rank 0 failed or was stopped: they would only wait for it).
    void stop();

private:
    LocalRanks() = default;
    std::vector<std::unique_ptr<QProcess>> m_ranks; // rank r at index r - 1
};

} // namespace fw::cli
