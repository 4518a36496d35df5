// The ranks of one data-parallel run, joined through libtorch's own distributed engine (c10d): a
// TCPStore on rank 0 for the rendezvous and small shared values, and a Gloo process group for the
// gradient all-reduce over CPU tensors. No home-made protocol: torchrun's ranks meet the same way.
#pragma once

#include "common/Result.h"
#include "ml/DistributedSettings.h"

#include <ATen/core/Tensor.h>

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace fw::ml {

class DataParallelGroup
{
public:
    // Rank 0 listens on the master's port, every other rank connects to it; returns once all
    // settings.worldSize ranks are there, or an error after settings.timeoutSeconds.
    static Result<std::unique_ptr<DataParallelGroup>> join(const DistributedSettings& settings);
    ~DataParallelGroup();

    int rank() const { return m_settings.rank; }
    int worldSize() const { return m_settings.worldSize; }
    const DistributedSettings& settings() const { return m_settings; }

    // Sums `tensor` (CPU, contiguous) over the ranks in place; every rank ends with the same bytes.
    // A rank that died or stays silent past the timeout is an error, never a hang.
    Status allReduceSum(at::Tensor& tensor);
    // The same sum started on Gloo's own thread; returns at once, so that the caller can go on
    // computing (the backward pass) while it runs. `tensor` must stay untouched until
    // waitForSums(). Every rank must start its sums in the same order and with the same sizes.
    Status startSum(at::Tensor& tensor);
    // Waits for every sum started since the last call; an error, as allReduceSum's, when a rank
    // was lost. Forgets the sums either way.
    Status waitForSums();
    // Rank 0's `tensor` copied into every rank's.
    Status broadcastFromRankZero(at::Tensor& tensor);
    // Every rank states `value` under `what`; an error on every rank unless all are equal, naming
    // the first rank that differs.
    Status agree(const QString& what, const QByteArray& value, const QString& whatForPeople);
    // After a step at which rank 0 asked the group to pause: rank 0 publishes `goOn` (its user
    // resumed, or stopped) and every other rank waits for it for as long as the pause lasts, not
    // for the timeout, checking five times a second that rank 0 is still there. `stopWaiting` (optional,
    // the rank's own cancel) ends the wait with false.
    Result<bool> afterPause(int step, bool goOn, const std::function<bool()>& stopWaiting = {});
    // Rank 0's `value` on every rank (the others' argument is ignored): a checkpoint to resume from.
    Result<QByteArray> fromRankZero(const QString& key, const QByteArray& value);

    Q_DECLARE_TR_FUNCTIONS(fw::ml::DataParallelGroup)
private:
    struct Impl;
    DataParallelGroup(const DistributedSettings& settings, std::unique_ptr<Impl> impl);
    Error lostPeers(const char* what) const;

    DistributedSettings m_settings;
    std::unique_ptr<Impl> d;
};

} // namespace fw::ml
