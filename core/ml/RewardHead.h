// A reward model's scalar head as it travels beside the model or adapter files: one safetensors
// file holding "score.weight" (1, dim).
#pragma once

#include "common/ModelFiles.h"
#include "common/Result.h"

#include <torch/torch.h>

namespace fw::ml {

inline const char* const kRewardHeadFile = "reward_head.safetensors";

// Adds kRewardHeadFile to `files`.
Status addRewardHead(ModelFiles& files, const torch::Tensor& score);
// The head among `files`, checked against the model's width; NotFound when the files carry none.
Result<torch::Tensor> readRewardHead(const ModelFiles& files, int64_t dim);

} // namespace fw::ml
