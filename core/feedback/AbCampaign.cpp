// Choosing the label datanet and a free name, then an ordinary campaign from the held-out source.
#include "feedback/AbCampaign.h"

#include "datanet/DatanetService.h"
#include "feedback/CampaignPrompts.h"
#include "feedback/CampaignStore.h"
#include "models/EvalSet.h"
#include "models/ModelStore.h"

namespace fw::feedback {

Result<qint64> AbCampaign::labelDatanet(store::Workspace& workspace, const QString& policy)
{
    Result<QList<datanet::Datanet>> all = datanet::DatanetService(workspace).datanets();
    if (!all)
        return all.error();
    QStringList trainedOn;
    if (Result<models::ModelEntry> entry = models::ModelStore(workspace).model(policy); entry)
        if (Result<models::TrainedRun> run = models::trainedRun(*entry); run)
            for (const models::TrainedSource& s : run->sources)
                trainedOn << s.datanetUid;
    for (const datanet::Datanet& d : *all)
        if (d.kind == datanet::RecordKind::Preference && trainedOn.contains(QString::fromLatin1(d.uid.toHex())))
            return d.id;
    for (const datanet::Datanet& d : *all)
        if (d.kind == datanet::RecordKind::Preference)
            return d.id;
    return makeError(ErrorCode::NotFound,
                     tr("No preference datanet to receive the labels: create one on the Datanets page first."));
}

Result<Campaign> AbCampaign::create(store::Workspace& workspace, const AbCampaignSpec& spec)
{
    if (spec.policy == spec.baseline)
        return makeError(ErrorCode::InvalidArgument, tr("An A/B campaign compares two different models."));
    for (const QString& name : {spec.policy, spec.baseline})
        if (Result<models::ModelEntry> entry = models::ModelStore(workspace).model(name); !entry)
            return entry.error();
    Result<qint64> datanetId = labelDatanet(workspace, spec.policy);
    if (!datanetId)
        return datanetId.error();
    const QJsonObject source = CampaignPrompts::heldOut(spec.policy);
    Result<QStringList> prompts = CampaignPrompts::read(workspace, source, spec.maxPrompts);
    if (!prompts)
        return prompts.error();
    CampaignStore store(workspace);
    Result<QList<Campaign>> existing = store.campaigns();
    if (!existing)
        return existing.error();
    QStringList taken;
    for (const Campaign& c : *existing)
        taken << c.name;
    const QString stem = tr("A/B: %1 vs %2").arg(spec.policy, spec.baseline);
    QString name = stem;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(stem).arg(n);
    Campaign c;
    c.name = name;
    c.datanetId = *datanetId;
    c.mode = LabelMode::Pairwise;
    c.models = {spec.baseline, spec.policy};
    c.source = source;
    c.overlap = spec.overlap;
    c.blind = true;
    return store.create(c, *prompts);
}

} // namespace fw::feedback
