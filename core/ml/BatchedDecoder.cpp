// Decoding many sequences at once over one base: shared GEMMs, per-row positions, caches, adapters.
#include "ml/BatchedDecoder.h"

#include "ml/DecodeKernels.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fw::ml {

namespace {

enum Projection { Q, K, V, O, Gate, Up, Down };

int slotOf(int layer, Projection p)
{
    return layer * kProjectionsPerLayer + int(p);
}

} // namespace

BatchedDecoder::BatchedDecoder(Transformer base)
    : m_base(std::move(base)), m_rotary(m_base->config()), m_heads(m_base->config().nHeads),
      m_kvHeads(m_base->config().nKvHeads), m_headDim(m_base->config().effectiveHeadDim())
{
    auto modules = m_base->named_modules();
    for (const std::string& name : projectionNames(m_base->config()))
        m_projections.push_back(modules[name]->as<LoraLinearImpl>());
}

torch::Tensor BatchedDecoder::project(int slot, const torch::Tensor& x,
                                      const LoraDeltas* deltas) const
{
    const LoraLinearImpl* p = m_projections[size_t(slot)];
    torch::Tensor y = torch::nn::functional::linear(x, p->weight, p->bias);
    return deltas ? deltas->apply(slot, x, std::move(y)) : y;
}

torch::Tensor BatchedDecoder::attendRow(const torch::Tensor& q, const KvCache& cache, int layer,
                                        int64_t start) const
{
    const int64_t T = q.size(1), Tk = start + T, rep = m_heads / m_kvHeads;
    const torch::Tensor keys =
        cache.keys[size_t(layer)].select(0, 0).narrow(1, 0, Tk); // (KV, Tk, hd)
    const torch::Tensor values =
        cache.values[size_t(layer)].select(0, 0).narrow(1, 0, Tk); // (KV, Tk, hd)
    // Query head h reads kv head h / rep (HF repeat_kv): grouping the queries by kv head makes
    // that one batched GEMM without copying the keys rep times.
    torch::Tensor scores =
        torch::bmm(q.reshape({m_kvHeads, rep * T, m_headDim}), keys.transpose(1, 2));
    if (T > 1) { // a prompt: query i sees keys up to start + i
        const torch::Tensor mask =
            torch::full({T, Tk}, std::numeric_limits<float>::lowest(), scores.options())
                .triu(start + 1);
        scores = (scores.view({m_kvHeads, rep, T, Tk}) + mask).view({m_kvHeads, rep * T, Tk});
    }
    const torch::Tensor probs = torch::softmax(scores, -1, torch::kFloat32).to(q.scalar_type());
    return torch::bmm(probs, values).view({m_heads, T, m_headDim});
}

bool BatchedDecoder::loopsFit(const torch::Tensor& q, const std::vector<KvCache*>& caches,
                              int layer)
{
    if (q.size(2) != 1 || !q.device().is_cpu() || q.scalar_type() != torch::kFloat32)
        return false;
    for (const KvCache* c : caches)
        for (const torch::Tensor* t : {&c->keys[size_t(layer)], &c->values[size_t(layer)]})
            if (t->size(0) != 1 || t->scalar_type() != torch::kFloat32 || !t->is_contiguous())
                return false;
    return true;
}

torch::Tensor BatchedDecoder::attendStepLoops(int layer, const torch::Tensor& q,
                                              const torch::Tensor& k, const torch::Tensor& v,
                                              const std::vector<KvCache*>& caches) const
{
    const int64_t N = q.size(0), hd = m_headDim, rep = m_heads / m_kvHeads;
    const torch::Tensor qc = q.contiguous(), kc = k.contiguous(), vc = v.contiguous();
    torch::Tensor out = torch::empty({N, 1, m_heads * hd}, q.options());
    int64_t longest = 0;
    for (const KvCache* c : caches)
        longest = std::max(longest, c->length + 1);
    std::vector<float> scores(static_cast<size_t>(longest));
    for (int64_t i = 0; i < N; ++i) {
        KvCache& cache = *caches[size_t(i)];
        const int64_t position = cache.length, capacity = cache.capacity;
        float* keys = cache.keys[size_t(layer)].data_ptr<float>(); // (1, KV, capacity, hd)
        float* values = cache.values[size_t(layer)].data_ptr<float>();
        const float* kRow = kc.data_ptr<float>() + i * m_kvHeads * hd;
        const float* vRow = vc.data_ptr<float>() + i * m_kvHeads * hd;
        for (int64_t g = 0; g < m_kvHeads; ++g) {
            std::copy_n(kRow + g * hd, hd, keys + (g * capacity + position) * hd);
            std::copy_n(vRow + g * hd, hd, values + (g * capacity + position) * hd);
        }
        const float* qRow = qc.data_ptr<float>() + i * m_heads * hd;
        float* outRow = out.data_ptr<float>() + i * m_heads * hd;
        for (int64_t h = 0; h < m_heads; ++h) { // query head h reads kv head h / rep
            const int64_t g = h / rep;
            decode::attendHead(qRow + h * hd, keys + g * capacity * hd, values + g * capacity * hd,
                               position + 1, hd, scores.data(), outRow + h * hd);
        }
    }
    return out;
}

