// Reading a Transformer's parameters once into FastWeights, and keeping that copy current.
#include "ml/FastWeights.h"

#include "ml/DecodeKernels.h"
#include "ml/Rotary.h"
#include "ml/Transformer.h"

namespace fw::ml {

namespace {

std::vector<float> toVector(const torch::Tensor& t)
{
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// W as the module computes it: with its adapter folded in while the adapter is on.
torch::Tensor effectiveWeight(const LoraLinearImpl& p)
{
    torch::Tensor w = p.weight.detach();
    if (p.hasLora() && p.loraEnabled())
        w = w + p.loraB->weight.detach().matmul(p.loraA->weight.detach()) * p.loraScaling;
    return w;
}

void quantize(FastMatrix& m)
{
    const int64_t blocks = m.blocks();
    m.q8.assign(size_t(m.rows * blocks * decode::kQ8Block), 0);
    m.scales.assign(size_t(m.rows * blocks), 0.0f);
    for (int64_t r = 0; r < m.rows; ++r)
        decode::quantizeQ8(m.weights() + r * m.cols, m.cols,
                           m.q8.data() + r * blocks * decode::kQ8Block,
                           m.scales.data() + r * blocks);
    m.f32.clear();
    m.f32.shrink_to_fit();
    m.shared = nullptr;
}

// Several projections of the same input as one matrix, their rows in the order given.
FastMatrix stacked(const std::vector<const LoraLinearImpl*>& parts, WeightPrecision precision)
{
    std::vector<torch::Tensor> weights, biases;
    for (const LoraLinearImpl* p : parts) {
        weights.push_back(effectiveWeight(*p));
        if (p->bias.defined())
            biases.push_back(p->bias.detach());
    }
    FastMatrix m;
    const torch::Tensor w = torch::cat(weights);
    m.rows = w.size(0), m.cols = w.size(1);
    m.f32 = toVector(w);
    if (!biases.empty()) // the config biases all of a layer's q/k/v (or MLP) projections or none
        m.bias = toVector(torch::cat(biases));
    if (precision == WeightPrecision::Int8)
        quantize(m);
    return m;
}

FastLayer readLayer(TransformerBlockImpl& block, WeightPrecision precision)
{
    FastLayer l;
    l.attentionNorm = toVector(block.input_layernorm->weight);
    l.feedForwardNorm = toVector(block.post_attention_layernorm->weight);
    const AttentionImpl& a = *block.self_attn;
    l.qkv = stacked({a.q_proj.get(), a.k_proj.get(), a.v_proj.get()}, precision);
    l.output = stacked({a.o_proj.get()}, precision);
    const FeedForwardImpl& f = *block.mlp;
    l.gateUp = stacked({f.gate_proj.get(), f.up_proj.get()}, precision);
    l.down = stacked({f.down_proj.get()}, precision);
    return l;
}

} // namespace

int64_t FastMatrix::blocks() const
{
    return decode::q8Blocks(cols);
}

bool FastWeights::supports(const TransformerImpl& model)
{
    if (model.config().ropeScaling.type == QLatin1String("dynamic"))
        return false; // its frequencies depend on the sequence length, not the position alone
    for (const auto& p : model.parameters())
        if (!p.device().is_cpu() || p.scalar_type() != torch::kFloat32)
            return false;
    return true;
}

FastWeights::Fingerprint FastWeights::fingerprint(const TransformerImpl& model)
{
    Fingerprint f;
    for (const auto& p : model.parameters())
        f.emplace_back(p.data_ptr(), p._version());
    for (const auto& m : model.modules(/*include_self=*/false))
        if (const auto* linear = dynamic_cast<const LoraLinearImpl*>(m.get());
            linear && linear->hasLora())
            f.emplace_back(linear, linear->loraEnabled() ? 1 : 0);
    return f;
}

std::shared_ptr<const FastWeights> FastWeights::build(const TransformerImpl& constModel,
                                                      WeightPrecision precision)
{
    torch::NoGradGuard noGrad;
    // The module accessors are not const; nothing below writes to the model.
    auto& model = const_cast<TransformerImpl&>(constModel);
    const ModelConfig& c = model.config();
    auto w = std::make_shared<FastWeights>();
    w->source = fingerprint(model);
    w->precision = precision;
    w->dim = c.dim, w->hidden = c.hiddenDim, w->heads = c.nHeads, w->kvHeads = c.nKvHeads;
    w->headDim = c.effectiveHeadDim(), w->vocab = c.vocabSize, w->maxSeqLen = c.maxSeqLen;
    w->normEps = float(c.normEps);
    w->embedding = toVector(model.embed_tokens->weight);
    for (size_t i = 0; i < model.layers->size(); ++i)
        w->layers.push_back(readLayer(*model.layers[i]->as<TransformerBlockImpl>(), precision));
    w->finalNorm = toVector(model.norm->weight);
    if (model.lm_head) {
        w->head = stacked({model.lm_head.get()}, precision);
    } else {
        w->head.rows = c.vocabSize, w->head.cols = c.dim;
        w->head.shared = w->embedding.data();
        if (precision == WeightPrecision::Int8)
            quantize(w->head);
    }
    w->inverseFrequencies = toVector(Rotary(c).inverseFrequencies());
    if (c.ropeScaling.type == QLatin1String("linear"))
        w->positionDivisor = float(c.ropeScaling.factor);
    return w;
}

std::shared_ptr<const FastWeights> FastWeightsCache::get(const TransformerImpl& model,
                                                         WeightPrecision precision)
{
    const FastWeights::Fingerprint now = FastWeights::fingerprint(model);
    std::lock_guard<std::mutex> lock(m_mutex);
    std::shared_ptr<const FastWeights>& slot = precision == WeightPrecision::F32 ? m_f32 : m_int8;
    if (!slot || slot->source != now) {
        slot.reset(); // release the stale copy before the new one is allocated
        slot = FastWeights::build(model, precision);
        ++m_builds;
    }
    return slot;
}

int FastWeightsCache::builds() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_builds;
}

} // namespace fw::ml
