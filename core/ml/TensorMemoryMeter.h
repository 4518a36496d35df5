// Counts the bytes of CPU tensor storage alive and their peak while a meter is installed, by
// wrapping torch's CPU allocator: what a benchmark needs to compare the memory of two training
// steps. oneDNN's scratch (bf16 GEMMs) comes through that allocator and is counted; OpenBLAS's own
// buffers do not and are not.
#pragma once

#include <atomic>
#include <c10/core/Allocator.h>
#include <cstdint>
#include <mutex>
#include <unordered_map>

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

    struct Allocation
    {
        c10::DataPtr inner; // frees the memory through the wrapped allocator when destroyed
        int64_t bytes = 0;
    };
    std::mutex m_mutex;
    std::unordered_map<void*, Allocation> m_allocations; // by data pointer
    std::atomic<int64_t> m_current{0};
    std::atomic<int64_t> m_peak{0};
};

} // namespace fw::ml
