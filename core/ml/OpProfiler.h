// Where a training step's time goes: self and total time per torch op (forward and backward)
// while an OpProfiler lives, for `flywheel-bench train --profile`; torch-free header.
#pragma once

#include <QString>
#include <cstdint>
#include <vector>

namespace fw::ml {

struct OpTime
{
    QString name;         // "aten::mm", "MmBackward0", a fused kernel's name, ...
    double selfMs = 0.0;  // time in the op itself, without the ops it called
    double totalMs = 0.0; // with them
    int64_t calls = 0;
};

// Hooks torch's RecordFunction for every op on every thread until take() or destruction. One at a
// time: a second one started while another lives records nothing (active() says so).
class OpProfiler
{
public:
    OpProfiler();
    ~OpProfiler();
    OpProfiler(const OpProfiler&) = delete;
    OpProfiler& operator=(const OpProfiler&) = delete;

    bool active() const { return m_handle != 0; }
    // Stops recording; ops by self time, largest first.
    std::vector<OpTime> take();

private:
    uint64_t m_handle = 0;
};

} // namespace fw::ml
