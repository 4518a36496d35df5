// AdamW over one flat buffer: the trained parameters and their gradients become views of two
// contiguous tensors, so clipping, zeroing and the update are one pass each instead of a dozen
// tensor ops per parameter.
#pragma once

#include <string>
#include <torch/torch.h>
#include <vector>

namespace fw::ml {

struct FlatAdamWOptions
{
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    double weightDecay = 0.0; // on the parameters of two or more dimensions only (matrices)
};

class FlatAdamW
{
public:
    // Moves `params` (CPU, F32, contiguous or not) into one buffer and their gradients into
    // another; the tensors the caller holds stay valid and now share those buffers. Matrices come
    // first, so weight decay is one range.
    FlatAdamW(const std::vector<torch::Tensor>& params, const FlatAdamWOptions& options);

    // Whether these parameters can be flattened: all on the CPU, F32, requiring gradients.
    static bool supports(const std::vector<torch::Tensor>& params);

    void zeroGrad();
    // Every gradient as one (N) tensor, the one buffer a data-parallel all-reduce sums in place.
    torch::Tensor& gradients() { return m_grads; }
    // Every parameter as one (N) tensor, which rank 0 broadcasts before the first step.
    torch::Tensor& parameters() { return m_params; }
    // Scales the gradients so their global L2 norm is at most maxNorm; returns the norm before.
    double clipGradNorm(double maxNorm);
    void step(double learningRate);
    int64_t stepCount() const { return m_step; }

    // The moments and step, for checkpoints.
    void save(torch::serialize::OutputArchive& archive) const;
    // False when the archive holds no flat state of this size.
    bool load(torch::serialize::InputArchive& archive);

private:
    FlatAdamWOptions m_options;
    torch::Tensor m_params, m_grads, m_expAvg, m_expAvgSq; // (N) each
    int64_t m_decayed = 0; // the first m_decayed elements take weight decay
    int64_t m_step = 0;
};

} // namespace fw::ml
