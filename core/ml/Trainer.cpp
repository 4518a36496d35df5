// Trainer loop and checkpoints; RowBatches (the SFT batch source) lives here too, being tiny.
#include "ml/Trainer.h"

#include "ml/MixedPrecision.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <sstream>

namespace fw::ml {

namespace {


// Archive keys may not contain dots.
std::string archiveKey(const std::string& name)
{
    std::string key = "state/" + name;
    std::replace(key.begin(), key.end(), '.', '|');
    return key;
}

torch::Tensor bytesTensor(const QByteArray& bytes)
{
    return torch::from_blob(const_cast<char*>(bytes.constData()), {bytes.size()}, torch::kUInt8).clone();
}

} // namespace

// Padding to the longest row in the batch, not to seq_len (HF's padding="longest"): the columns
// after the last target of every row add nothing to the loss, and under causal attention they
// cannot change the columns before them, so dropping them gives the same step for less work. On
// the demo datanet's short questions that is about a third of seq_len 128.
int64_t RowBatches::trimmedLength(const std::vector<const TokenRow*>& rows)
{
    int64_t used = 1;
    int64_t full = 0;
    for (const TokenRow* row : rows) {
        full = std::max<int64_t>(full, int64_t(row->targets.size()));
        for (int64_t i = int64_t(row->targets.size()) - 1; i >= used; --i)
            if (row->targets[size_t(i)] != SftDataset::kIgnore) {
                used = i + 1;
                break;
            }
    }
    return std::min(used, full);
}

RowBatches::RowBatches(const std::vector<TokenRow>& rows, int batchSize, uint64_t seed, torch::Device device,
                       int shard, int shards)
    : m_rows(rows), m_batchSize(batchSize), m_seed(seed), m_device(device), m_shard(shard), m_shards(shards)
{
}

int64_t RowBatches::batchesPerEpoch() const
{
    return std::max<int64_t>(1, int64_t(m_rows.size()) / m_batchSize);
}

Batch RowBatches::batch(int64_t index) const
{
    // Each epoch has its own seeded order, so batch(i) is the same in every run.
    const int64_t epoch = index / batchesPerEpoch();
    const int64_t within = index % batchesPerEpoch();
    std::vector<size_t> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(m_seed * 1000003u + uint64_t(epoch));
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<const TokenRow*> chosen;
    for (int64_t b = 0; b < m_batchSize; ++b)
        chosen.push_back(&m_rows[order[size_t((within * m_batchSize + b) % int64_t(order.size()))]]);
    Batch out;
    if (m_shards > 1) {
        // This rank's rows of the global batch, weighted by their part of its loss tokens.
        auto lossTokens = [](auto first, auto last) {
            int64_t n = 0;
            for (auto it = first; it != last; ++it)
                n += std::count_if((*it)->targets.begin(), (*it)->targets.end(),
                                   [](int64_t t) { return t != SftDataset::kIgnore; });
            return n;
        };
        const int64_t all = lossTokens(chosen.begin(), chosen.end());
        const int64_t from = m_batchSize * m_shard / m_shards, to = m_batchSize * (m_shard + 1) / m_shards;
        chosen = std::vector<const TokenRow*>(chosen.begin() + from, chosen.begin() + to);
        const int64_t mine = lossTokens(chosen.begin(), chosen.end());
        out.share = all > 0 ? double(mine) / double(all) : 0.0;
    }
    const int64_t rows = int64_t(chosen.size());
    const int64_t T = trimmedLength(chosen);
    std::vector<int64_t> inputs, targets;
    for (const TokenRow* row : chosen) {
        inputs.insert(inputs.end(), row->inputs.begin(), row->inputs.begin() + T);
        targets.insert(targets.end(), row->targets.begin(), row->targets.begin() + T);
    }
    out.inputs = torch::tensor(inputs, torch::kLong).view({rows, T}).to(m_device);
    out.targets = torch::tensor(targets, torch::kLong).view({rows, T}).to(m_device);
    out.tokens = rows * T;
    return out;
}

Trainer::Trainer(TrainingObjective& objective, const BatchSource& train, const BatchSource* eval,
                 const TrainingConfig& config, int totalSteps)
    : m_objective(objective), m_train(train), m_eval(eval), m_config(config), m_totalSteps(totalSteps)
{
    m_params = objective.trainableParameters();
    m_precision = resolvePrecision(config.precision, m_params.empty() ? torch::Device(torch::kCPU) : m_params.front().device());
    if (FlatAdamW::supports(m_params)) {
        m_flat = std::make_unique<FlatAdamW>(
            m_params, FlatAdamWOptions{config.learningRate, config.beta1, config.beta2, 1e-8, config.weightDecay});
        return;
    }
    // Decay matrices only; norms and biases keep their scale (as nanoGPT and HF do).
    std::vector<torch::Tensor> decay, noDecay;
    for (const auto& p : m_params)
        (p.dim() >= 2 ? decay : noDecay).push_back(p);
    auto options = [&](double wd) {
        return std::make_unique<torch::optim::AdamWOptions>(
            torch::optim::AdamWOptions(config.learningRate).betas({config.beta1, config.beta2}).weight_decay(wd));
    };
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(decay, options(config.weightDecay));
    groups.emplace_back(noDecay, options(0.0));
    m_optimizer = std::make_unique<torch::optim::AdamW>(groups, *options(config.weightDecay));
}

Trainer::~Trainer() = default;

double Trainer::learningRate(int step) const
{
    const double peak = m_config.learningRate;
    if (step < m_config.warmupSteps)
        return peak * double(step + 1) / double(m_config.warmupSteps);
    const double span = std::max(1, m_totalSteps - m_config.warmupSteps - 1);
    const double progress = std::min(1.0, double(step - m_config.warmupSteps) / span);
    const double floor = peak * m_config.minLrRatio;
    return floor + 0.5 * (peak - floor) * (1.0 + std::cos(M_PI * progress));
}

Status Trainer::joinGroup(DataParallelGroup& group)
{
    m_group = &group;
    const bool onCpu = std::all_of(m_params.begin(), m_params.end(),
                                   [](const torch::Tensor& p) { return p.device().is_cpu() && p.scalar_type() == torch::kFloat; });
    if (group.settings().overlapsExchange() && onCpu)
        m_buckets = std::make_unique<GradientBuckets>(group, m_params);
    // Both ranks must send the same sums in the same order, or Gloo pairs unrelated buffers.
    if (Status s = group.agree(QStringLiteral("exchange"), m_buckets ? m_buckets->layout() : QByteArray("one"),
                               tr("how they exchange gradients (overlapped buckets or one exchange)"));
        !s)
        return s;
    // The same seed gives every rank the same first weights already; copying rank 0's makes that
    // a fact rather than a hope (another torch build could draw them differently).
    torch::NoGradGuard noGrad;
    if (m_flat)
        return group.broadcastFromRankZero(m_flat->parameters());
    for (auto& p : m_params) {
        torch::Tensor copy = p.detach().contiguous();
        if (Status s = group.broadcastFromRankZero(copy); !s)
            return s;
        p.detach().copy_(copy);
    }
    return Status::success();
}

Result<Trainer::StepStats> Trainer::step(GroupIntent intent)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    m_objective.setTraining(true);
    if (m_flat)
        m_flat->zeroGrad();
    else
        m_optimizer->zero_grad();
    StepStats stats;
    // Rank 0 announces a pause or a stop with an empty step that every rank drops: the others are
    // already computing it, and this is the one way to reach them before the next exchange. The
    // data position and the RNG go back to where the step began, so it runs unchanged later.
    const bool announcing = m_group && m_group->rank() == 0 && intent != GroupIntent::GoOn;
    const int64_t firstMicro = m_microIndex;
    torch::Tensor rngBefore;
    if (m_group) {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        rngBefore = gen.get_state();
    }
    for (int micro = 0; micro < m_config.gradAccum && !announcing; ++micro) {
        if (m_buckets && micro == m_config.gradAccum - 1)
            m_buckets->arm(); // this backward finishes the step's gradients: send them as they come
        const Batch batch = m_train.batch(m_microIndex++);
        stats.tokens += batch.tokens;
        if (batch.share <= 0.0)
            continue; // a data-parallel shard without loss tokens adds nothing to the sum
        const torch::Tensor loss = [&] {
            MatmulPrecisionScope precision(m_precision);
            return m_objective.loss(batch);
        }();
        const double weight = batch.share / double(m_config.gradAccum);
        (loss * weight).backward();
        stats.loss += loss.item<double>() * weight;
        const QMap<QString, double> measured = m_objective.batchMetrics();
        for (auto it = measured.begin(); it != measured.end(); ++it)
            stats.metrics[it.key()] += it.value() * weight;
    }
    if (m_group) {
        if (Status s = exchange(stats, std::chrono::duration<double, std::milli>(Clock::now() - start).count(), intent); !s)
            return s.error();
        if (stats.groupIntent != GroupIntent::GoOn) {
            m_microIndex = firstMicro;
            auto gen = at::detail::getDefaultCPUGenerator();
            std::lock_guard<std::mutex> lock(gen.mutex());
            gen.set_state(rngBefore);
            return stats; // not taken: completedSteps() stays
        }
    }
    stats.learningRate = learningRate(m_step);
    if (m_flat) {
        if (m_config.gradClip > 0)
            stats.gradNorm = m_flat->clipGradNorm(m_config.gradClip);
        m_flat->step(stats.learningRate);
    } else {
        if (m_config.gradClip > 0)
            stats.gradNorm = torch::nn::utils::clip_grad_norm_(m_params, m_config.gradClip);
        for (auto& group : m_optimizer->param_groups())
            static_cast<torch::optim::AdamWOptions&>(group.options()).lr(stats.learningRate);
        m_optimizer->step();
    }
    ++m_step;
    stats.stepMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    return stats;
}

