// Fuzz target: Hugging Face config.json parsing; anything accepted must survive
// toHfJson/fromHfJson.
#include "ml/ModelConfig.h"

#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    auto config = fw::ml::ModelConfig::fromHfJson(doc.object());
    if (!config.ok())
        return 0;
    // The model page shows the size of every imported model.
    if (config->parameterCount() <= 0 || config->effectiveHeadDim() <= 0)
        __builtin_trap();
    const QJsonObject written = config->toHfJson();
    auto again = fw::ml::ModelConfig::fromHfJson(written);
    if (!again.ok() || again->toHfJson() != written)
        __builtin_trap(); // what we write for a model we accepted must read back the same
    return 0;
}
