// PEFT adapter_config.json fields for LoRA.
#include "ml/LoraSettings.h"

#include <QJsonArray>

namespace fw::ml {

QJsonObject LoraSettings::toPeftConfig(const QString& baseModel) const
{
    QJsonArray targets;
    for (const QString& t : targetModules)
        targets.append(t);
    return {{QStringLiteral("peft_type"), QStringLiteral("LORA")},
            {QStringLiteral("task_type"), QStringLiteral("CAUSAL_LM")},
            {QStringLiteral("base_model_name_or_path"), baseModel},
            {QStringLiteral("r"), rank},
            {QStringLiteral("lora_alpha"), alpha},
            {QStringLiteral("lora_dropout"), dropout},
            {QStringLiteral("target_modules"), targets},
            {QStringLiteral("bias"), QStringLiteral("none")},
            {QStringLiteral("fan_in_fan_out"), false},
            {QStringLiteral("inference_mode"), true},
            {QStringLiteral("use_rslora"), false},
            {QStringLiteral("modules_to_save"), QJsonValue()}};
}

LoraSettings LoraSettings::fromPeftConfig(const QJsonObject& json)
{
    LoraSettings s;
    s.rank = json.value(QStringLiteral("r")).toInt(s.rank);
    s.alpha = json.value(QStringLiteral("lora_alpha")).toDouble(s.alpha);
    s.dropout = json.value(QStringLiteral("lora_dropout")).toDouble(s.dropout);
    const QJsonArray targets = json.value(QStringLiteral("target_modules")).toArray();
    if (!targets.isEmpty()) {
        s.targetModules.clear();
        for (const QJsonValue& t : targets)
            s.targetModules.append(t.toString());
    }
    return s;
}

QStringList LoraSettings::allTargets()
{
    return {QStringLiteral("q_proj"), QStringLiteral("k_proj"), QStringLiteral("v_proj"), QStringLiteral("o_proj"),
            QStringLiteral("gate_proj"), QStringLiteral("up_proj"), QStringLiteral("down_proj")};
}

} // namespace fw::ml
