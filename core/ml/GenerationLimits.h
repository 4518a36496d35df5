// Limits of a generation request, checked before any KV cache is allocated (Generator,
// ServingEngine).
#pragma once

#include "ml/GenerationOptions.h"
#include "ml/ModelConfig.h"

#include <optional>
#include <vector>

namespace fw::ml {

// Sequences decoded together at most: each one holds a KV cache as long as its context.
inline constexpr size_t kMaxBatch = 256;

// Why these prompts and options cannot run on `config`: too many prompts, a token budget outside
// the context, a prompt longer than the context, a token id outside the vocabulary.
std::optional<Error> generationLimitError(const std::vector<std::vector<int>>& prompts,
                                          const GenerationOptions& options,
                                          const ModelConfig& config);

} // namespace fw::ml
