// A fixed ring of samples; percentiles sort a copy (512 doubles: microseconds per status call).
#include "node/LatencyWindow.h"

#include <algorithm>

namespace fw::node {

void LatencyWindow::add(double milliseconds)
{
    std::lock_guard lock(m_mutex);
    m_samples[m_next] = milliseconds;
    m_next = (m_next + 1) % m_samples.size();
    m_count = std::min(m_count + 1, m_samples.size());
}

double LatencyWindow::percentile(double p) const
{
    std::vector<double> held;
    {
        std::lock_guard lock(m_mutex);
        held.assign(m_samples.begin(), m_samples.begin() + std::ptrdiff_t(m_count));
    }
    if (held.empty())
        return 0.0;
    const size_t k = std::min(held.size() - 1, size_t(p * double(held.size() - 1) + 0.5));
    std::nth_element(held.begin(), held.begin() + std::ptrdiff_t(k), held.end());
    return held[k];
}

} // namespace fw::node
