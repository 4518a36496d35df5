// The gradient all-reduce of a data-parallel step, overlapped with the backward pass as PyTorch's
// DistributedDataParallel does it: the trained parameters are grouped into buckets of about
// `bucketElements` in the reverse of their order (the order in which backward finishes them).
// During the step's last backward, as soon as every gradient of a bucket is final, the bucket is
// copied into its own buffer and summed over the ranks on Gloo's thread while this thread goes
// on with the layers below. What backward never reached (a rank whose shard had no loss tokens,
// a parameter the loss does not use) is summed after it, in the same bucket order on every rank.
#pragma once

#include "common/Result.h"
#include "ml/DataParallelGroup.h"

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace fw::ml {

class GradientBuckets
{
public:
    // DDP's default is 25 MiB; these models are small, so buckets of 4 MiB of F32 give a handful
    // per step and the first one starts early in the backward pass.
    static constexpr int64_t kDefaultBucketElements = int64_t(1) << 20;

    // `params`: the trained leaves (CPU), in the order the model registers them. Hooks on their
    // gradient accumulators stay until this object is destroyed.
    GradientBuckets(DataParallelGroup& group, const std::vector<torch::Tensor>& params,
                    int64_t bucketElements = kDefaultBucketElements);
    ~GradientBuckets();
    GradientBuckets(const GradientBuckets&) = delete;
    GradientBuckets& operator=(const GradientBuckets&) = delete;

    // The next backward pass is the step's last: its finished gradients are final and may be
    // sent. Earlier micro-batches' backward passes send nothing.
    void arm();
    // Starts the buckets backward did not finish, waits for every sum and writes the sums back
    // into the parameters' gradients. An error when a rank was lost.
    Status finish();

    int bucketCount() const { return int(m_buckets.size()); }
    // Element count of every bucket, in sending order: the ranks check that theirs agree.
    QByteArray layout() const;
    // Buckets the last step sent while backward was still running (the rest went after it).
    int sentDuringBackward() const { return m_sentDuringBackward; }

private:
    struct Bucket
    {
        std::vector<size_t> params; // indices into m_params
        torch::Tensor buffer;       // (elements) F32: the gradients, then their sum
        int pending = 0;            // parameters whose gradient is not final yet this step
    };
    void onGradientFinal(size_t param);
    void sendReadyBuckets();
    void send(Bucket& bucket);

    DataParallelGroup& m_group;
    std::vector<torch::Tensor> m_params;
    std::vector<size_t> m_bucketOf; // by parameter
    std::vector<Bucket> m_buckets;  // in sending order
    // The gradient accumulators hold the hooks; keeping them alive keeps the hooks in the graph.
    std::vector<std::pair<std::shared_ptr<torch::autograd::Node>, uintptr_t>> m_hooks;
    bool m_armed = false;
    size_t m_nextToSend = 0;
    int m_sentDuringBackward = 0;
    Status m_failed = Status::success(); // the first failed start, reported by finish()
};

} // namespace fw::ml
