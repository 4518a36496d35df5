#include "ml/GradientBuckets.h"

#include <torch/csrc/autograd/utils/lambda_post_hook.h>
#include <torch/csrc/autograd/variable.h>

namespace fw::ml {

GradientBuckets::GradientBuckets(DataParallelGroup& group, const std::vector<torch::Tensor>& params,
                                 int64_t bucketElements)
    : m_group(group), m_params(params), m_bucketOf(params.size(), 0)
{
    // Backward finishes the last registered parameters first (the output head, the top layer),
    // so buckets fill from the end of the list.
    Bucket current;
    int64_t elements = 0;
    for (size_t i = m_params.size(); i-- > 0;) {
        if (!current.params.empty() && elements + m_params[i].numel() > bucketElements) {
            current.buffer = torch::zeros({elements}, torch::kFloat);
            m_buckets.push_back(std::move(current));
            current = Bucket{};
            elements = 0;
        }
        m_bucketOf[i] = m_buckets.size();
        current.params.push_back(i);
        elements += m_params[i].numel();
    }
    if (!current.params.empty()) {
        current.buffer = torch::zeros({elements}, torch::kFloat);
        m_buckets.push_back(std::move(current));
    }
    for (size_t i = 0; i < m_params.size(); ++i) {
        std::shared_ptr<torch::autograd::Node> accumulator = torch::autograd::impl::grad_accumulator(m_params[i]);
        if (!accumulator)
            continue; // not a leaf that takes gradients: finish() sends its (zero) gradient
        const uintptr_t key = accumulator->add_post_hook(std::make_unique<torch::autograd::utils::LambdaPostHook>(
            [this, i](const torch::autograd::variable_list& outputs, const torch::autograd::variable_list&) {
                onGradientFinal(i);
                return outputs;
            }));
        m_hooks.emplace_back(std::move(accumulator), key);
    }
}

GradientBuckets::~GradientBuckets()
{
    for (auto& [accumulator, key] : m_hooks)
        accumulator->del_post_hook(key);
    if (m_nextToSend > 0)
        (void)m_group.waitForSums(); // no sum may outlive the buffers' owner mid-flight
}

QByteArray GradientBuckets::layout() const
{
    QByteArray out;
    for (const Bucket& b : m_buckets)
        out += QByteArray::number(qlonglong(b.buffer.numel())) + ',';
    return out;
}

void GradientBuckets::arm()
{
    m_armed = true;
    m_nextToSend = 0;
    m_sentDuringBackward = 0;
    m_failed = Status::success();
    for (Bucket& b : m_buckets)
        b.pending = int(b.params.size());
}

// Runs on the thread that called backward() (CPU autograd runs there), after the accumulator has
// added this micro-batch's gradient: with the hook armed, that gradient is final for the step.
void GradientBuckets::onGradientFinal(size_t param)
{
    if (!m_armed)
        return;
    Bucket& bucket = m_buckets[m_bucketOf[param]];
    if (--bucket.pending == 0) {
        sendReadyBuckets();
        m_sentDuringBackward = int(m_nextToSend);
    }
}

// Buckets go out in their fixed order only, so that every rank starts the same sums in the same
// order even where its backward finishes them in another.
void GradientBuckets::sendReadyBuckets()
{
    while (m_nextToSend < m_buckets.size() && m_buckets[m_nextToSend].pending <= 0)
        send(m_buckets[m_nextToSend++]);
}

void GradientBuckets::send(Bucket& bucket)
{
    torch::NoGradGuard noGrad;
    int64_t at = 0;
    for (size_t i : bucket.params) {
        torch::Tensor& p = m_params[i];
        const int64_t n = p.numel();
        if (p.grad().defined())
            bucket.buffer.narrow(0, at, n).copy_(p.grad().reshape({-1}));
        else
            bucket.buffer.narrow(0, at, n).zero_();
        at += n;
    }
    if (m_failed) // after a failed start the group is broken; finish() reports it
        m_failed = m_group.startSum(bucket.buffer);
}

Status GradientBuckets::finish()
{
    m_armed = false;
    for (Bucket& b : m_buckets)
        b.pending = 0;
    sendReadyBuckets();
    Status waited = m_group.waitForSums();
    m_nextToSend = 0;
    if (!m_failed)
        return m_failed;
    if (!waited)
        return waited;
    torch::NoGradGuard noGrad;
    for (Bucket& bucket : m_buckets) {
        int64_t at = 0;
        for (size_t i : bucket.params) {
            torch::Tensor& p = m_params[i];
            const int64_t n = p.numel();
            if (!p.grad().defined())
                p.mutable_grad() = torch::zeros_like(p);
            p.mutable_grad().copy_(bucket.buffer.narrow(0, at, n).view_as(p));
            at += n;
        }
    }
    return Status::success();
}

} // namespace fw::ml
