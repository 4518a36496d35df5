// The ranks of one data-parallel run, joined through libtorch's own distributed engine (c10d): a
// TCPStore on rank 0 for the rendezvous and small shared values, and a Gloo process group for the
// gradient all-reduce over CPU tensors. No home-made protocol: torchrun's ranks meet the same way.
#pragma once

#include "common/Result.h"
#include "ml/DistributedSettings.h"

#include <ATen/core/Tensor.h>

#include <QByteArray>
#include <QCoreApplication>

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

    // Sums `tensor` (CPU, contiguous) over the ranks in place; every rank ends with the same bytes.
    // A rank that died or stays silent past the timeout is an error, never a hang.
    Status allReduceSum(at::Tensor& tensor);
    // Rank 0's `tensor` copied into every rank's.
    Status broadcastFromRankZero(at::Tensor& tensor);
    // Every rank states `value` under `what`; an error on every rank unless all are equal, naming
    // the first rank that differs.
    Status agree(const QString& what, const QByteArray& value, const QString& whatForPeople);
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
