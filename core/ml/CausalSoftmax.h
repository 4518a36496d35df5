// softmax(scores + causal mask) as one fused CPU pass per direction, in fp32 or over bf16 scores.
#pragma once

#include <ATen/core/Tensor.h>

namespace fw::ml {

// scores (N, T, T), F32 or BF16 on the CPU: row r of each T x T block is a softmax over keys 0..r,
// and its keys after r are written as zeros, so no mask is built, read or added, and the masked half
// costs nothing. Arithmetic in fp32 whatever the storage; the result has the scores' dtype.
at::Tensor causalSoftmax(const at::Tensor& scores);

} // namespace fw::ml
