// Per-example gradients of a LoRA adapter's loss, randomly projected to a few hundred numbers at
// each of a run's adapter checkpoints (TracIn with a seeded Rademacher sketch): the torch-free face
// of the engine's gradient maths, for gradient attribution.
#pragma once

#include "common/Result.h"
#include "ml/AdapterCheckpoint.h"
#include "ml/TrainingConfig.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace fw::ml {

struct SketchSettings
{
    uint64_t seed = 0x6c6f7261; // the projection's seed: the same seed, the same projection
    int dim = 256;              // projected size per checkpoint; a multiple of 64
};

// The projection, generated on the fly from (seed, parameter index, word): entry (i, k) of the
// n x dim matrix is +-1/sqrt(dim), bit k % 64 of splitmix64(seed + i * dim / 64 + k / 64).
// `gradient` (n values, the adapter's parameters in the model's order) -> `out` (dim values),
// summed in double in index order: the same gradient gives bit-identical numbers on any thread
// count.
void projectGradient(const float* gradient, int64_t n, const SketchSettings& settings, double* out);

class GradientSketcher
{
public:
    virtual ~GradientSketcher() = default;
    virtual int checkpointCount() const = 0;
    virtual const SketchSettings& settings() const = 0;
    // The projected gradient of the examples' loss (mean over their response tokens, as SFT
    // trains) at every checkpoint: checkpointCount() * dim values, checkpoint after checkpoint.
    virtual Result<std::vector<float>> sketch(const std::vector<SftExample>& examples) = 0;
};

// A base model (Hugging Face files) and the checkpoints of one adapter trained on it. Torch threads
// are the caller's choice (setThreadLayout); the numbers do not depend on it, as sketch() runs
// OpenBLAS on one thread (SingleThreadedBlas).
Result<std::unique_ptr<GradientSketcher>>
makeGradientSketcher(const ModelFiles& base, const std::vector<AdapterCheckpoint>& checkpoints,
                     const SketchSettings& settings);

} // namespace fw::ml
