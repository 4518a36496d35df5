// Decoding loop: prefill the padded batch once, then one cached step per new token.
#include "ml/Generator.h"

#include "ml/DecodeKernels.h"
#include "ml/FastDecoder.h"
#include "ml/GenerationLimits.h"
#include "ml/SequenceProgress.h"

#include <ATen/CPUGeneratorImpl.h>
#include <optional>

namespace fw::ml {

namespace {

// Generator::sample on a row of the fast path's logits; greedy without the tensor around it.
int sampleRow(const float* logits, int64_t vocab, const std::vector<int>& context,
              const GenerationOptions& o, at::Generator& rng)
{
    if (o.temperature <= 0.0 && (o.repetitionPenalty == 1.0 || context.empty()))
        return int(decode::argmax(logits, vocab));
    // sample() copies the row before it changes anything, and draws from the same generator as
    // the torch path, so a seed gives the same tokens on both.
    const torch::Tensor row = torch::from_blob(const_cast<float*>(logits), {vocab}, torch::kFloat32);
    return int(Generator::sample(row, context, o, rng));
}

} // namespace

Generator::Generator(Transformer model, std::shared_ptr<const Tokenizer> tokenizer,
                     std::shared_ptr<FastWeightsCache> fastWeights)
    : m_model(std::move(model)), m_tokenizer(std::move(tokenizer)),
      m_fastWeights(fastWeights ? std::move(fastWeights) : std::make_shared<FastWeightsCache>())
{
}

bool Generator::usesFastPath(const std::vector<std::vector<int>>& prompts) const
{
    return m_path == DecodePath::Auto && prompts.size() == 1 && !prompts.front().empty() &&
           FastWeights::supports(*m_model);
}

GenerationResult Generator::generateFast(const std::vector<int>& prompt, const GenerationOptions& o,
                                         const StreamCallback& onText, const std::atomic_bool* cancel)
{
    SequenceProgress s(prompt, o, m_tokenizer);
    // The same capacity as the torch path: the answer ends (Length) when the context is full.
    const int64_t capacity = std::min<int64_t>(int64_t(prompt.size()) + o.maxNewTokens, m_model->config().maxSeqLen);
    KvCache cache = m_model->makeCache(1, capacity);
    const FastKvView view = FastKvView::of(cache);
    FastDecoder decoder(m_fastWeights->get(*m_model, m_precision));
    const float* logits = nullptr;
    for (size_t t = 0; t < prompt.size(); ++t) // only the last prompt token needs the LM head
        logits = decoder.step(prompt[t], int64_t(t), view, t + 1 == prompt.size());
    int64_t length = int64_t(prompt.size());
    at::Generator rng = at::detail::createCPUGenerator(o.seed);
    for (int step = 0; step < o.maxNewTokens; ++step) {
        if (cancel && cancel->load()) {
            s.cancel();
            break;
        }
        const int id = sampleRow(logits, decoder.weights().vocab, s.context(), o, rng);
        const QString delta = s.accept(id);
        if (onText && !delta.isEmpty() && !onText(0, delta))
            s.cancel();
        if (s.done() || length >= capacity)
            break;
        logits = decoder.step(id, length++, view);
    }
    if (const QString rest = s.flush(); onText && !rest.isEmpty())
        onText(0, rest);
    return s.takeResult();
}

int64_t Generator::sample(torch::Tensor logits, const std::vector<int>& context, const GenerationOptions& o,
                          at::Generator& rng)
{
    if (o.temperature <= 0.0 && (o.repetitionPenalty == 1.0 || context.empty()))
        return logits.argmax().item<int64_t>();  // greedy: no copy of the row needed
    logits = logits.to(torch::kFloat32).clone(); // (V)
    if (o.repetitionPenalty != 1.0 && !context.empty()) {
        const torch::Tensor ids = torch::tensor(std::vector<int64_t>(context.begin(), context.end())).to(logits.device());
        const torch::Tensor seen = logits.index_select(0, ids);
        logits.index_put_({ids}, torch::where(seen > 0, seen / o.repetitionPenalty, seen * o.repetitionPenalty));
    }
    if (o.temperature <= 0.0)
        return logits.argmax().item<int64_t>();
    logits = logits / o.temperature;
    if (o.topK > 0 && o.topK < logits.size(0)) {
        const double kth = std::get<0>(logits.topk(o.topK)).min().item<double>();
        logits = logits.masked_fill(logits < kth, -std::numeric_limits<float>::infinity());
    }
    if (o.topP < 1.0) {
        const auto [sorted, order] = logits.sort(/*dim=*/-1, /*descending=*/true);
        const torch::Tensor probs = sorted.softmax(-1);
        // Drop a token when the ones before it already reach top_p; the first always survives.
        const torch::Tensor remove = (probs.cumsum(-1) - probs) > o.topP;
        logits = logits.index_fill(0, order.masked_select(remove), -std::numeric_limits<float>::infinity());
    }
    return torch::multinomial(logits.softmax(-1), 1, false, rng).item<int64_t>();
}

std::vector<GenerationResult> Generator::generate(const std::vector<std::vector<int>>& prompts,
                                                  const GenerationOptions& o, const StreamCallback& onText,
                                                  const std::atomic_bool* cancel)
{
    if (const std::optional<Error> refused = generationLimitError(prompts, o, m_model->config()))
        return std::vector<GenerationResult>(prompts.size(), GenerationResult::failed(*refused));
    if (usesFastPath(prompts))
        return {generateFast(prompts.front(), o, onText, cancel)};
    torch::NoGradGuard noGrad;
    m_model->eval();
    const int64_t B = int64_t(prompts.size());
    if (B == 0)
        return {};
    std::vector<SequenceProgress> seqs;
    int64_t longest = 1;
    for (const auto& p : prompts) {
        seqs.emplace_back(p, o, m_tokenizer);
        longest = std::max<int64_t>(longest, int64_t(p.size()));
    }
    // Generation ends (FinishReason::Length) when the context is full, whatever the token budget.
    const int64_t capacity =
        std::min<int64_t>(longest + o.maxNewTokens, m_model->config().maxSeqLen);
    KvCache cache = m_model->makeCache(B, capacity);
    // Left padding keeps every sequence's last prompt token in the same column.
    torch::Tensor tokens = torch::zeros({B, longest}, torch::kLong);
    torch::Tensor valid = torch::zeros({B, longest}, torch::kBool);
    for (int64_t b = 0; b < B; ++b) {
        const auto& p = prompts[size_t(b)];
        for (size_t t = 0; t < p.size(); ++t) {
            tokens[b][longest - int64_t(p.size()) + int64_t(t)] = p[t];
            valid[b][longest - int64_t(p.size()) + int64_t(t)] = true;
        }
    }
    const torch::Device device = m_model->device();
    torch::Tensor logits = m_model->forward(tokens.to(device), &cache, valid.to(device)).select(1, -1).cpu(); // (B, V)
    at::Generator rng = at::detail::createCPUGenerator(o.seed);
    for (int step = 0; step < o.maxNewTokens; ++step) {
        torch::Tensor next = torch::zeros({B, 1}, torch::kLong);
        bool anyActive = false;
        for (int64_t b = 0; b < B; ++b) {
            SequenceProgress& s = seqs[size_t(b)];
            if (s.done())
                continue;
            if (cancel && cancel->load()) {
                s.cancel();
                continue;
            }
            const int id = int(sample(logits[b], s.context(), o, rng));
            next[b][0] = id;
            const QString delta = s.accept(id);
            if (onText && !delta.isEmpty() && !onText(int(b), delta))
                s.cancel();
            anyActive = anyActive || !s.done();
        }
        if (!anyActive || cache.length >= capacity)
            break;
        logits = m_model->forward(next.to(device), &cache).select(1, -1).cpu();
    }
    std::vector<GenerationResult> out;
    for (size_t i = 0; i < seqs.size(); ++i) {
        if (const QString rest = seqs[i].flush(); onText && !rest.isEmpty())
            onText(int(i), rest);
        out.push_back(seqs[i].takeResult());
    }
    return out;
}

} // namespace fw::ml
