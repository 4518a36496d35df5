// The ML engine module's one export: the runtime that loadMlRuntime() finds by name.
#include "mlruntime/TorchRuntime.h"

extern "C" __attribute__((visibility("default"))) fw::ml::MlRuntime* flywheel_ml_runtime()
{
    return fw::ml::torchRuntime();
}
