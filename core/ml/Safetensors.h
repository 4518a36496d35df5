// Reading and writing safetensors files (single and sharded) as named torch tensors.
#pragma once

#include "ml/SafetensorsHeader.h"

#include <torch/torch.h>

#include <map>

namespace fw::ml {

using TensorMap = std::map<std::string, torch::Tensor>;

// Reads every tensor of one file; F16/BF16/F64 become F32 when `floatsToF32` (CPU compute).
Result<TensorMap> readSafetensors(const QString& path, bool floatsToF32 = true);
// Writes floating tensors as `floatDtype` (F32, F16 or BF16), others as they are; atomically.
Status writeSafetensors(const QString& path, const TensorMap& tensors, StDtype floatDtype = StDtype::F32,
                        const QMap<QString, QString>& metadata = {});

// A folder's weights: "model.safetensors", or the shards named by "model.safetensors.index.json".
Result<TensorMap> readSafetensorsFolder(const QString& dir, bool floatsToF32 = true);
// Writes "model.safetensors", or shards of at most `maxShardBytes` plus the index when it is > 0.
Status writeSafetensorsFolder(const QString& dir, const TensorMap& tensors, StDtype floatDtype = StDtype::F32,
                              uint64_t maxShardBytes = 0);

} // namespace fw::ml
