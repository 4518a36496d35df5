// Decoding loop: prefill the padded batch once, then one cached step per new token.
#include "ml/Generator.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace fw::ml {

namespace {

// Per-sequence progress: what was generated, what was already streamed, whether it is done.
struct Sequence
{
    std::vector<int> context; // prompt + generated, for the repetition penalty
    GenerationResult result;
    qsizetype streamed = 0;
    bool done = false;
};

// Length of the longest tail of `text` that could still grow into a stop string.
qsizetype heldBack(const QString& text, const QStringList& stops)
{
    qsizetype hold = 0;
    for (const QString& s : stops)
        for (qsizetype n = std::min(s.size() - 1, text.size()); n > hold; --n)
            if (text.endsWith(QStringView(s).left(n))) {
                hold = n;
                break;
            }
    return hold;
}

// Sequences decoded together at most: each one holds a KV cache as long as its context.
constexpr size_t kMaxBatch = 256;

// Why these prompts and options cannot run on `config`, checked before anything is allocated: the
// KV cache is sized up front from the longest prompt and the token budget.
std::optional<Error> limitError(const std::vector<std::vector<int>>& prompts,
                                const GenerationOptions& o, const ModelConfig& config)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("fw::ml::Generator", text);
    };
    const auto invalid = [](const QString& message) {
        return makeError(ErrorCode::InvalidArgument, message);
    };
    if (prompts.size() > kMaxBatch)
        return invalid(tr("%1 prompts at once; at most %2 are decoded together")
                           .arg(prompts.size())
                           .arg(kMaxBatch));
    if (o.maxNewTokens < 0 || o.maxNewTokens > config.maxSeqLen)
        return invalid(tr("max tokens is %1; it must be from 0 to %2, the model's context length")
                           .arg(o.maxNewTokens)
                           .arg(config.maxSeqLen));
    for (size_t i = 0; i < prompts.size(); ++i) {
        if (prompts[i].size() > size_t(config.maxSeqLen))
            return invalid(tr("prompt %1 has %2 tokens, more than the model's context length of %3")
                               .arg(i + 1)
                               .arg(prompts[i].size())
                               .arg(config.maxSeqLen));
        for (int id : prompts[i])
            if (id < 0 || id >= config.vocabSize)
                return invalid(
                    tr("prompt %1 holds the token id %2, outside the model's vocabulary of %3")
                        .arg(i + 1)
                        .arg(id)
                        .arg(config.vocabSize));
    }
    return std::nullopt;
}

} // namespace

Generator::Generator(Transformer model, std::shared_ptr<const Tokenizer> tokenizer)
    : m_model(std::move(model)), m_tokenizer(std::move(tokenizer))
{
}

int64_t Generator::sample(torch::Tensor logits, const std::vector<int>& context, const GenerationOptions& o,
                          at::Generator& rng)
{
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
    if (const std::optional<Error> refused = limitError(prompts, o, m_model->config()))
        return std::vector<GenerationResult>(prompts.size(), GenerationResult::failed(*refused));
    torch::NoGradGuard noGrad;
    m_model->eval();
    const int64_t B = int64_t(prompts.size());
    std::vector<Sequence> seqs(prompts.size());
    int64_t longest = 1;
    for (size_t i = 0; i < prompts.size(); ++i) {
        seqs[i].context = prompts[i];
        seqs[i].result.promptTokens = int(prompts[i].size());
        longest = std::max<int64_t>(longest, int64_t(prompts[i].size()));
    }
    if (B == 0)
        return {};
    std::vector<int> stopIds = o.stopTokenIds;
    if (m_tokenizer->eosId() >= 0)
        stopIds.push_back(m_tokenizer->eosId());
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
    const auto isStopId = [&](int id) { return std::find(stopIds.begin(), stopIds.end(), id) != stopIds.end(); };
    for (int step = 0; step < o.maxNewTokens; ++step) {
        torch::Tensor next = torch::zeros({B, 1}, torch::kLong);
        bool anyActive = false;
        for (int64_t b = 0; b < B; ++b) {
            Sequence& s = seqs[size_t(b)];
            if (s.done)
                continue;
            if (cancel && cancel->load()) {
                s.done = true;
                s.result.finishReason = FinishReason::Cancelled;
                continue;
            }
            const int id = int(sample(logits[b], s.context, o, rng));
            next[b][0] = id;
            if (isStopId(id)) {
                s.done = true;
                s.result.finishReason = FinishReason::Stop;
                continue;
            }
            s.context.push_back(id);
            s.result.tokenIds.push_back(id);
            QString text = m_tokenizer->decode(s.result.tokenIds, /*skipSpecial=*/true);
            qsizetype cut = -1;
            for (const QString& stop : o.stopStrings) {
                const qsizetype at = text.indexOf(stop);
                if (at >= 0 && (cut < 0 || at < cut))
                    cut = at;
            }
            if (cut >= 0) {
                text.truncate(cut);
                s.done = true;
                s.result.finishReason = FinishReason::Stop;
            }
            s.result.text = text;
            // Stream only text that can no longer change: no half UTF-8 character, no partial stop.
            qsizetype ready = text.size() - (s.done ? 0 : heldBack(text, o.stopStrings));
            while (!s.done && ready > 0 && text[ready - 1] == QChar::ReplacementCharacter)
                --ready;
            if (onText && ready > s.streamed) {
                if (!onText(int(b), text.mid(s.streamed, ready - s.streamed))) {
                    s.done = true;
                    s.result.finishReason = FinishReason::Cancelled;
                }
                s.streamed = ready;
            }
            anyActive = anyActive || !s.done;
        }
        if (!anyActive || cache.length >= capacity)
            break;
        logits = m_model->forward(next.to(device), &cache).select(1, -1).cpu();
    }
    std::vector<GenerationResult> out;
    for (size_t i = 0; i < seqs.size(); ++i) {
        Sequence& s = seqs[i];
        // Whatever was held back (a partial stop string that never completed) is final now.
        if (onText && s.result.finishReason != FinishReason::Cancelled && s.result.text.size() > s.streamed)
            onText(int(i), s.result.text.mid(s.streamed));
        out.push_back(std::move(s.result));
    }
    return out;
}

} // namespace fw::ml
