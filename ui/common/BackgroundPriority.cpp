// setpriority on the calling thread's id: on Linux the nice value belongs to each thread.
#include "ui/common/BackgroundPriority.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fw::ui {

void runBelowTheGui(int niceness)
{
#ifdef __linux__
    const auto tid = id_t(::syscall(SYS_gettid));
    const int current = ::getpriority(PRIO_PROCESS, tid);
    // A pool thread that already ran a job keeps its value: never lower it twice.
    constexpr int kNormal = 0;
    if (current <= kNormal)
        (void)::setpriority(PRIO_PROCESS, tid, kNormal + niceness);
#else
    (void)niceness;
#endif
}

} // namespace fw::ui
