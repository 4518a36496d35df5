// The gradient sketcher: one base model with the adapter attached, its weights swapped per
// checkpoint, one backward pass per example set, the gradient projected in double in a fixed order.
#include "ml/GradientSketch.h"

#include "ml/ExceptionBarrier.h"
#include "ml/FusedCrossEntropy.h"
#include "ml/LanguageModel.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/LoraAdapter.h"
#include "ml/SftDataset.h"
#include "ml/ThreadLayout.h"

#include <QCoreApplication>
#include <array>
#include <cmath>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

uint64_t splitmix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// One example as the trainer's unpacked row sees it: inputs ids[..n-1], targets ids[1..] where
// the target is part of the reply; cut at the model's context length.
struct ExampleRow
{
    torch::Tensor inputs;  // (1, T) int64
    torch::Tensor targets; // (T) int64, kIgnore outside the reply
    int64_t responseTokens = 0;
};

ExampleRow encodeRow(const SftExample& example, const LanguageModelPrivate& d)
{
    const auto [ids, isResponse] = SftDataset::encodeExample(example, *d.tokenizer, d.chat);
    const int64_t T =
        std::min<int64_t>(int64_t(ids.size()) - 1, int64_t(d.model->config().maxSeqLen));
    ExampleRow row;
    if (T <= 0)
        return row;
    std::vector<int64_t> inputs(static_cast<size_t>(T)), targets(static_cast<size_t>(T));
    for (int64_t i = 0; i < T; ++i) {
        inputs[size_t(i)] = ids[size_t(i)];
        const bool reply = isResponse[size_t(i + 1)];
        targets[size_t(i)] = reply ? ids[size_t(i + 1)] : SftDataset::kIgnore;
        row.responseTokens += reply ? 1 : 0;
    }
    row.inputs = torch::tensor(inputs, torch::kInt64).view({1, T}).to(d.model->device());
    row.targets = torch::tensor(targets, torch::kInt64).to(d.model->device());
    return row;
}

class TorchGradientSketcher final : public GradientSketcher
{
public:
    TorchGradientSketcher(LanguageModel lm, std::vector<TensorMap> weights,
                          const SketchSettings& settings)
        : m_lm(std::move(lm)), m_weights(std::move(weights)), m_settings(settings)
    {
        Transformer& model = m_lm.internals().model;
        model->eval(); // no dropout: a record's gradient is a function of the record
        for (const auto& p : model->named_parameters())
            if (p.value().requires_grad())
                m_params.emplace_back(p.key(), p.value());
    }

    int checkpointCount() const override { return int(m_weights.size()); }
    const SketchSettings& settings() const override { return m_settings; }

    Result<std::vector<float>> sketch(const std::vector<SftExample>& examples) override
    {
        std::vector<ExampleRow> rows;
        int64_t responseTokens = 0;
        try {
            for (const SftExample& e : examples) {
                rows.push_back(encodeRow(e, m_lm.internals()));
                responseTokens += rows.back().responseTokens;
            }
        } catch (...) {
            return currentExceptionError();
        }
        std::vector<float> out(m_weights.size() * size_t(m_settings.dim), 0.0f);
        if (responseTokens == 0)
            return out; // nothing to learn from: no gradient, no influence
        std::vector<double> projected(size_t(m_settings.dim));
        const SingleThreadedBlas sameBitsOnAnyCoreCount;
        for (size_t c = 0; c < m_weights.size(); ++c) {
            std::vector<float> g;
            try {
                g = gradientAt(c, rows, responseTokens);
            } catch (...) {
                return currentExceptionError();
            }
            projectGradient(g.data(), int64_t(g.size()), m_settings, projected.data());
            for (int k = 0; k < m_settings.dim; ++k)
                out[c * size_t(m_settings.dim) + size_t(k)] = float(projected[size_t(k)]);
        }
        return out;
    }

