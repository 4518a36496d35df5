// The torch-free face of the ML engine as the GUI and CLI see it once the module is loaded.
#pragma once

#include "ml/DeviceInfo.h"

namespace fw::ml {

class MlRuntime
{
public:
    virtual ~MlRuntime() = default;
    virtual DeviceInfo deviceInfo() const = 0;
    // DeviceInfo::summary() lives in the torch library, so the text comes from the module too.
    virtual QString deviceSummary() const = 0;
    virtual void setThreadCount(int threads) = 0;
};

} // namespace fw::ml

// The one symbol the module exports; the loader resolves it by name.
extern "C" fw::ml::MlRuntime* flywheel_ml_runtime();
