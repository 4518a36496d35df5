// How a piece of work splits its cores between torch's OpenMP pool and OpenBLAS's own threads.
// Torch-free, so the GUI, the CLI and the node can name a workload without linking torch.
//
// Debian's libtorch calls the system BLAS for every fp32 GEMM, and Debian's OpenBLAS is the
// pthread build: its pool is separate from torch's, and torch's thread count does not bound it.
// Both pools spin for a while after their work before they sleep, so running both at the full core
// count makes each wait for the other's spinners. Measured on a 2-vCPU VM (tests/bench/README.md,
// "Threads"): fp32 training with torch at 1 and OpenBLAS on both cores is 1.36x both pools on both
// cores; a node's batched decode with OpenBLAS at 1 and torch on both is 1.4x the same.
#pragma once

#include <QString>

namespace fw::ml {

enum class Workload {
    Fp32Cpu,   // fp32 GEMMs on the CPU, one stream: training, one generation, gradient sketches
    Serving,   // a node's scheduler: many requests batched, small GEMMs between elementwise work
    TorchPool, // the GEMMs run in torch's own pool (bf16 through oneDNN) or on a GPU
};

struct ThreadLayout
{
    int torchThreads = 1; // torch's intra-op (OpenMP) pool
    int blasThreads = 1;  // OpenBLAS's pool
};

// The split for `workload` on `cores` cores (0: every logical core).
ThreadLayout threadLayout(Workload workload, int cores);

// Applies threadLayout(): torch's count on the calling thread (and for threads that start torch
// work later), OpenBLAS's for the whole process. OpenBLAS's count is left alone where the BLAS is
// not OpenBLAS or where the user set OPENBLAS_NUM_THREADS (or GOTO_NUM_THREADS) themselves.
// Returns the layout in force afterwards (blasThreads 0 where the BLAS's count is unknown).
ThreadLayout applyThreadLayout(Workload workload, int cores);

// OpenBLAS's current thread count; 0 where the loaded BLAS is not OpenBLAS.
int openBlasThreads();

// While one lives, OpenBLAS runs on one thread whatever the layout or the user's setting: its
// threaded kernels do not give the same bits as its single-threaded ones, and some numbers must be
// recomputable bit for bit on any core count (gradient attribution's scores). Torch's own kernels
// give the same bits on any thread count, so its pool is left as it is. The previous count comes
// back at the end. OpenBLAS's count is the process's: keep the scope to the work that needs it.
class SingleThreadedBlas
{
public:
    SingleThreadedBlas();
    ~SingleThreadedBlas();
    SingleThreadedBlas(const SingleThreadedBlas&) = delete;
    SingleThreadedBlas& operator=(const SingleThreadedBlas&) = delete;

private:
    int m_previous = 0;
};

// "torch 1, OpenBLAS 2" (or "torch 2, BLAS threads unknown"), for benchmark and log lines.
QString describe(const ThreadLayout& layout);

} // namespace fw::ml
