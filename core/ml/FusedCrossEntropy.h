// Cross-entropy over the vocabulary as one fused CPU kernel per direction (F32), composite ops
// elsewhere: no log-probability tensor and no one-hot gradient are materialised.
#pragma once

#include <ATen/core/Tensor.h>

namespace fw::ml {

// Sum over rows of -log softmax(logits)[target] for logits (N, V) and targets (N) int64; rows whose
// target is `ignoreIndex` add nothing (and get a zero gradient). A 0-dim tensor.
at::Tensor crossEntropySum(const at::Tensor& logits, const at::Tensor& targets,
                           int64_t ignoreIndex = -100);

// The reference: torch's cross_entropy with reduction sum.
at::Tensor crossEntropySumComposite(const at::Tensor& logits, const at::Tensor& targets,
                                    int64_t ignoreIndex = -100);

} // namespace fw::ml
