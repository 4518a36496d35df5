// A LoRA adapter resident in a serving engine, apart from the base: per adapted projection its
// A (r, in), B (out, r) and scaling, checked against the base it serves.
#pragma once

#include "common/ModelFiles.h"
#include "ml/FastDecoder.h"
#include "ml/Transformer.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fw::ml {

// The base's projections in a fixed order (a "slot" is an index into it): per layer q, k, v, o,
// gate, up, down ("layers.0.self_attn.q_proj", ...), then "lm_head" when the head is untied.
std::vector<std::string> projectionNames(const ModelConfig& config);
inline constexpr int kProjectionsPerLayer = 7;

struct ServingAdapter
{
    int rank = 0;
    double scaling = 0.0;         // alpha / r
    std::vector<torch::Tensor> a; // per slot (r, in); undefined where the adapter does not reach
    std::vector<torch::Tensor> b; // per slot (out, r)
};

// The adapter in `files` (PEFT layout) for `base`: fails, naming the tensor, when a target module
// matches no projection, a weight is missing, unknown, or shaped for another model.
Result<std::shared_ptr<const ServingAdapter>> makeServingAdapter(const ModelFiles& files,
                                                                 TransformerImpl& base);

// The adapter's tensors as FastDecoder reads them (borrowed: keep the adapter while it is used);
// nothing when one of them is not contiguous F32 on the CPU.
std::optional<FastLora> fastLoraOf(const ServingAdapter& adapter);

// How a decode step adds adapters to the base projections.
class LoraDeltas
{
public:
    virtual ~LoraDeltas() = default;
    // y (N, T, out) = base projection `slot` of x (N, T, in); returns y plus the adapters' update.
    virtual torch::Tensor apply(int slot, const torch::Tensor& x, torch::Tensor y) const = 0;
};

// One adapter for every row (a prompt's prefill), computed as LoraLinear computes it.
class SingleAdapterDeltas final : public LoraDeltas
{
public:
    explicit SingleAdapterDeltas(const ServingAdapter& adapter) : m_adapter(adapter) {}
    torch::Tensor apply(int slot, const torch::Tensor& x, torch::Tensor y) const override;

    // y + scaling * B(A(x)) with one adapter's tensors (shared with AdapterRows).
    static torch::Tensor add(const ServingAdapter& adapter, int slot, const torch::Tensor& x,
                             torch::Tensor y);

private:
    const ServingAdapter& m_adapter;
};

} // namespace fw::ml
