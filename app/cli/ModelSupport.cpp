// Engine loading and registry -> memory.
#include "ModelSupport.h"

#include "mlruntime/MlRuntimeLoader.h"

#include <QCoreApplication>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}
} // namespace

QCommandLineOption threadsOption()
{
    return QCommandLineOption(QStringLiteral("threads"), tr("CPU threads for torch (default: all cores)."),
                              tr("N"), QStringLiteral("0"));
}

Result<ml::MlRuntime*> openEngine(const QCommandLineParser& parser)
{
    bool ok = false;
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads < 0)
        return Error{ErrorCode::InvalidArgument, tr("--threads must be 0 (all cores) or a positive number.")};
    Result<ml::MlRuntime*> engine = ml::loadMlRuntime();
    if (!engine)
        return engine.error();
    (*engine)->setThreadCount(threads);
    return engine;
}

Result<OpenModel> loadRegisteredModel(const models::ModelStore& store, const QString& name, ml::MlRuntime& engine)
{
    OpenModel open;
    Result<models::ModelEntry> entry = store.model(name);
    if (!entry)
        return entry.error();
    open.entry = *entry;
    qint64 baseId = entry->id;
    if (entry->kind == models::ModelKind::Adapter) {
        Result<std::unique_ptr<models::ModelFolder>> adapter = models::ModelFolder::materialize(store, entry->id);
        if (!adapter)
            return adapter.error();
        open.adapterFiles = std::move(*adapter);
        baseId = entry->baseModelId;
    }
    Result<std::unique_ptr<models::ModelFolder>> base = models::ModelFolder::materialize(store, baseId);
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

Result<OpenModel> loadRegisteredModel(const Invocation& call, const QString& name)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<ml::MlRuntime*> engine = openEngine(call.parser);
    if (!engine)
        return engine.error();
    return loadRegisteredModel(models::ModelStore(**ws), name, **engine);
}

Result<RegistryEntry> openRegistryEntry(const CliContext& context, const QString& name)
{
    Result<std::unique_ptr<store::Workspace>> ws = context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<models::ModelEntry> entry = models::ModelStore(**ws).model(name);
    if (!entry)
        return entry.error();
    return RegistryEntry{std::move(*ws), *entry};
}

} // namespace fw::cli
