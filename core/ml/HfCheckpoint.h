// Hugging Face model folders: config.json + safetensors weights <-> a Transformer.
#pragma once

#include "ml/Safetensors.h"
#include "ml/Transformer.h"

namespace fw::ml {

// The base weights under their HF names ("model.layers.0...", "lm_head.weight"); LoRA excluded.
TensorMap hfStateDict(Transformer& model);
// Copies HF-named weights into the model: every parameter must be present with its exact shape;
// unknown names are refused (rotary inv_freq buffers and a redundant tied lm_head are ignored).
Status loadHfStateDict(Transformer& model, const TensorMap& weights);

// Builds the model on `device` from config.json and the weights among `files`.
Result<Transformer> loadHfModel(const ModelFiles& files, torch::Device device = torch::kCPU);
// Adds config.json and the weights (sharded when maxShardBytes > 0) to `files`.
Status saveHfModel(Transformer& model, ModelFiles& files, StDtype dtype = StDtype::F32,
                   uint64_t maxShardBytes = 0);

// The same on a folder (a user's folder, tests).
Result<Transformer> loadHfModel(const QString& dir, torch::Device device = torch::kCPU);
Status saveHfModel(Transformer& model, const QString& dir, StDtype dtype = StDtype::F32,
                   uint64_t maxShardBytes = 0);

} // namespace fw::ml
