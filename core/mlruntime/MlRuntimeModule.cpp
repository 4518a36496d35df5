// The ML engine module: implements MlRuntime over flywheel_ml (which links libtorch).
#include "mlruntime/MlRuntime.h"

namespace {

class TorchRuntime final : public fw::ml::MlRuntime
{
public:
    fw::ml::DeviceInfo deviceInfo() const override { return fw::ml::deviceInfo(); }
    QString deviceSummary() const override { return fw::ml::deviceInfo().summary(); }
    void setThreadCount(int threads) override { fw::ml::setThreadCount(threads); }
};

} // namespace

extern "C" __attribute__((visibility("default"))) fw::ml::MlRuntime* flywheel_ml_runtime()
{
    static TorchRuntime runtime; // lives as long as the module, which is never unloaded
    return &runtime;
}