    Status checkWeights() const
    {
        for (const TensorMap& w : m_weights) {
            if (w.size() != m_params.size())
                return makeError(ErrorCode::Corrupt,
                                 tr("An adapter checkpoint holds %1 weights; the adapter has %2.")
                                     .arg(w.size())
                                     .arg(m_params.size()));
            for (const auto& [name, p] : m_params) {
                const auto it = w.find(name);
                if (it == w.end() || it->second.sizes() != p.sizes())
                    return makeError(ErrorCode::Corrupt,
                                     tr("An adapter checkpoint lacks the weight \"%1\" or has "
                                        "another shape.")
                                         .arg(QString::fromStdString(name)));
            }
        }
        return {};
    }

private:
    // The flat gradient of the mean reply loss at checkpoint c, parameters in the model's order.
    std::vector<float> gradientAt(size_t c, const std::vector<ExampleRow>& rows,
                                  int64_t responseTokens)
    {
        {
            torch::NoGradGuard noGrad;
            for (auto& [name, p] : m_params) {
                p.copy_(m_weights[c].at(name));
                p.mutable_grad() = torch::Tensor();
            }
        }
        Transformer& model = m_lm.internals().model;
        for (const ExampleRow& row : rows) {
            if (row.responseTokens == 0)
                continue;
            const torch::Tensor logits = model->forward(row.inputs); // (1, T, V)
            const torch::Tensor loss = crossEntropySum(logits.reshape({-1, logits.size(-1)}),
                                                       row.targets, SftDataset::kIgnore) /
                                       double(responseTokens);
            loss.backward();
        }
        std::vector<float> flat;
        for (const auto& [name, p] : m_params) {
            const torch::Tensor g = p.grad().defined()
                                        ? p.grad().to(torch::kCPU, torch::kFloat32).contiguous()
                                        : torch::zeros_like(p, torch::kFloat32).cpu();
            flat.insert(flat.end(), g.data_ptr<float>(), g.data_ptr<float>() + g.numel());
        }
        return flat;
    }

    LanguageModel m_lm;
    std::vector<TensorMap> m_weights; // per checkpoint, by our parameter names
    std::vector<std::pair<std::string, torch::Tensor>> m_params;
    SketchSettings m_settings;
};

} // namespace

void projectGradient(const float* gradient, int64_t n, const SketchSettings& settings, double* out)
{
    // The signs of one byte of random bits as +-1: eight branch-free multiply-adds per byte (a
    // branch on random bits mispredicts half the time).
    static const std::array<std::array<double, 8>, 256> signs = [] {
        std::array<std::array<double, 8>, 256> t{};
        for (int byte = 0; byte < 256; ++byte)
            for (int b = 0; b < 8; ++b)
                t[size_t(byte)][size_t(b)] = ((byte >> b) & 1) ? -1.0 : 1.0;
        return t;
    }();
    const int words = settings.dim / 64;
    std::fill(out, out + settings.dim, 0.0);
    for (int64_t i = 0; i < n; ++i) {
        const double g = gradient[i];
        if (g == 0.0)
            continue;
        for (int w = 0; w < words; ++w) {
            uint64_t bits = splitmix64(settings.seed + uint64_t(i) * uint64_t(words) + uint64_t(w));
            double* o = out + w * 64;
            for (int byte = 0; byte < 8; ++byte, bits >>= 8, o += 8) {
                const std::array<double, 8>& s = signs[bits & 0xffU];
                for (int b = 0; b < 8; ++b)
                    o[b] += g * s[size_t(b)];
            }
        }
    }
    const double scale = 1.0 / std::sqrt(double(settings.dim));
    for (int k = 0; k < settings.dim; ++k)
        out[k] *= scale;
}

Result<std::unique_ptr<GradientSketcher>>
makeGradientSketcher(const ModelFiles& base, const std::vector<AdapterCheckpoint>& checkpoints,
                     const SketchSettings& settings)
{
    if (settings.dim < 64 || settings.dim % 64 != 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The gradient sketch size must be a positive multiple of 64, not %1.")
                             .arg(settings.dim));
    if (checkpoints.empty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Gradient attribution needs at least one adapter checkpoint."));
    try {
        Result<LanguageModel> lm = LanguageModel::load(base, false);
        if (!lm)
            return lm.error();
        if (lm->hasAdapter())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The base model of a gradient sketch must not carry an adapter."));
        if (Result<LoraSettings> attached =
                loadPeftAdapter(lm->internals().model, checkpoints.front().adapter);
            !attached)
            return attached.error();
        std::vector<TensorMap> weights;
        for (const AdapterCheckpoint& c : checkpoints) {
            Result<PeftAdapter> adapter = readPeftAdapter(c.adapter);
            if (!adapter)
                return adapter.error();
            weights.push_back(std::move(adapter->weights));
        }
        auto sketcher =
            std::make_unique<TorchGradientSketcher>(std::move(*lm), std::move(weights), settings);
        if (Status s = sketcher->checkWeights(); !s)
            return s.error();
        return std::unique_ptr<GradientSketcher>(std::move(sketcher));
    } catch (...) {
        return currentExceptionError();
    }
}

std::vector<int> adapterCheckpointSteps(int totalSteps, int count)
{
    std::vector<int> steps;
    for (int c = 1; c <= count; ++c) {
        const int step = int(std::lround(double(totalSteps) * c / count));
        if (step >= 1 && (steps.empty() || steps.back() != step))
            steps.push_back(step);
    }
    return steps;
}

} // namespace fw::ml
