// PEFT-compatible LoRA export/import: names, config fields and checks on both ways.
#include "ml/LoraAdapter.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

const std::string kPeftPrefix = "base_model.model.";

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

Status savePeftAdapter(Transformer& model, const LoraSettings& settings, const QString& dirPath,
                       const QString& baseModel)
{
    const TensorMap weights = peftStateDict(model);
    if (weights.empty())
        return makeError(fw::ErrorCode::InvalidArgument, tr("The model carries no LoRA adapter to export"));
    if (!QDir().mkpath(dirPath))
        return makeError(fw::ErrorCode::Io, tr("Cannot create folder %1").arg(dirPath));
    const QDir dir(dirPath);
    const QByteArray config = QJsonDocument(settings.toPeftConfig(baseModel)).toJson();
    if (Status s = fw::writeFileAtomically(dir.filePath(QStringLiteral("adapter_config.json")), config); !s)
        return s;
    return writeSafetensors(dir.filePath(QStringLiteral("adapter_model.safetensors")), weights, StDtype::F32,
                            {{QStringLiteral("format"), QStringLiteral("pt")}});
}

Result<LoraSettings> loadPeftAdapter(Transformer& model, const QString& dirPath)
{
    const QDir dir(dirPath);
    QFile file(dir.filePath(QStringLiteral("adapter_config.json")));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(fw::ErrorCode::NotFound, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("peft_type")).toString() != QLatin1String("LORA"))
        return makeError(fw::ErrorCode::Unsupported, tr("%1 is not a LoRA adapter").arg(dirPath));
    const LoraSettings settings = LoraSettings::fromPeftConfig(json);
    auto weights = readSafetensors(dir.filePath(QStringLiteral("adapter_model.safetensors")));
    if (!weights)
        return weights.error();
    if (auto attached = attachLora(model, settings); !attached)
        return attached.error();
    auto params = model->named_parameters();
    torch::NoGradGuard noGrad;
    size_t loaded = 0;
    for (const auto& [name, tensor] : *weights) {
        if (name.rfind(kPeftPrefix, 0) != 0)
            return makeError(fw::ErrorCode::Corrupt, tr("Unexpected adapter weight \"%1\"").arg(QString::fromStdString(name)));
        const std::string ours = TransformerImpl::fromHfName(name.substr(kPeftPrefix.size()));
        if (!params.contains(ours) || params[ours].sizes() != tensor.sizes())
            return makeError(fw::ErrorCode::Corrupt, tr("Adapter weight \"%1\" does not fit this model")
                                                         .arg(QString::fromStdString(name)));
        params[ours].copy_(tensor);
        ++loaded;
    }
    if (loaded != peftStateDict(model).size())
        return makeError(fw::ErrorCode::Corrupt, tr("The adapter in %1 lacks weights for some target modules").arg(dirPath));
    return settings;
}

} // namespace fw::ml
