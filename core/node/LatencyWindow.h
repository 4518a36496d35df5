// The latencies of the last requests a node answered, for the p50 / p99 its status reports.
#pragma once

#include <mutex>
#include <vector>

namespace fw::node {

class LatencyWindow
{
public:
    explicit LatencyWindow(size_t capacity = 512) : m_samples(capacity, 0.0) {}

    void add(double milliseconds);
    // The p-quantile (0..1) of the samples held; 0 when there is none.
    double percentile(double p) const;

private:
    mutable std::mutex m_mutex;
    std::vector<double> m_samples; // guarded by m_mutex: a ring
    size_t m_next = 0;             // guarded by m_mutex
    size_t m_count = 0;            // guarded by m_mutex
};

} // namespace fw::node
