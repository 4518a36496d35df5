// The ML engine over flywheel_ml and libtorch, in this binary: what the engine module exports, and
// what a program that links the engine in (flywheel-bench) hands to the loader with
// adoptMlRuntime, so that code reaching for loadMlRuntime() never loads a second copy.
#pragma once

#include "mlruntime/MlRuntime.h"

namespace fw::ml {

// The one instance of this binary.
MlRuntime* torchRuntime();

} // namespace fw::ml
