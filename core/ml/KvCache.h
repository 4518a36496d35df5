// Per-run buffers of generation: keys and values of every layer, preallocated to a capacity.
#pragma once

#include <torch/torch.h>

#include <vector>

namespace fw::ml {

struct KvCache
{
    std::vector<torch::Tensor> keys;   // per layer (B, nKvHeads, capacity, headDim)
    std::vector<torch::Tensor> values; // per layer (B, nKvHeads, capacity, headDim)
    torch::Tensor valid;               // (B, capacity) bool: false for left padding
    int64_t length = 0;                // positions filled so far
    int64_t capacity = 0;

    int64_t batch() const { return valid.defined() ? valid.size(0) : 0; }
};

} // namespace fw::ml
