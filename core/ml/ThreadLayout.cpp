// The thread layouts per workload and the run-time handle on OpenBLAS's thread count.
#include "ml/ThreadLayout.h"

#include <torch/torch.h>

#include <QThread>

#include <dlfcn.h>
#include <link.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

namespace fw::ml {

namespace {

// OpenBLAS's two entry points for its thread count. libtorch reaches OpenBLAS through the
// libblas.so.3 alternative, and the ML module is itself dlopen'ed, so the symbols are looked up in
// the loaded OpenBLAS (found by name among the mapped objects), never linked against.
struct OpenBlasControl
{
    void (*setThreads)(int) = nullptr;
    int (*getThreads)() = nullptr;
};

const OpenBlasControl& openBlas()
{
    static OpenBlasControl control;
    static std::once_flag looked;
    std::call_once(looked, [] {
        std::string path;
        dl_iterate_phdr(
            [](dl_phdr_info* info, size_t, void* data) {
                const char* name = info->dlpi_name;
                if (name && std::strstr(name, "libopenblas")) {
                    *static_cast<std::string*>(data) = name;
                    return 1;
                }
                return 0;
            },
            &path);
        if (path.empty())
            return;
        // RTLD_NOLOAD: a handle on the copy already mapped, never a second load.
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_NOLOAD);
        if (!handle)
            return;
        control.setThreads = reinterpret_cast<void (*)(int)>(dlsym(handle, "openblas_set_num_threads"));
        control.getThreads = reinterpret_cast<int (*)()>(dlsym(handle, "openblas_get_num_threads"));
        if (!control.setThreads || !control.getThreads)
            control = {};
        dlclose(handle); // the library stays mapped: libtorch depends on it
    });
    return control;
}

bool userChoseBlasThreads()
{
    return std::getenv("OPENBLAS_NUM_THREADS") || std::getenv("GOTO_NUM_THREADS");
}

} // namespace

ThreadLayout threadLayout(Workload workload, int cores)
{
    const int n = cores > 0 ? cores : std::max(1, QThread::idealThreadCount());
    switch (workload) {
    case Workload::Fp32Cpu:
        // The GEMMs are most of the step and OpenBLAS splits each one over every core; torch's
        // elementwise kernels stay on the calling thread, so no OpenMP thread spins while
        // OpenBLAS works. Only measured up to 2 cores (see the header).
        return {1, n};
    case Workload::Serving:
        // Batched decode makes many small GEMMs; OpenBLAS's threads would spin between them.
        return {n, 1};
    case Workload::TorchPool:
        return {n, n};
    }
    return {1, 1};
}

ThreadLayout applyThreadLayout(Workload workload, int cores)
{
    const ThreadLayout wanted = threadLayout(workload, cores);
    torch::set_num_threads(wanted.torchThreads);
    const OpenBlasControl& blas = openBlas();
    if (blas.setThreads && !userChoseBlasThreads() && blas.getThreads() != wanted.blasThreads)
        blas.setThreads(wanted.blasThreads);
    return {torch::get_num_threads(), openBlasThreads()};
}

int openBlasThreads()
{
    const OpenBlasControl& blas = openBlas();
    return blas.getThreads ? blas.getThreads() : 0;
}

SingleThreadedBlas::SingleThreadedBlas()
    : m_previous(openBlasThreads())
{
    if (m_previous > 1)
        openBlas().setThreads(1);
}

SingleThreadedBlas::~SingleThreadedBlas()
{
    if (m_previous > 1)
        openBlas().setThreads(m_previous);
}

QString describe(const ThreadLayout& layout)
{
    if (layout.blasThreads <= 0)
        return QStringLiteral("torch %1, BLAS threads unknown").arg(layout.torchThreads);
    return QStringLiteral("torch %1, OpenBLAS %2").arg(layout.torchThreads).arg(layout.blasThreads);
}

} // namespace fw::ml
