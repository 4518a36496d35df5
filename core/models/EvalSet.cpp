// Lineage -> run, run -> held-out examples, through the split training itself used.
#include "models/EvalSet.h"

#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "models/TrainingExamples.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fw::models {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::models", text);
}

// By uid first: a datanet may have been renamed since the run, and a new one may have taken the
// name.
Result<datanet::Datanet> findDatanet(store::Workspace& workspace, const TrainedSource& run)
{
    datanet::DatanetService datanets(workspace);
    Result<QList<datanet::Datanet>> all = datanets.datanets();
    if (!all)
        return all.error();
    for (const datanet::Datanet& d : *all)
        if (!run.datanetUid.isEmpty() && QString::fromLatin1(d.uid.toHex()) == run.datanetUid)
            return d;
    if (run.datanetUid.isEmpty())
        if (Result<datanet::Datanet> byName = datanets.datanetByName(run.datanet); byName)
            return byName;
    return makeError(
        ErrorCode::NotFound,
        tr("The datanet \"%1\" this model was trained on is no longer in the workspace, so its "
           "held-out examples cannot be rebuilt.")
            .arg(run.datanet));
}
} // namespace

Result<TrainedRun> trainedRun(const ModelEntry& entry)
{
    const QJsonObject& lineage = entry.lineage;
    const QJsonObject config = lineage.value(QStringLiteral("config")).toObject();
    if (entry.source != QLatin1String("training") || !lineage.contains(QStringLiteral("version")) ||
        config.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("\"%1\" was not trained in this workspace (source: %2), so there is no held-out "
               "split to evaluate it on.")
                .arg(entry.name, entry.source.isEmpty() ? tr("unknown") : entry.source));
    Result<ml::TrainingConfig> parsed = ml::TrainingConfig::fromJson(config);
    if (!parsed)
        return parsed.error();
    TrainedRun run;
    run.datanet = lineage.value(QStringLiteral("datanet")).toString();
    run.datanetUid = lineage.value(QStringLiteral("datanet_uid")).toString();
    run.version = lineage.value(QStringLiteral("version")).toString();
    run.base = lineage.value(QStringLiteral("base")).toString();
    run.fromScratch = lineage.value(QStringLiteral("from_scratch")).toBool();
    for (const QJsonValue& source : lineage.value(QStringLiteral("data")).toArray())
        run.sources << TrainedSource{source[QStringLiteral("datanet")].toString(),
                                     source[QStringLiteral("datanet_uid")].toString(),
                                     source[QStringLiteral("version")].toString()};
    if (run.sources.isEmpty()) // lineage written before runs could use several versions
        run.sources << TrainedSource{run.datanet, run.datanetUid, run.version};
    run.config = *parsed;
    const QJsonObject metrics = lineage.value(QStringLiteral("metrics")).toObject();
    run.steps = metrics.value(QStringLiteral("steps")).toInt();
    run.finalLoss = metrics.value(QStringLiteral("final_loss")).toDouble();
    run.evalLoss = metrics.value(QStringLiteral("eval_loss")).toDouble(-1.0);
    run.perplexity = metrics.value(QStringLiteral("perplexity")).toDouble(-1.0);
    return run;
}

Result<std::vector<ml::SftExample>> heldOutExamples(store::Workspace& workspace,
                                                    const TrainedRun& run)
{
    // Every version's examples, concatenated as prepareRun did, then split as training did.
    std::vector<ml::SftExample> all;
    for (const TrainedSource& source : run.sources) {
        Result<datanet::Datanet> d = findDatanet(workspace, source);
        if (!d)
            return d.error();
        // The exact id, never "latest": a newer version holds other records, so another split.
        if (!datanet::VersionService(workspace).version(d->id, source.version))
            return makeError(ErrorCode::NotFound, tr("Version %1 of \"%2\", which this model was "
                                                     "trained on, is no longer in the workspace.")
                                                      .arg(source.version.left(12), d->name));
        Result<std::vector<ml::SftExample>> examples = examplesFromVersion(workspace, d->id, source.version);
        if (!examples)
            return examples.error();
        all.insert(all.end(), std::make_move_iterator(examples->begin()), std::make_move_iterator(examples->end()));
    }
    std::vector<ml::SftExample> heldOut;
    for (size_t i : ml::splitExamples(all.size(), run.config).eval)
        heldOut.push_back(all[i]);
    return heldOut;
}

} // namespace fw::models
