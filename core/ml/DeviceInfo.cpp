// Device discovery and thread settings over libtorch.
#include "ml/DeviceInfo.h"
#include "ml/ThreadLayout.h"

#include <torch/torch.h>

#include <QCoreApplication>

#include <link.h>

namespace fw::ml {

namespace {
// Debian's libtorch is built against the generic BLAS interface (show_config says
// BLAS_INFO=generic); which library answers is decided at run time by the libblas.so.3
// alternative. Report what is really mapped: the reference BLAS is about 20x slower.
QString loadedBlasLibrary()
{
    QString found;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
            const QString name = QString::fromLocal8Bit(info->dlpi_name);
            auto* out = static_cast<QString*>(data);
            if (name.contains(QLatin1String("libopenblas")))
                *out = QStringLiteral("OpenBLAS");
            else if (name.contains(QLatin1String("libmkl")) && out->isEmpty())
                *out = QStringLiteral("MKL");
            else if (name.contains(QLatin1String("libblis")) && out->isEmpty())
                *out = QStringLiteral("BLIS");
            return 0;
        },
        &found);
    return found.isEmpty() ? QStringLiteral("reference BLAS") : found;
}
} // namespace

QString DeviceInfo::summary() const
{
    const QString cpu = QCoreApplication::translate("fw::ml", "CPU · %n thread(s)", nullptr, intraOpThreads);
    if (!cudaAvailable)
        return cpu;
    return QCoreApplication::translate("fw::ml", "CUDA ×%1 · %2").arg(cudaDeviceCount).arg(cpu);
}

DeviceInfo deviceInfo()
{
    DeviceInfo info;
    info.torchVersion = QString::fromLatin1(TORCH_VERSION);
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? int(torch::cuda::device_count()) : 0;
    info.intraOpThreads = torch::get_num_threads();
    info.interOpThreads = torch::get_num_interop_threads();
    info.blasBackend = loadedBlasLibrary();
    info.blasThreads = openBlasThreads();
    return info;
}

} // namespace fw::ml
