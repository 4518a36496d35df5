// Plan -> engine request -> registry entry.
#include "models/TrainingPlan.h"

#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "ml/ModelConfig.h"
#include "ml/SafetensorsHeader.h"
#include "ml/TrainingPresets.h"
#include "models/AdapterCheckpoints.h"
#include "models/ModelStore.h"
#include "models/TrainingExamples.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonArray>

namespace fw::models {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::models", text);
}

// Parameters of a PEFT adapter: the sum of its tensors' sizes, from the safetensors header.
qint64 adapterParameters(const ModelFiles& files)
{
    const QByteArray bytes = files.value(QStringLiteral("adapter_model.safetensors"));
    Result<ml::SafetensorsHeader> header =
        ml::SafetensorsHeader::parse(bytes, uint64_t(bytes.size()));
    if (!header)
        return 0;
    qint64 total = 0;
    for (const ml::SafetensorsEntry& e : header->entries) {
        qint64 n = 1;
        for (int64_t d : e.shape)
            n *= d;
        total += n;
    }
    return total;
}
// The summary's numbers and the final value of every metric the run logged, by name.
QJsonObject runMetrics(const ml::TrainingSummary& summary)
{
    QJsonObject metrics{{QStringLiteral("steps"), summary.steps},
                        {QStringLiteral("final_loss"), summary.finalLoss},
                        {QStringLiteral("eval_loss"), summary.evalLoss},
                        {QStringLiteral("perplexity"), summary.perplexity},
                        {QStringLiteral("elapsed_ms"), qint64(summary.elapsedMs)},
                        {QStringLiteral("tokens_per_s"), summary.tokensPerSecond}};
    for (auto it = summary.metrics.begin(); it != summary.metrics.end(); ++it)
        metrics.insert(it.key(), it.value());
    return metrics;
}
// Every source version, in training order: [{datanet, datanet_uid, version, records}, ...].
QJsonArray dataLineage(const PreparedRun& run)
{
    QJsonArray data;
    for (const auto& [d, version] : run.sources)
        data.append(QJsonObject{{QStringLiteral("datanet"), d.name},
                                {QStringLiteral("datanet_uid"), QString::fromLatin1(d.uid.toHex())},
                                {QStringLiteral("version"), version.idHex()},
                                {QStringLiteral("records"), version.recordCount}});
    return data;
}
// The version's records as the objective reads them: SFT examples, or preference pairs for the
// reward and DPO objectives, which only a preference datanet has.
Status addExamples(store::Workspace& workspace, const ml::TrainingConfig& config, const datanet::Datanet& d,
                   const datanet::VersionInfo& version, ml::TrainingRequest& request)
{
    if (!config.trainsOnPreferences()) {
        Result<std::vector<ml::SftExample>> examples = examplesFromVersion(workspace, d.id, version.idHex());
        if (!examples)
            return examples.error();
        request.examples.insert(request.examples.end(), std::make_move_iterator(examples->begin()),
                                std::make_move_iterator(examples->end()));
        return {};
    }
    if (d.kind != datanet::RecordKind::Preference)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The \"%1\" objective trains on preference pairs (prompt, chosen, rejected), but %2 "
                            "is a datanet of %3 records. Choose a preference datanet, or the \"sft\" objective.")
                             .arg(ml::TrainingConfig::objectiveName(config.objective), d.name,
                                  datanet::kindName(d.kind)));
    Result<std::vector<ml::PreferenceExample>> pairs = preferencesFromVersion(workspace, d.id, version.idHex());
    if (!pairs)
        return pairs.error();
    request.preferences.insert(request.preferences.end(), std::make_move_iterator(pairs->begin()),
                               std::make_move_iterator(pairs->end()));
    return {};
}
// CONFIG.json over the Quick preset the ModelFactory form starts from, so that a file naming only
// the data, the base and the output trains as that form would. Steps or epochs the file gives
// replace the preset's count altogether.
QJsonObject withPresetDefaults(const QJsonObject& json, const TrainingPlan& plan)
{
    ml::PresetTarget target;
    target.sizePreset = plan.fromScratch() ? plan.base : QString();
    target.method = json.value(QStringLiteral("method")).toString() == QLatin1String("lora")
                        ? ml::TrainingConfig::Method::Lora
                        : ml::TrainingConfig::Method::Full;
    const QString objective = json.value(QStringLiteral("objective")).toString();
    target.objective = objective == QLatin1String("dpo")      ? ml::TrainingConfig::Objective::Dpo
                       : objective == QLatin1String("reward") ? ml::TrainingConfig::Objective::Reward
                                                              : ml::TrainingConfig::Objective::Sft;
    QJsonObject merged = ml::presetConfig(ml::RunPreset::Quick, target).toJson();
    if (json.contains(QStringLiteral("steps")) && !json.contains(QStringLiteral("epochs")))
        merged.insert(QStringLiteral("epochs"), 0);
    for (auto it = json.begin(); it != json.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}
} // namespace

