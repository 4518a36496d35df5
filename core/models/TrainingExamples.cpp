// Record kinds -> SFT examples.
#include "models/TrainingExamples.h"

#include "datanet/VersionService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fw::models {

namespace {
QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

Result<std::vector<ml::SftExample>> examplesFromRecord(const datanet::RecordContent& record)
{
    const QJsonObject& o = record.json();
    switch (record.kind()) {
    case datanet::RecordKind::Instruction: {
        QString prompt = text(o, "instruction");
        if (const QString input = text(o, "input"); !input.isEmpty())
            prompt += QStringLiteral("\n\n") + input;
        return std::vector<ml::SftExample>{{prompt, text(o, "output"), {}}};
    }
    case datanet::RecordKind::Preference:
        return std::vector<ml::SftExample>{{text(o, "prompt"), text(o, "chosen"), {}}};
    case datanet::RecordKind::Chat: {
        std::vector<ml::SftExample> out;
        QString system;
        QString pendingUser;
        for (const QJsonValue& v : o.value(QLatin1String("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString role = text(m, "role");
            if (role == QLatin1String("system"))
                system = text(m, "content");
            else if (role == QLatin1String("user"))
                pendingUser = text(m, "content");
            else if (role == QLatin1String("assistant") && !pendingUser.isEmpty()) {
                out.push_back({pendingUser, text(m, "content"), system});
                pendingUser.clear();
            }
        }
        return out;
    }
    case datanet::RecordKind::Text:
        break;
    }
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate("fw::models",
                                                 "Plain-text datanets have no prompts to answer, so they cannot be "
                                                 "used for supervised fine-tuning; use an instruction, chat or "
                                                 "preference datanet."));
}

Result<std::vector<ml::SftExample>> examplesFromVersion(store::Workspace& workspace, qint64 datanetId,
                                                        const QString& versionId)
{
    std::vector<ml::SftExample> all;
    Status s = datanet::VersionService(workspace).forEachRecord(
        datanetId, versionId, [&all](const datanet::RecordContent& record) -> Status {
            Result<std::vector<ml::SftExample>> examples = examplesFromRecord(record);
            if (!examples)
                return examples.error();
            all.insert(all.end(), examples->begin(), examples->end());
            return {};
        });
    if (!s)
        return s.error();
    return all;
}

Result<std::vector<ml::PreferenceExample>> preferencesFromVersion(store::Workspace& workspace, qint64 datanetId,
                                                                  const QString& versionId)
{
    std::vector<ml::PreferenceExample> all;
    Status s = datanet::VersionService(workspace).forEachRecord(
        datanetId, versionId, [&all](const datanet::RecordContent& record) -> Status {
            if (record.kind() != datanet::RecordKind::Preference)
                return makeError(ErrorCode::Unsupported,
                                 QCoreApplication::translate("fw::models",
                                                             "Reward models and DPO train on preference pairs; "
                                                             "this version holds %1 records.")
                                     .arg(datanet::kindName(record.kind())));
            const QJsonObject& o = record.json();
            all.push_back({text(o, "prompt"), text(o, "chosen"), text(o, "rejected"), {}});
            return {};
        });
    if (!s)
        return s.error();
    return all;
}

} // namespace fw::models