torch::Tensor BatchedDecoder::attention(int layer, const torch::Tensor& x, const torch::Tensor& cos,
                                        const torch::Tensor& sin,
                                        const std::vector<KvCache*>& caches,
                                        const LoraDeltas* deltas) const
{
    const int64_t N = x.size(0), T = x.size(1);
    torch::Tensor q =
        project(slotOf(layer, Q), x, deltas).view({N, T, m_heads, m_headDim}).transpose(1, 2);
    torch::Tensor k =
        project(slotOf(layer, K), x, deltas).view({N, T, m_kvHeads, m_headDim}).transpose(1, 2);
    const torch::Tensor v =
        project(slotOf(layer, V), x, deltas).view({N, T, m_kvHeads, m_headDim}).transpose(1, 2);
    q = Rotary::apply(q, cos, sin, 1.0 / std::sqrt(double(m_headDim))); // (N, H, T, hd), pre-scaled
    k = Rotary::apply(k, cos, sin);                                     // (N, KV, T, hd)
    if (loopsFit(q, caches, layer))
        return project(slotOf(layer, O), attendStepLoops(layer, q, k, v, caches), deltas);
    std::vector<torch::Tensor> rows;
    rows.reserve(size_t(N));
    for (int64_t i = 0; i < N; ++i) {
        KvCache& cache = *caches[size_t(i)];
        const int64_t start = cache.length;
        cache.keys[size_t(layer)].narrow(2, start, T).copy_(k.narrow(0, i, 1));
        cache.values[size_t(layer)].narrow(2, start, T).copy_(v.narrow(0, i, 1));
        rows.push_back(attendRow(q.select(0, i), cache, layer, start));
    }
    const torch::Tensor out =
        torch::stack(rows).transpose(1, 2).reshape({N, T, m_heads * m_headDim});
    return project(slotOf(layer, O), out, deltas);
}

torch::Tensor BatchedDecoder::forward(const torch::Tensor& tokens,
                                      const std::vector<KvCache*>& caches, const LoraDeltas* deltas)
{
    const int64_t N = tokens.size(0), T = tokens.size(1);
    TORCH_CHECK(int64_t(caches.size()) == N, "one KV cache per row");
    TORCH_CHECK(T == 1 || N == 1, "a prompt is prefilled alone");
    std::vector<int64_t> starts;
    for (const KvCache* c : caches) {
        TORCH_CHECK(c->length + T <= c->capacity, "KV cache too small");
        starts.push_back(c->length);
    }
    const auto longs = torch::TensorOptions(torch::kLong).device(tokens.device());
    const torch::Tensor positions =
        torch::tensor(starts, longs).view({N, 1}) + torch::arange(T, longs).view({1, T}); // (N, T)
    const auto [cos, sin] = m_rotary.cosSin(positions); // (N, T, hd)
    torch::Tensor h = m_base->embed_tokens(tokens);     // (N, T, dim)
    for (int l = 0; l < int(m_base->layers->size()); ++l) {
        auto block = m_base->layers[size_t(l)]->as<TransformerBlock>();
        h = h + attention(l, block->input_layernorm(h), cos, sin, caches, deltas);
        const torch::Tensor x = block->post_attention_layernorm(h);
        const torch::Tensor gate = project(slotOf(l, Gate), x, deltas),
                            up = project(slotOf(l, Up), x, deltas);
        h = h + project(slotOf(l, Down), swiGlu(gate, up), deltas);
    }
    for (KvCache* c : caches)
        c->length += T;
    const torch::Tensor last = m_base->norm(h.select(1, T - 1)).unsqueeze(1); // (N, 1, dim)
    const torch::Tensor logits =
        m_base->lm_head ? project(int(m_projections.size()) - 1, last, deltas)
                        : torch::nn::functional::linear(last, m_base->embed_tokens->weight);
    return logits.squeeze(1); // (N, vocab)
}

} // namespace fw::ml
