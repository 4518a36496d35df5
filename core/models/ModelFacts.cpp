// ModelFacts: the lineage split into its parts, and the metrics gathered from lineage and history.
#include "models/ModelFacts.h"

#include "models/RunHistory.h"

namespace fw::models {

namespace {
const QString kConfig = QStringLiteral("config");
const QString kModelConfig = QStringLiteral("model_config");
const QString kMetrics = QStringLiteral("metrics");

// Only numbers, and only measured ones: the lineage writes -1 for "none" in the summary's losses.
// Everything else may well be negative (DPO's log-probabilities, a reward margin) and stays.
void addMeasured(QJsonObject& metrics, const QString& name, const QJsonValue& value)
{
    static const QStringList kNoneIsMinusOne{QStringLiteral("final_loss"), QStringLiteral("eval_loss"),
                                             QStringLiteral("perplexity")};
    if (value.isDouble() && (value.toDouble() >= 0 || !kNoneIsMinusOne.contains(name)))
        metrics.insert(name, value);
}
} // namespace

Result<ModelFacts> modelFacts(store::Workspace& workspace, const ModelEntry& entry)
{
    ModelFacts facts;
    facts.lineage = entry.lineage;
    facts.config = facts.lineage.take(kConfig).toObject();
    facts.modelConfig = facts.lineage.take(kModelConfig).toObject();
    const QJsonObject summary = facts.lineage.take(kMetrics).toObject();
    for (auto it = summary.begin(); it != summary.end(); ++it)
        addMeasured(facts.metrics, it.key(), it.value());
    const qint64 runId = facts.lineage.value(QStringLiteral("run")).toInteger();
    if (runId <= 0)
        return facts;
    Result<QList<RunPoint>> points = RunHistory(workspace).points(runId);
    if (!points && points.error().code != ErrorCode::NotFound)
        return points.error();
    // The run may since have been removed from the history; the summary still stands.
    if (!points || points->isEmpty())
        return facts;
    const RunPoint& last = points->constLast();
    addMeasured(facts.metrics, QStringLiteral("loss"), last.loss);
    addMeasured(facts.metrics, QStringLiteral("learning_rate"), last.learningRate);
    // The summary's values are final (its evaluation ran after the last step); the curve fills in
    // what it has not.
    for (auto it = last.metrics.begin(); it != last.metrics.end(); ++it)
        if (!facts.metrics.contains(it.key()))
            facts.metrics.insert(it.key(), it.value());
    return facts;
}

} // namespace fw::models
