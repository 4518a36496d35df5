// A registered model or adapter loaded into the ML engine: the registry's files are written to
// private folders the engine reads (ModelFolder), the model is loaded, an adapter attached to its
// base. Shared by the CLI's generate / tokenize / export and the Playground.
#pragma once

#include "common/Result.h"
#include "mlruntime/MlRuntime.h"
#include "models/ModelFolder.h"
#include "models/ModelStore.h"

#include <memory>

namespace fw::models {

struct RegisteredModel
{
    ModelEntry entry;
    std::unique_ptr<ModelFolder> baseFiles;
    std::unique_ptr<ModelFolder> adapterFiles; // adapters only
    std::unique_ptr<ml::LoadedModel> model;
};

// `name` is a model (loaded as it is) or an adapter (its base loaded, the adapter attached).
Result<RegisteredModel> loadRegisteredModel(const ModelStore& store, const QString& name, ml::MlRuntime& engine);

} // namespace fw::models
