// A registered model or adapter loaded into the ML engine: the registry's files are read from
// the encrypted database into memory and handed to the engine, an adapter attached to its base.
// Nothing of the model touches a file system. Shared by the CLI's generate / tokenize / export and
// the Playground.
#pragma once

#include "common/Result.h"
#include "mlruntime/MlRuntime.h"
#include "models/ModelStore.h"

#include <memory>

namespace fw::models {

struct RegisteredModel
{
    ModelEntry entry;
    std::unique_ptr<ml::LoadedModel> model;
};

// `name` is a model (loaded as it is) or an adapter (its base loaded, the adapter attached).
Result<RegisteredModel> loadRegisteredModel(const ModelStore& store, const QString& name, ml::MlRuntime& engine);

} // namespace fw::models
