// PEFT-compatible LoRA export/import: names, config fields and checks on both ways.
#include "ml/LoraAdapter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

const std::string kPeftPrefix = "base_model.model.";
const QString kConfigName = QStringLiteral("adapter_config.json");
const QString kWeightsName = QStringLiteral("adapter_model.safetensors");

} // namespace

Result<int> attachLora(Transformer& model, const LoraSettings& s)
{
    if (s.rank <= 0 || s.alpha <= 0 || s.dropout < 0 || s.dropout >= 1)
        return makeError(fw::ErrorCode::InvalidArgument, tr("LoRA needs rank > 0, alpha > 0 and 0 <= dropout < 1"));
    const int adapted = model->attachLora(s.targetModules, s.rank, s.alpha, s.dropout);
    if (adapted == 0)
        return makeError(fw::ErrorCode::InvalidArgument, tr("No module matches the LoRA targets %1 (known: %2)")
                                                             .arg(s.targetModules.join(QStringLiteral(", ")),
                                                                  LoraSettings::allTargets().join(QStringLiteral(", "))));
    return adapted;
}

TensorMap peftStateDict(Transformer& model)
{
    TensorMap out;
    for (const auto& p : model->named_parameters())
        if (p.key().find(".lora_") != std::string::npos)
            out.emplace(kPeftPrefix + TransformerImpl::hfName(p.key()), p.value().detach());
    return out;
}

Result<ModelFiles> savePeftAdapter(Transformer& model, const LoraSettings& settings,
                                   const QString& baseModel)
{
    const TensorMap weights = peftStateDict(model);
    if (weights.empty())
        return makeError(fw::ErrorCode::InvalidArgument, tr("The model carries no LoRA adapter to export"));
    Result<QByteArray> tensors =
        safetensorsBytes(weights, StDtype::F32, {{QStringLiteral("format"), QStringLiteral("pt")}});
    if (!tensors)
        return tensors.error();
    ModelFiles files;
    files.insert(kConfigName, QJsonDocument(settings.toPeftConfig(baseModel)).toJson());
    files.insert(kWeightsName, *tensors);
    return files;
}

Result<PeftAdapter> readPeftAdapter(const ModelFiles& files)
{
    if (!files.contains(kConfigName))
        return makeError(fw::ErrorCode::NotFound, tr("The adapter has no %1").arg(kConfigName));
    const QJsonObject json = QJsonDocument::fromJson(files.value(kConfigName)).object();
    if (json.value(QStringLiteral("peft_type")).toString() != QLatin1String("LORA"))
        return makeError(fw::ErrorCode::Unsupported,
                         tr("The adapter is not a LoRA adapter (%1)").arg(kConfigName));
    PeftAdapter adapter;
    adapter.settings = LoraSettings::fromPeftConfig(json);
    if (!files.contains(kWeightsName))
        return makeError(fw::ErrorCode::NotFound, tr("The adapter has no %1").arg(kWeightsName));
    auto weights = parseSafetensors(files.value(kWeightsName), kWeightsName);
    if (!weights)
        return weights.error();
    for (auto& [name, tensor] : *weights) {
        if (name.rfind(kPeftPrefix, 0) != 0)
            return makeError(
                fw::ErrorCode::Corrupt,
                tr("Unexpected adapter weight \"%1\"").arg(QString::fromStdString(name)));
        adapter.weights.emplace(TransformerImpl::fromHfName(name.substr(kPeftPrefix.size())),
                                tensor);
    }
    return adapter;
}

Result<LoraSettings> loadPeftAdapter(Transformer& model, const ModelFiles& files)
{
    auto adapter = readPeftAdapter(files);
    if (!adapter)
        return adapter.error();
    if (auto attached = attachLora(model, adapter->settings); !attached)
        return attached.error();
    auto params = model->named_parameters();
    torch::NoGradGuard noGrad;
    size_t loaded = 0;
    for (const auto& [ours, tensor] : adapter->weights) {
        if (!params.contains(ours) || params[ours].sizes() != tensor.sizes())
            return makeError(
                fw::ErrorCode::Corrupt,
                tr("Adapter weight \"%1\" does not fit this model")
                    .arg(QString::fromStdString(kPeftPrefix + TransformerImpl::hfName(ours))));
        params[ours].copy_(tensor);
        ++loaded;
    }
    if (loaded != peftStateDict(model).size())
        return makeError(fw::ErrorCode::Corrupt,
                         tr("The adapter lacks weights for some target modules"));
    return adapter->settings;
}

} // namespace fw::ml
