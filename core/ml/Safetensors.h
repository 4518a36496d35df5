// Reading and writing safetensors files (single and sharded) as named torch tensors.
#pragma once

#include "common/ModelFiles.h"
#include "ml/SafetensorsHeader.h"

#include <torch/torch.h>

#include <map>

namespace fw::ml {

using TensorMap = std::map<std::string, torch::Tensor>;

// Every tensor of one safetensors file held in memory (`name` is for messages); F16/BF16/F64
// become F32 when `floatsToF32` (CPU compute). A truncated or damaged buffer is an error.
Result<TensorMap> parseSafetensors(const QByteArray& bytes, const QString& name,
                                   bool floatsToF32 = true);
// One safetensors file in memory: floating tensors as `floatDtype` (F32, F16 or BF16), others as
// they are.
Result<QByteArray> safetensorsBytes(const TensorMap& tensors, StDtype floatDtype = StDtype::F32,
                                    const QMap<QString, QString>& metadata = {});

// The same on a file (a user's folder, tests); the write is atomic.
Result<TensorMap> readSafetensors(const QString& path, bool floatsToF32 = true);
Status writeSafetensors(const QString& path, const TensorMap& tensors, StDtype floatDtype = StDtype::F32,
                        const QMap<QString, QString>& metadata = {});

// A model's weights: "model.safetensors", or the shards named by "model.safetensors.index.json".
Result<TensorMap> readSafetensorsFiles(const ModelFiles& files, bool floatsToF32 = true);
// Adds "model.safetensors", or shards of at most `maxShardBytes` plus the index when it is > 0.
Status writeSafetensorsFiles(ModelFiles& files, const TensorMap& tensors,
                             StDtype floatDtype = StDtype::F32, uint64_t maxShardBytes = 0);

} // namespace fw::ml