// Sums the gradients, then the step's numbers, over the ranks, so that every rank clips and
// updates identical weights with identical gradients. With buckets most gradients are already on
// their way (sent during backward) and this waits for the rest; otherwise one all-reduce sums them.
Status Trainer::exchange(StepStats& stats, double computeMs, GroupIntent intent)
{
    const auto start = std::chrono::steady_clock::now();
    torch::NoGradGuard noGrad;
    if (m_buckets) {
        if (Status s = m_buckets->finish(); !s)
            return s;
    } else if (m_flat) {
        if (Status s = m_group->allReduceSum(m_flat->gradients()); !s)
            return s;
    } else {
        std::vector<torch::Tensor> grads;
        for (auto& p : m_params) {
            if (!p.grad().defined())
                p.mutable_grad() = torch::zeros_like(p);
            grads.push_back(p.grad().reshape({-1}));
        }
        torch::Tensor flat = torch::cat(grads);
        if (Status s = m_group->allReduceSum(flat); !s)
            return s;
        int64_t at = 0;
        for (auto& p : m_params) {
            p.mutable_grad().copy_(flat.narrow(0, at, p.numel()).view_as(p));
            at += p.numel();
        }
    }
    // loss, tokens, the metrics in name order, one slot per rank for its own compute throughput,
    // then rank 0's intent. The vector must have the same length on every rank: SFT reports no
    // batch metrics, so a rank whose shard had no loss tokens cannot miss any; the preference
    // objectives do, and every rank holds at least one pair of every batch (the run refuses fewer
    // pairs than ranks), so each computes them all.
    const int W = m_group->worldSize();
    std::vector<double> numbers{stats.loss, double(stats.tokens)};
    for (auto it = stats.metrics.begin(); it != stats.metrics.end(); ++it)
        numbers.push_back(it.value());
    const size_t perRank = numbers.size();
    numbers.resize(perRank + size_t(W) + 1, 0.0);
    numbers[perRank + size_t(m_group->rank())] = double(stats.tokens) / std::max(1e-3, computeMs / 1000.0);
    if (m_group->rank() == 0)
        numbers.back() = double(int(intent));
    torch::Tensor packed = torch::tensor(numbers, torch::kDouble);
    if (Status s = m_group->allReduceSum(packed); !s)
        return s;
    const auto summed = packed.accessor<double, 1>();
    stats.loss = summed[0];
    stats.tokens = int64_t(std::llround(summed[1]));
    size_t i = 2;
    for (auto it = stats.metrics.begin(); it != stats.metrics.end(); ++it)
        it.value() = summed[int64_t(i++)];
    stats.rankTokensPerSecond.clear();
    for (int r = 0; r < W; ++r)
        stats.rankTokensPerSecond.push_back(summed[int64_t(perRank) + r]);
    stats.groupIntent = GroupIntent(std::clamp(int(std::lround(summed[int64_t(perRank) + W])), 0, 2));
    stats.exchangeMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return Status::success();
}

