// Finds and loads the ML engine module once per process; safe to call from any thread.
#pragma once

#include "common/Result.h"
#include "mlruntime/MlRuntime.h"

#include <QStringList>

namespace fw::ml {

// Loads on the first call (about a second: libtorch is large) and returns the same runtime
// afterwards. Call it off the GUI thread. A missing or broken module is an error, not a crash.
Result<MlRuntime*> loadMlRuntime();

// Where the loader looks, in order: $FLYWHEEL_ML_MODULE, next to an installed binary, the build tree.
QStringList mlModuleCandidates();

// The runtime if some earlier call loaded it, else nullptr; never loads.
MlRuntime* loadedMlRuntime();

// For a program that links the engine in (torchRuntime()): loadMlRuntime() returns `runtime` from
// now on instead of loading the module, a second copy of the engine. Ignored once one is loaded.
void adoptMlRuntime(MlRuntime* runtime);

} // namespace fw::ml
