// Registry -> memory -> engine.
#include "models/RegisteredModel.h"

namespace fw::models {

Result<RegisteredModel> loadRegisteredModel(const ModelStore& store, const QString& name, ml::MlRuntime& engine)
{
    RegisteredModel open;
    Result<ModelEntry> entry = store.model(name);
    if (!entry)
        return entry.error();
    open.entry = *entry;
    const bool adapter = entry->kind == ModelKind::Adapter;
    Result<ModelFiles> base = store.files(adapter ? entry->baseModelId : entry->id);
    if (!base)
        return base.error();
    Result<std::unique_ptr<ml::LoadedModel>> model = engine.loadModel(*base, false);
    if (!model)
        return model.error();
    open.model = std::move(*model);
    if (adapter) {
        Result<ModelFiles> files = store.files(entry->id);
        if (!files)
            return files.error();
        if (Status s = open.model->loadAdapter(*files); !s)
            return s.error();
    }
    return open;
}

} // namespace fw::models
