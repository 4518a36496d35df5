// What the compute device is and how many threads it uses; torch-free so the UI can include it.
#pragma once

#include <QString>

namespace fw::ml {

struct DeviceInfo
{
    QString torchVersion;
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    int intraOpThreads = 1;  // torch::get_num_threads()
    int interOpThreads = 1;  // torch::get_num_interop_threads()
    QString blasBackend;     // what libtorch was built to call ("OpenBLAS", "MKL", ...)

    // "CPU · 2 threads" or "CUDA ×1 · CPU 2 threads", for the status bar.
    QString summary() const;
};

DeviceInfo deviceInfo();

// Sets torch's intra-op thread count (and OpenBLAS's, through the same OpenMP pool).
// 0 means "all physical cores".
void setThreadCount(int threads);

} // namespace fw::ml