Result<TrainingPlan> TrainingPlan::fromJson(const QJsonObject& json)
{
    TrainingPlan plan;
    plan.datanet = json.value(QStringLiteral("datanet")).toString();
    plan.version = json.value(QStringLiteral("version")).toString(plan.version);
    if (json.contains(QStringLiteral("data"))) {
        const QJsonArray data = json.value(QStringLiteral("data")).toArray();
        if (data.isEmpty() || !plan.datanet.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("\"data\" is a non-empty list of {\"datanet\", \"version\"} objects and replaces "
                                "\"datanet\" and \"version\"."));
        for (const QJsonValue& item : data) {
            const DataSource source{item.toObject().value(QStringLiteral("datanet")).toString(),
                                    item.toObject().value(QStringLiteral("version")).toString(QStringLiteral("latest"))};
            if (source.datanet.trimmed().isEmpty())
                return makeError(ErrorCode::InvalidArgument, tr("Every \"data\" entry needs a \"datanet\" name."));
            if (plan.datanet.isEmpty()) {
                plan.datanet = source.datanet;
                plan.version = source.version;
            } else {
                plan.moreData << source;
            }
        }
    }
    plan.base = json.value(QStringLiteral("base")).toString();
    plan.output = json.value(QStringLiteral("output")).toString();
    for (const auto& [key, value] : {std::pair{"datanet", &plan.datanet}, std::pair{"base", &plan.base},
                                     std::pair{"output", &plan.output}})
        if (value->trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument, tr("The run needs a \"%1\" string.").arg(QLatin1String(key)));
    Result<ml::TrainingConfig> config = ml::TrainingConfig::fromJson(withPresetDefaults(json, plan));
    if (!config)
        return config.error();
    plan.config = *config;
    if (Status s = plan.config.validate(); !s)
        return s.error();
    return plan;
}

QJsonObject TrainingPlan::toJson() const
{
    QJsonObject json = config.toJson();
    if (moreData.isEmpty()) {
        json.insert(QStringLiteral("datanet"), datanet);
        json.insert(QStringLiteral("version"), version);
    } else {
        QJsonArray data;
        for (const DataSource& source : sources())
            data.append(QJsonObject{{QStringLiteral("datanet"), source.datanet}, {QStringLiteral("version"), source.version}});
        json.insert(QStringLiteral("data"), data);
    }
    json.insert(QStringLiteral("base"), base);
    json.insert(QStringLiteral("output"), output);
    return json;
}

QList<DataSource> TrainingPlan::sources() const
{
    QList<DataSource> all{DataSource{datanet, version}};
    all << moreData;
    return all;
}

bool TrainingPlan::fromScratch() const
{
    return ml::ModelConfig::presetNames().contains(base);
}

Result<PreparedRun> prepareRun(store::Workspace& workspace, const TrainingPlan& plan)
{
    const bool lora = plan.config.method == ml::TrainingConfig::Method::Lora;
    if (plan.fromScratch() && lora)
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is a size preset trained from scratch: its weights are random, so there is "
                            "nothing for LoRA to adapt. Train it in full, or start from a trained or imported model.")
                             .arg(plan.base));
    ModelStore store(workspace);
    if (store.model(plan.output))
        return makeError(ErrorCode::AlreadyExists,
                         tr("A model named \"%1\" already exists; choose another name.").arg(plan.output));
    PreparedRun run;
    run.plan = plan;
    for (const DataSource& source : plan.sources()) {
        Result<datanet::Datanet> d = datanet::DatanetService(workspace).datanetByName(source.datanet);
        if (!d)
            return d.error();
        Result<datanet::VersionInfo> version = datanet::VersionService(workspace).version(d->id, source.version);
        if (!version)
            return version.error();
        if (!version->ready)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Version %1 of %2 did not meet the datanet's requirements when it was frozen; only "
                                "ready versions can be trained on.")
                                 .arg(version->idHex(), d->name));
        for (const auto& [earlier, earlierVersion] : run.sources)
            if (earlierVersion.root == version->root)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Version %1 of %2 is listed twice.").arg(version->idHex().left(8), d->name));
        if (Status s = addExamples(workspace, plan.config, *d, *version, run.request); !s)
            return s.error();
        run.sources.append({*d, *version});
    }
    run.datanet = run.sources.first().first;
    run.version = run.sources.first().second;
    run.request.config = plan.config;
    if (plan.fromScratch()) {
        run.request.base = plan.base;
    } else {
        Result<ModelEntry> base = store.model(plan.base);
        if (!base)
            return base.error();
        if (base->kind != ModelKind::Model)
            return makeError(ErrorCode::InvalidArgument,
                             tr("\"%1\" is an adapter; train on a whole model (export it merged first).").arg(base->name));
        run.baseEntry = *base;
        Result<ModelFiles> files = store.files(base->id);
        if (!files)
            return files.error();
        run.request.base = base->name;
        run.request.baseFiles = *files;
    }
    if (lora) {
        auto kept = std::make_shared<std::vector<ml::AdapterCheckpoint>>();
        run.adapterCheckpoints = kept;
        run.request.onAdapterCheckpoint = [kept](const ml::AdapterCheckpoint& c) { kept->push_back(c); };
    }
    return run;
}