double Trainer::evaluate()
{
    if (!m_eval)
        return -1.0;
    m_objective.setTraining(false);
    torch::NoGradGuard noGrad;
    const int64_t n = std::min<int64_t>(m_config.evalBatches, m_eval->batchesPerEpoch());
    double sum = 0.0;
    QMap<QString, double> metrics;
    for (int64_t i = 0; i < n; ++i) {
        sum += m_objective.loss(m_eval->batch(i)).item<double>();
        const QMap<QString, double> measured = m_objective.batchMetrics();
        for (auto it = measured.begin(); it != measured.end(); ++it)
            metrics[QStringLiteral("eval/") + it.key()] += it.value() / double(n);
    }
    m_objective.setTraining(true);
    if (n <= 0)
        return -1.0;
    metrics.insert(QStringLiteral("eval/loss"), sum / double(n));
    m_evalMetrics = metrics;
    return sum / double(n);
}

Result<QByteArray> Trainer::saveCheckpoint(const QJsonObject& extra) const
{
    torch::serialize::OutputArchive archive;
    archive.write("step", torch::tensor(int64_t(m_step)));
    archive.write("micro_index", torch::tensor(m_microIndex));
    archive.write("objective", bytesTensor(m_objective.name().toUtf8()));
    archive.write("extra", bytesTensor(QJsonDocument(extra).toJson(QJsonDocument::Compact)));
    {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        archive.write("rng", gen.get_state());
    }
    for (const auto& [name, tensor] : m_objective.namedState())
        archive.write(archiveKey(name), tensor.detach().cpu());
    torch::serialize::OutputArchive optimizer;
    if (m_flat)
        m_flat->save(optimizer);
    else
        m_optimizer->save(optimizer);
    archive.write("optimizer", optimizer);
    try {
        std::ostringstream out;
        archive.save_to(out);
        const std::string bytes = out.str();
        return QByteArray(bytes.data(), qsizetype(bytes.size()));
    } catch (const c10::Error& e) {
        return makeError(ErrorCode::Internal,
                         tr("Cannot write the checkpoint: %1")
                             .arg(QString::fromUtf8(e.what_without_backtrace())));
    }
}

