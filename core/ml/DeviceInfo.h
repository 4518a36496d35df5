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
    int blasThreads = 0;     // OpenBLAS's own pool (ThreadLayout.h); 0 for another BLAS

    // "CPU · 2 threads" or "CUDA ×1 · CPU 2 threads", for the status bar.
    QString summary() const;
};

DeviceInfo deviceInfo();

} // namespace fw::ml