Result<ModelEntry> registerRun(store::Workspace& workspace, const PreparedRun& run, const ml::TrainingSummary& summary)
{
    const bool lora = run.plan.config.method == ml::TrainingConfig::Method::Lora;
    ModelEntry spec;
    spec.name = run.plan.output;
    spec.kind = lora ? ModelKind::Adapter : ModelKind::Model;
    spec.baseModelId = run.baseEntry.id;
    spec.source = QStringLiteral("training");
    QJsonObject modelConfig; // a whole model's own config, for estimates of runs built on it
    if (lora) {
        spec.architecture = QStringLiteral("lora");
        spec.parameterCount = adapterParameters(summary.output);
    } else {
        const QString configName = QStringLiteral("config.json");
        Result<ml::ModelConfig> config =
            ml::ModelConfig::fromHfBytes(summary.output.value(configName), configName);
        spec.architecture = config ? config->architecture : QString();
        spec.parameterCount = config ? config->parameterCount() : 0;
        if (config)
            modelConfig = config->toHfJson();
    }
    spec.lineage = {{QStringLiteral("datanet"), run.datanet.name},
                    {QStringLiteral("datanet_uid"), QString::fromLatin1(run.datanet.uid.toHex())},
                    {QStringLiteral("version"), run.version.idHex()},
                    {QStringLiteral("records"), run.version.recordCount},
                    {QStringLiteral("base"), run.plan.fromScratch() ? run.plan.base : run.baseEntry.name},
                    {QStringLiteral("data"), dataLineage(run)},
                    {QStringLiteral("from_scratch"), run.plan.fromScratch()},
                    {QStringLiteral("config"), run.plan.config.toJson()},
                    {QStringLiteral("objective"), ml::TrainingConfig::objectiveName(run.plan.config.objective)},
                    {QStringLiteral("metrics"), runMetrics(summary)},
                    {QStringLiteral("precision"), ml::precisionName(summary.precision)},
                    // examplesFromRecord cuts every chat into single user turns with their answers
                    {QStringLiteral("chat_turns"), QStringLiteral("single")}};
    if (!modelConfig.isEmpty())
        spec.lineage.insert(QStringLiteral("model_config"), modelConfig);
    if (run.historyId != 0)
        spec.lineage.insert(QStringLiteral("run"), run.historyId);
    if (summary.worldSize > 1)
        spec.lineage.insert(QStringLiteral("world_size"), summary.worldSize);
    Result<ModelEntry> added = ModelStore(workspace).add(spec, summary.output);
    if (added && lora) {
        // A recorded run kept its checkpoints as they came, across stops and resumes; the ones in
        // memory are this session's only.
        const std::vector<ml::AdapterCheckpoint> none;
        const std::vector<ml::AdapterCheckpoint>& inMemory = run.adapterCheckpoints ? *run.adapterCheckpoints : none;
        AdapterCheckpoints checkpoints(workspace);
        const Status s = run.historyId != 0 ? checkpoints.moveRunToModel(run.historyId, added->id, inMemory)
                         : inMemory.empty() ? Status::success()
                                            : checkpoints.save(added->id, inMemory);
        if (!s)
            return s.error();
    }
    return added;
}

QByteArray dataParallelFingerprint(const PreparedRun& run)
{
    // The learning settings and the base; the data by its roots, whatever names the plans use for
    // it ("latest" in one CONFIG.json, a hex id in a recorded plan). Threads, checkpoints and the
    // device are each machine's own.
    QJsonObject config = run.plan.config.toJson();
    for (const char* own : {"threads", "checkpoint_every", "allow_cuda"})
        config.remove(QLatin1String(own));
    config.insert(QStringLiteral("base"), run.plan.base);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(config).toJson(QJsonDocument::Compact));
    for (const auto& source : run.sources)
        hash.addData(source.second.root);
    return hash.result();
}

} // namespace fw::models
