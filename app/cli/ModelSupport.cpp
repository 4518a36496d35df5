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
