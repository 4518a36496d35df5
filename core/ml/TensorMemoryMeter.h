// Counts the bytes of CPU tensor storage alive and their peak while a meter is installed, by
// wrapping torch's CPU allocator: what a benchmark needs to compare the memory of two training
// steps (allocator caches and BLAS scratch buffers are not tensors and are not counted).
#pragma once

#include <atomic>
#include <c10/core/Allocator.h>
#include <cstdint>

namespace fw::ml {

class TensorMemoryMeter
{
public:
    // The process's meter, installed as the CPU allocator on first use and kept for the rest of
    // the process: a tensor made through it may be freed at any later time, even at exit.
    static TensorMemoryMeter& installed();

    int64_t current() const { return m_current.load(); }
    int64_t peak() const { return m_peak.load(); }
    // The peak starts again from what is alive now.
    void resetPeak() { m_peak.store(m_current.load()); }

private:
    TensorMemoryMeter();
    class Allocator;
    friend class Allocator;
    void add(int64_t bytes);

    std::atomic<int64_t> m_current{0};
    std::atomic<int64_t> m_peak{0};
};

} // namespace fw::ml
