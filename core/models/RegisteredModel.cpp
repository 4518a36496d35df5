// Registry -> engine.
#include "models/RegisteredModel.h"

namespace fw::models {

Result<RegisteredModel> loadRegisteredModel(const ModelStore& store, const QString& name, ml::MlRuntime& engine)
{
    RegisteredModel open;
    Result<ModelEntry> entry = store.model(name);
    if (!entry)
        return entry.error();
    open.entry = *entry;
    qint64 baseId = entry->id;
    if (entry->kind == ModelKind::Adapter) {
        Result<std::unique_ptr<ModelFolder>> adapter = ModelFolder::materialize(store, entry->id);
        if (!adapter)
            return adapter.error();
        open.adapterFiles = std::move(*adapter);
        baseId = entry->baseModelId;
    }
    Result<std::unique_ptr<ModelFolder>> base = ModelFolder::materialize(store, baseId);
    if (!base)
        return base.error();
    open.baseFiles = std::move(*base);
    Result<std::unique_ptr<ml::LoadedModel>> model = engine.loadModel(open.baseFiles->path(), false);
    if (!model)
        return model.error();
    open.model = std::move(*model);
    if (open.adapterFiles)
        if (Status s = open.model->loadAdapter(open.adapterFiles->path()); !s)
            return s.error();
    return open;
}

} // namespace fw::models
