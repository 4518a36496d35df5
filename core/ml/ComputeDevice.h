// Picks the torch device: CUDA when libtorch has it and the user allows it, else CPU.
#pragma once

#include <torch/torch.h>

namespace fw::ml {

inline torch::Device computeDevice(bool allowCuda)
{
    return allowCuda && torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

} // namespace fw::ml
