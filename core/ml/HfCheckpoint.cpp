// HF checkpoint load/save with strict name and shape checks, so a wrong file fails loudly.
#include "ml/HfCheckpoint.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

bool isLoraName(const std::string& name)
{
    return name.find(".lora_") != std::string::npos;
}

QString shapeText(torch::IntArrayRef sizes)
{
    QStringList parts;
    for (int64_t d : sizes)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

TensorMap hfStateDict(Transformer& model)
{
    TensorMap out;
    for (const auto& p : model->named_parameters())
        if (!isLoraName(p.key()))
            out.emplace(TransformerImpl::hfName(p.key()), p.value().detach());
    return out;
}

Status loadHfStateDict(Transformer& model, const TensorMap& weights)
{
    auto params = model->named_parameters();
    for (const auto& [hfName, tensor] : weights) {
        const std::string name = TransformerImpl::fromHfName(hfName);
        if (name.find("rotary_emb.inv_freq") != std::string::npos)
            continue; // older HF exports persist this buffer; we recompute it from the config
        if (name == "lm_head.weight" && model->config().tieEmbeddings)
            continue;
        if (!params.contains(name))
            return makeError(ErrorCode::Corrupt, tr("Unexpected weight \"%1\": the checkpoint does not match "
                                                    "config.json").arg(QString::fromStdString(hfName)));
    }
    torch::NoGradGuard noGrad;
    for (auto& p : params) {
        if (isLoraName(p.key()))
            continue;
        const auto found = weights.find(TransformerImpl::hfName(p.key()));
        if (found == weights.end())
            return makeError(ErrorCode::Corrupt, tr("Missing weight \"%1\" in the checkpoint")
                                                     .arg(QString::fromStdString(TransformerImpl::hfName(p.key()))));
        if (found->second.sizes() != p.value().sizes())
            return makeError(ErrorCode::Corrupt, tr("Weight \"%1\" has shape %2, the config needs %3")
                                                     .arg(QString::fromStdString(found->first),
                                                          shapeText(found->second.sizes()),
                                                          shapeText(p.value().sizes())));
        p.value().copy_(found->second);
    }
    return Status::success();
}

Result<Transformer> loadHfModel(const ModelFiles& files, torch::Device device)
{
    const QString configName = QStringLiteral("config.json");
    if (!files.contains(configName))
        return makeError(ErrorCode::NotFound, tr("The model has no config.json"));
    auto config = ModelConfig::fromHfBytes(files.value(configName), configName);
    if (!config)
        return config.error();
    auto weights = readSafetensorsFiles(files);
    if (!weights)
        return weights.error();
    Transformer model(*config);
    if (Status s = loadHfStateDict(model, *weights); !s)
        return s.error();
    model->to(device);
    model->eval();
    return model;
}

Status saveHfModel(Transformer& model, ModelFiles& files, StDtype dtype, uint64_t maxShardBytes)
{
    files.insert(QStringLiteral("config.json"), QJsonDocument(model->config().toHfJson()).toJson());
    return writeSafetensorsFiles(files, hfStateDict(model), dtype, maxShardBytes);
}

Result<Transformer> loadHfModel(const QString& dirPath, torch::Device device)
{
    Result<ModelFiles> files = ModelFiles::readFolder(dirPath);
    if (!files)
        return files.error();
    return loadHfModel(*files, device);
}

Status saveHfModel(Transformer& model, const QString& dirPath, StDtype dtype, uint64_t maxShardBytes)
{
    ModelFiles files;
    if (Status s = saveHfModel(model, files, dtype, maxShardBytes); !s)
        return s;
    return files.writeFolder(dirPath);
}

} // namespace fw::ml
