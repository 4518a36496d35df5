// TensorMemoryMeter: each allocation carries its size and meter in the DataPtr's context.
#include "ml/TensorMemoryMeter.h"

#include <c10/core/CPUAllocator.h>

namespace fw::ml {

class TensorMemoryMeter::Allocator final : public c10::Allocator
{
public:
    Allocator(c10::Allocator* inner, TensorMemoryMeter* meter) : m_inner(inner), m_meter(meter) {}

    c10::DataPtr allocate(size_t bytes) const override
    {
        auto* context = new Context{m_inner->allocate(bytes), int64_t(bytes), m_meter};
        m_meter->add(int64_t(bytes));
        void* data = context->inner.get();
        return {data, context, &release, context->inner.device()};
    }

private:
    struct Context
    {
        c10::DataPtr inner;
        int64_t bytes;
        TensorMemoryMeter* meter;
    };
    static void release(void* raw)
    {
        auto* context = static_cast<Context*>(raw);
        context->meter->add(-context->bytes);
        delete context; // frees the inner allocation through its own deleter
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
