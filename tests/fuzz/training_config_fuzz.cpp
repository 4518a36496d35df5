// Fuzz target: a training run's CONFIG.json (models::TrainingPlan with ml::TrainingConfig's keys);
// anything accepted must survive toJson/fromJson and split its examples.
#include "ml/TrainingConfig.h"
#include "models/TrainingPlan.h"

#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    (void)fw::ml::TrainingConfig::fromJson(doc.object());
    auto plan = fw::models::TrainingPlan::fromJson(doc.object());
    if (!plan.ok())
        return 0;
    const QJsonObject written = plan->toJson();
    auto again = fw::models::TrainingPlan::fromJson(written);
    if (!again.ok() || again->toJson() != written)
        __builtin_trap(); // the run history stores toJson(): it must read back as the same plan
    const fw::ml::ExampleSplit split = fw::ml::splitExamples(7, plan->config);
    if (split.train.empty() || split.train.size() + split.eval.size() != 7)
        __builtin_trap();
    return 0;
}
