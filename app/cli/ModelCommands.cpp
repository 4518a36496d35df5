// `flywheel-cli model import|list|show|export|rename|delete`: the workspace's model registry.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "ModelSupport.h"
#include "models/ModelFacts.h"
#include "models/ModelImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

bool flag(const Invocation& call, const char* name)
{
    return call.parser.isSet(QString::fromLatin1(name));
}

QJsonObject entryJson(const models::ModelEntry& e, const QString& baseName)
{
    return {{QStringLiteral("name"), e.name},
            {QStringLiteral("kind"), models::kindName(e.kind)},
            {QStringLiteral("base"), baseName},
            {QStringLiteral("source"), e.source},
            {QStringLiteral("architecture"), e.architecture},
            {QStringLiteral("parameters"), e.parameterCount},
            {QStringLiteral("size_bytes"), e.sizeBytes},
            {QStringLiteral("created"), e.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("lineage"), e.lineage}};
}

Outcome importModel(const Invocation& call)
{
    const QFileInfo dir(call.args.at(0));
    if (!dir.isDir())
        return Error{ErrorCode::NotFound, tr("%1 is not a folder.").arg(call.args.at(0))};
    const QString name = call.parser.isSet(QStringLiteral("name")) ? call.parser.value(QStringLiteral("name"))
                                                                   : dir.fileName();
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    models::ModelStore store(**ws);
    if (store.model(name))
        return Error{ErrorCode::AlreadyExists, tr("A model named \"%1\" already exists; pick another --name.").arg(name)};
    // Check it in full first: a folder the engine cannot run is refused before anything is stored.
    Result<ml::MlRuntime*> engine = openEngine(call.parser);
    if (!engine)
        return engine.error();
    Result<models::HfFolderSummary> summary = models::inspectHfFolder(dir.absoluteFilePath(), **engine);
    if (!summary)
        return summary.error();
    Result<models::ModelEntry> added = models::importHfFolder(store, dir.absoluteFilePath(), name, *summary);
    if (!added)
        return added.error();
    call.context.out().line(tr("%1: %2, %3 parameters, %4 stored")
                                .arg(added->name, added->architecture, QLocale::c().toString(added->parameterCount),
                                     QLocale::c().formattedDataSize(added->sizeBytes)));
    return {};
}

Outcome listModels(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    models::ModelStore store(**ws);
    Result<QList<models::ModelEntry>> all = store.models();
    if (!all)
        return all.error();
    auto baseName = [&](const models::ModelEntry& e) {
        if (!e.baseModelId)
            return QString();
        Result<models::ModelEntry> base = store.model(e.baseModelId);
        return base ? base->name : QString();
    };
    if (flag(call, "json")) {
        QJsonArray list;
        for (const models::ModelEntry& e : *all)
            list.append(entryJson(e, baseName(e)));
        call.context.out().json(QJsonDocument(list));
        return {};
    }
    for (const models::ModelEntry& e : *all)
        call.context.out().line(QStringLiteral("%1\t%2\t%3\t%4 parameters\t%5\t%6")
                                    .arg(e.name, models::kindName(e.kind),
                                         e.baseModelId ? tr("on %1").arg(baseName(e)) : e.source,
                                         QLocale::c().toString(e.parameterCount),
                                         QLocale::c().formattedDataSize(e.sizeBytes),
                                         e.createdAt.toString(Qt::ISODate)));
    return {};
}

