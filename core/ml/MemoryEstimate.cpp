// Memory arithmetic for training runs (bytes, F32 everywhere as computed on CPU).
#include "ml/MemoryEstimate.h"

namespace fw::ml {

int64_t MemoryEstimate::loraParameters(const ModelConfig& c, const LoraSettings& lora)
{
    const int64_t hd = c.effectiveHeadDim();
    int64_t perLayer = 0;
    auto add = [&](const char* name, int64_t in, int64_t out) {
        if (lora.targetModules.contains(QLatin1String(name)))
            perLayer += int64_t(lora.rank) * (in + out);
    };
    add("q_proj", c.dim, c.nHeads * hd);
    add("k_proj", c.dim, c.nKvHeads * hd);
    add("v_proj", c.dim, c.nKvHeads * hd);
    add("o_proj", c.nHeads * hd, c.dim);
    add("gate_proj", c.dim, c.hiddenDim);
    add("up_proj", c.dim, c.hiddenDim);
    add("down_proj", c.hiddenDim, c.dim);
    return perLayer * c.nLayers;
}

MemoryEstimate MemoryEstimate::forTraining(const ModelConfig& c, const TrainingConfig& t)
{
    constexpr int64_t kFloat = 4;
    MemoryEstimate m;
    const int64_t base = c.parameterCount();
    const bool lora = t.method == TrainingConfig::Method::Lora;
    const int64_t trainable = lora ? loraParameters(c, t.lora) : base;
    m.weights = (base + (lora ? trainable : 0)) * kFloat;
    m.gradients = trainable * kFloat;
    m.optimizer = 2 * trainable * kFloat;
    const int64_t tokens = int64_t(t.batchSize) * t.seqLen;
    const int64_t perTokenPerLayer = 10 * int64_t(c.dim) + 4 * int64_t(c.hiddenDim) + 2 * int64_t(c.nHeads) * t.seqLen;
    m.activations = tokens * (c.nLayers * perTokenPerLayer + 3 * int64_t(c.vocabSize)) * kFloat;
    return m;
}

} // namespace fw::ml
