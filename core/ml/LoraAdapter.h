// Attaching, exporting (PEFT layout) and loading LoRA adapters on a Transformer.
#pragma once

#include "ml/LoraSettings.h"
#include "ml/Safetensors.h"
#include "ml/Transformer.h"

namespace fw::ml {

// Freezes the base and adds adapters to the target projections; fails when nothing matches.
Result<int> attachLora(Transformer& model, const LoraSettings& settings);
// The adapter weights under PEFT names: "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight".
TensorMap peftStateDict(Transformer& model);
// adapter_config.json + adapter_model.safetensors, in memory.
Result<ModelFiles> savePeftAdapter(Transformer& model, const LoraSettings& settings,
                                   const QString& baseModel);
// An adapter's settings and weights as PEFT stores them, the weights under our module names
// ("layers.0.self_attn.q_proj.lora_A.weight"), before they meet any model.
struct PeftAdapter
{
    LoraSettings settings;
    TensorMap weights;
};
Result<PeftAdapter> readPeftAdapter(const ModelFiles& files);
// Attaches the adapter in `files` (PEFT layout) to a model without one and loads its weights.
Result<LoraSettings> loadPeftAdapter(Transformer& model, const ModelFiles& files);

} // namespace fw::ml