Outcome exportModel(const Invocation& call)
{
    const QString format = call.parser.value(QStringLiteral("format"));
    if (format != QLatin1String("hf") && format != QLatin1String("peft"))
        return Outcome::usage(tr("--format must be hf or peft."));
    Result<RegistryEntry> open = openRegistryEntry(call.context, call.args.at(0));
    if (!open)
        return open.error();
    const models::ModelStore store = open->store();
    const models::ModelEntry* entry = &open->entry;
    const QString out = call.args.at(1);
    if (QDir(out).exists() && !QDir(out).isEmpty())
        return Error{ErrorCode::AlreadyExists, tr("%1 is not empty; export into a new or empty folder.").arg(out)};
    const bool adapter = entry->kind == models::ModelKind::Adapter;
    if (format == QLatin1String("peft") && !adapter)
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is a whole model, not an adapter: export it with --format hf.").arg(entry->name)};
    if (format == QLatin1String("peft") || !adapter) {
        if (Status s = store.writeToFolder(entry->id, out); !s)
            return s;
    } else {
        // An adapter as a Hugging Face model: fold it into its base, then save the merged weights.
        Result<ml::MlRuntime*> engine = openEngine(call.parser);
        if (!engine)
            return engine.error();
        Result<OpenModel> merged = loadRegisteredModel(store, entry->name, **engine);
        if (!merged)
            return merged.error();
        if (Status s = merged->model->mergeAdapter(); !s)
            return s;
        Result<ModelFiles> files = merged->model->save();
        if (!files)
            return files.error();
        // The folder the user chose: plaintext there is what they asked for.
        if (Status s = files->writeFolder(out); !s)
            return s;
    }
    call.context.out().line(QDir(out).absolutePath());
    return {};
}

Outcome renameModel(const Invocation& call)
{
    Result<RegistryEntry> open = openRegistryEntry(call.context, call.args.at(0));
    if (!open)
        return open.error();
    return open->store().rename(open->entry.id, call.args.at(1));
}

Outcome showModel(const Invocation& call)
{
    Result<RegistryEntry> open = openRegistryEntry(call.context, call.args.at(0));
    if (!open)
        return open.error();
    const models::ModelEntry& e = open->entry;
    Result<models::ModelFacts> facts = models::modelFacts(*open->workspace, e);
    if (!facts)
        return facts.error();
    QString baseName;
    if (e.baseModelId)
        if (Result<models::ModelEntry> base = open->store().model(e.baseModelId))
            baseName = base->name;
    QJsonObject shown = entryJson(e, baseName);
    shown.insert(QStringLiteral("lineage"), facts->lineage);
    shown.insert(QStringLiteral("config"), facts->config);
    if (!facts->modelConfig.isEmpty())
        shown.insert(QStringLiteral("model_config"), facts->modelConfig);
    shown.insert(QStringLiteral("metrics"), facts->metrics);
    if (flag(call, "json")) {
        call.context.out().json(QJsonDocument(shown));
        return {};
    }
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text =
            v.isObject()
                ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                : v.toVariant().toString();
        call.context.out().line(QStringLiteral("%1\t%2").arg(it.key(), text));
    }
    return {};
}

Outcome deleteModel(const Invocation& call)
{
    Result<RegistryEntry> open = openRegistryEntry(call.context, call.args.at(0));
    if (!open)
        return open.error();
    return open->store().remove(open->entry.id);
}
} // namespace

void registerModelCommands(CommandRegistry& registry)
{
    const QString group = QStringLiteral("model");
    registry.add({group, QStringLiteral("import"),
                  tr("Check a Hugging Face model folder and store it in the workspace (encrypted)."),
                  {tr("HF_DIR")},
                  {QCommandLineOption(QStringLiteral("name"), tr("Name in the registry (default: the folder's)."),
                                      tr("N")),
                   threadsOption()},
                  true, importModel});
    registry.add({group, QStringLiteral("list"), tr("List models and adapters with their lineage."), {},
                  {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))}, true, listModels});
    registry.add({group,
                  QStringLiteral("show"),
                  tr("Show a model's or adapter's lineage, training config and final metrics."),
                  {tr("NAME")},
                  {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))},
                  true,
                  showModel});
    registry.add({group, QStringLiteral("export"),
                  tr("Write a model (hf) or an adapter (peft; hf merges it into its base) to a folder."),
                  {tr("NAME"), tr("DIR")},
                  {QCommandLineOption(QStringLiteral("format"), tr("hf or peft."), tr("F"), QStringLiteral("hf")),
                   threadsOption()},
                  true, exportModel});
    registry.add({group, QStringLiteral("rename"), tr("Rename a model or adapter."), {tr("NAME"), tr("NEW_NAME")},
                  {}, true, renameModel});
    registry.add({group, QStringLiteral("delete"),
                  tr("Delete a model or adapter (refused while others are built on it)."), {tr("NAME")}, {}, true,
                  deleteModel});
}

} // namespace fw::cli