Result<QJsonObject> Trainer::loadCheckpoint(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The checkpoint is empty"));
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(bytes.constData(), size_t(bytes.size()));
        auto readBytes = [&](const char* key) {
            torch::Tensor t;
            archive.read(key, t);
            return QByteArray(static_cast<const char*>(t.data_ptr()), qsizetype(t.numel()));
        };
        if (QString::fromUtf8(readBytes("objective")) != m_objective.name())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The checkpoint belongs to another kind of training"));
        torch::NoGradGuard noGrad;
        for (auto& [name, tensor] : m_objective.namedState()) {
            torch::Tensor saved;
            if (!archive.try_read(archiveKey(name), saved) || saved.sizes() != tensor.sizes())
                return makeError(ErrorCode::Corrupt,
                                 tr("The checkpoint does not match this model (%1)")
                                     .arg(QString::fromStdString(name)));
            tensor.copy_(saved);
        }
        torch::serialize::InputArchive optimizer;
        archive.read("optimizer", optimizer);
        if (m_flat && !m_flat->load(optimizer))
            return makeError(ErrorCode::Corrupt, tr("The checkpoint's optimizer state does not match this model"));
        if (!m_flat)
            m_optimizer->load(optimizer);
        torch::Tensor step, micro, rng;
        archive.read("step", step);
        archive.read("micro_index", micro);
        archive.read("rng", rng);
        m_step = int(step.item<int64_t>());
        m_microIndex = micro.item<int64_t>();
        auto gen = at::detail::getDefaultCPUGenerator();
        {
            std::lock_guard<std::mutex> lock(gen.mutex());
            gen.set_state(rng);
        }
        return QJsonDocument::fromJson(readBytes("extra")).object();
    } catch (const c10::Error& e) {
        return makeError(
            ErrorCode::Corrupt,
            tr("The checkpoint is damaged: %1").arg(QString::fromUtf8(e.what_without_backtrace())));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Corrupt,
                         tr("The checkpoint is damaged: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace fw::ml
