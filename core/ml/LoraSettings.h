// LoRA hyper-parameters (Hu et al. 2021) in PEFT's terms; torch-free.
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace fw::ml {

struct LoraSettings
{
    int rank = 8;        // r
    double alpha = 16.0; // lora_alpha; the update is scaled by alpha / r
    double dropout = 0.0;
    QStringList targetModules{QStringLiteral("q_proj"), QStringLiteral("k_proj"), QStringLiteral("v_proj"),
                              QStringLiteral("o_proj")};

    // PEFT's adapter_config.json (peft_type LORA, task_type CAUSAL_LM).
    QJsonObject toPeftConfig(const QString& baseModel) const;
    static LoraSettings fromPeftConfig(const QJsonObject& json);
    static QStringList allTargets(); // every projection of a Llama block
};

} // namespace fw::ml
