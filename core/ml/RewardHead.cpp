// Reward head <-> its safetensors file.
#include "ml/RewardHead.h"

#include "ml/Safetensors.h"

#include <QCoreApplication>

namespace fw::ml {

Status addRewardHead(ModelFiles& files, const torch::Tensor& score)
{
    Result<QByteArray> bytes =
        safetensorsBytes({{"score.weight", score.detach().cpu().contiguous()}});
    if (!bytes)
        return bytes.error();
    files.insert(QLatin1String(kRewardHeadFile), *bytes);
    return Status::success();
}

Result<torch::Tensor> readRewardHead(const ModelFiles& files, int64_t dim)
{
    const QString name = QLatin1String(kRewardHeadFile);
    if (!files.contains(name))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("fw::ml", "This model has no reward head; train one with "
                                                  "the \"reward\" objective."));
    Result<TensorMap> tensors = parseSafetensors(files.value(name), name);
    if (!tensors)
        return tensors.error();
    const auto it = tensors->find("score.weight");
    if (it == tensors->end() || it->second.dim() != 2 || it->second.size(0) != 1 ||
        it->second.size(1) != dim)
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("fw::ml", "%1: \"score.weight\" must be a (1, %2) tensor")
                .arg(name)
                .arg(dim));
    return it->second;
}

} // namespace fw::ml
