// Reading a campaign's prompt source.
#include "feedback/CampaignPrompts.h"

#include "models/EvalSet.h"
#include "models/ModelStore.h"
#include "models/TrainingExamples.h"

#include <QJsonArray>
#include <QSet>

namespace fw::feedback {

namespace {
QStringList distinctPrompts(const std::vector<ml::SftExample>& examples)
{
    QStringList out;
    QSet<QString> seen;
    for (const ml::SftExample& e : examples)
        if (!e.prompt.trimmed().isEmpty() && !seen.contains(e.prompt)) {
            seen.insert(e.prompt);
            out << e.prompt;
        }
    return out;
}

Result<QStringList> heldOutPrompts(store::Workspace& workspace, const QString& model)
{
    Result<models::ModelEntry> entry = models::ModelStore(workspace).model(model);
    if (!entry)
        return entry.error();
    Result<models::TrainedRun> run = models::trainedRun(*entry);
    if (!run)
        return run.error();
    Result<std::vector<ml::SftExample>> examples = models::heldOutExamples(workspace, *run);
    if (!examples)
        return examples.error();
    return distinctPrompts(*examples);
}
} // namespace

QJsonObject CampaignPrompts::typed(const QStringList& prompts)
{
    return {{"kind", "typed"}, {"prompts", QJsonArray::fromStringList(prompts)}};
}

QJsonObject CampaignPrompts::datanetVersion(qint64 datanetId, const QString& version)
{
    return {{"kind", "datanet-version"}, {"datanet", datanetId}, {"version", version}};
}

QJsonObject CampaignPrompts::heldOut(const QString& model)
{
    return {{"kind", "held-out"}, {"model", model}};
}

Result<QStringList> CampaignPrompts::read(store::Workspace& workspace, const QJsonObject& source,
                                          int limit)
{
    const QString kind = source.value("kind").toString();
    Result<QStringList> prompts = QStringList();
    if (kind == QLatin1String("typed")) {
        std::vector<ml::SftExample> typedPrompts;
        for (const QJsonValue& p : source.value("prompts").toArray())
            typedPrompts.push_back(ml::SftExample{p.toString().trimmed(), {}, {}});
        prompts = distinctPrompts(typedPrompts);
    } else if (kind == QLatin1String("datanet-version")) {
        Result<std::vector<ml::SftExample>> examples = models::examplesFromVersion(
            workspace, source.value("datanet").toInteger(), source.value("version").toString());
        if (!examples)
            return examples.error();
        prompts = distinctPrompts(*examples);
    } else if (kind == QLatin1String("held-out")) {
        prompts = heldOutPrompts(workspace, source.value("model").toString());
    } else {
        return makeError(ErrorCode::InvalidArgument, tr("Unknown prompt source \"%1\".").arg(kind));
    }
    if (!prompts)
        return prompts.error();
    if (prompts->isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The prompt source gives no prompts."));
    if (limit > 0 && prompts->size() > limit)
        *prompts = prompts->mid(0, limit);
    return prompts;
}

} // namespace fw::feedback
