// OpProfiler: RecordFunction start/end hooks that time each op and subtract its children.
#include "ml/OpProfiler.h"

#include <ATen/record_function.h>
#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace fw::ml {

namespace {

using Clock = std::chrono::steady_clock;

struct Totals
{
    double selfMs = 0.0;
    double totalMs = 0.0;
    int64_t calls = 0;
};

// RecordFunction takes plain function pointers, so what they write has to live at namespace
// scope; the mutex guards it, and only one OpProfiler at a time owns it.
std::mutex g_mutex;
std::map<std::string, Totals> g_totals; // GUARDED_BY(g_mutex)
bool g_owned = false;                   // GUARDED_BY(g_mutex)

struct OpContext : at::ObserverContext
{
    Clock::time_point start = Clock::now();
    double childMs = 0.0;
    OpContext* parent = nullptr;
};

// The op running on this thread, so that an op's time can be taken off its caller's self time.
thread_local OpContext* t_current = nullptr;

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction&)
{
    auto context = std::make_unique<OpContext>();
    context->parent = t_current;
    t_current = context.get();
    return context;
}

void onEnd(const at::RecordFunction& fn, at::ObserverContext* base)
{
    auto* context = static_cast<OpContext*>(base);
    const double ms =
        std::chrono::duration<double, std::milli>(Clock::now() - context->start).count();
    if (t_current == context)
        t_current = context->parent;
    if (context->parent)
        context->parent->childMs += ms;
    std::lock_guard<std::mutex> lock(g_mutex);
    Totals& t = g_totals[fn.name()];
    t.selfMs += ms - context->childMs;
    t.totalMs += ms;
    ++t.calls;
}

} // namespace

OpProfiler::OpProfiler()
{
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        if (g_owned)
            return;
        g_owned = true;
        g_totals.clear();
    }
    m_handle = at::addGlobalCallback(at::RecordFunctionCallback(&onStart, &onEnd));
}

OpProfiler::~OpProfiler()
{
    take();
}

std::vector<OpTime> OpProfiler::take()
{
    if (m_handle == 0)
        return {};
    at::removeCallback(m_handle);
    m_handle = 0;
    std::lock_guard<std::mutex> lock(g_mutex);
    g_owned = false;
    std::vector<OpTime> out;
    for (const auto& [name, t] : g_totals)
        out.push_back({QString::fromStdString(name), t.selfMs, t.totalMs, t.calls});
    g_totals.clear();
    std::sort(out.begin(), out.end(),
              [](const OpTime& a, const OpTime& b) { return a.selfMs > b.selfMs; });
    return out;
}

} // namespace fw::ml
