// TensorMemoryMeter: the wrapper hands out the inner allocator's memory with the data pointer as
// its own context (as torch's CPU allocator does), and keeps each allocation's size in a table.
// That is what raw_allocate()/raw_deallocate() require: oneDNN's bf16 GEMMs allocate through them.
#include "ml/TensorMemoryMeter.h"

#include <c10/core/CPUAllocator.h>

#include <mutex>
#include <unordered_map>

namespace fw::ml {

class TensorMemoryMeter::Allocator final : public c10::Allocator
{
public:
    Allocator(c10::Allocator* inner, TensorMemoryMeter* meter) : m_inner(inner), m_meter(meter) {}

    c10::DataPtr allocate(size_t bytes) const override
    {
        c10::DataPtr inner = m_inner->allocate(bytes);
        void* data = inner.get();
        const c10::Device device = inner.device();
        if (data) {
            std::lock_guard<std::mutex> lock(m_meter->m_mutex);
            m_meter->m_allocations.emplace(data, Allocation{std::move(inner), int64_t(bytes)});
        }
        m_meter->add(int64_t(bytes));
        return {data, data, &release, device};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &release; }

private:
    static void release(void* data)
    {
        TensorMemoryMeter& meter = installed();
        Allocation gone;
        {
            std::lock_guard<std::mutex> lock(meter.m_mutex);
            auto node = meter.m_allocations.extract(data);
            if (node.empty())
                return;
            gone = std::move(node.mapped());
        }
        meter.add(-gone.bytes);
        // `gone` frees the inner allocation through its own deleter, outside the lock.
    }

    c10::Allocator* m_inner;
    TensorMemoryMeter* m_meter;
};

TensorMemoryMeter::TensorMemoryMeter()
{
    // Above the default allocator's priority (0), so torch hands out memory through the wrapper.
    c10::SetCPUAllocator(new Allocator(c10::GetCPUAllocator(), this), /*priority=*/100);
}

TensorMemoryMeter& TensorMemoryMeter::installed()
{
    static auto* meter = new TensorMemoryMeter; // never destroyed: see the header
    return *meter;
}

void TensorMemoryMeter::add(int64_t bytes)
{
    const int64_t now = m_current.fetch_add(bytes) + bytes;
    int64_t peak = m_peak.load();
    while (now > peak && !m_peak.compare_exchange_weak(peak, now)) {
    }
}

} // namespace fw::ml
