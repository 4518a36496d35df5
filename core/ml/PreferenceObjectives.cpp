// Reward-model and DPO objectives, and the pair batches they read.
#include "ml/PreferenceObjectives.h"

#include "ml/HfCheckpoint.h"
#include "ml/PreferenceLoss.h"

#include <cmath>
#include <numeric>
#include <random>

namespace fw::ml {

namespace {

std::vector<torch::Tensor> trainable(Transformer& model)
{
    std::vector<torch::Tensor> out;
    for (const auto& p : model->parameters())
        if (p.requires_grad())
            out.push_back(p);
    return out;
}

std::vector<std::pair<std::string, torch::Tensor>> namedTrainable(Transformer& model)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& p : model->named_parameters())
        if (p.value().requires_grad())
            out.emplace_back(p.key(), p.value());
    return out;
}

} // namespace

PairBatches::PairBatches(const std::vector<PairRow>& pairs, int batchSize, uint64_t seed,
                         torch::Device device, int shard, int shards)
    : m_pairs(pairs), m_batchSize(batchSize), m_seed(seed), m_device(device), m_shard(shard), m_shards(shards)
{
}

int64_t PairBatches::batchesPerEpoch() const
{
    return std::max<int64_t>(1, int64_t(m_pairs.size()) / m_batchSize);
}

Batch PairBatches::batch(int64_t index) const
{
    const int64_t epoch = index / batchesPerEpoch();
    const int64_t within = index % batchesPerEpoch();
    std::vector<size_t> order(m_pairs.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(m_seed * 1000003u + uint64_t(epoch));
    std::shuffle(order.begin(), order.end(), rng);
    const int64_t global = std::min<int64_t>(m_batchSize, int64_t(order.size()));
    const int64_t T = m_pairs.empty() ? 0 : int64_t(m_pairs[0].chosen.inputs.size());
    const int64_t from = global * m_shard / m_shards, to = global * (m_shard + 1) / m_shards;
    const int64_t B = to - from;
    std::vector<const PairRow*> picked;
    for (int64_t b = from; b < to; ++b)
        picked.push_back(&m_pairs[order[size_t((within * global + b) % int64_t(order.size()))]]);
    std::vector<int64_t> inputs, targets, last;
    for (bool chosen : {true, false})
        for (const PairRow* pair : picked) {
            const TokenRow& row = chosen ? pair->chosen : pair->rejected;
            inputs.insert(inputs.end(), row.inputs.begin(), row.inputs.end());
            targets.insert(targets.end(), row.targets.begin(), row.targets.end());
            last.push_back(chosen ? pair->chosenLast : pair->rejectedLast);
        }
    Batch out;
    out.inputs = torch::tensor(inputs, torch::kLong).view({2 * B, T}).to(m_device);
    out.targets = torch::tensor(targets, torch::kLong).view({2 * B, T}).to(m_device);
    out.lastIndex = torch::tensor(last, torch::kLong).to(m_device);
    out.tokens = 2 * B * T;
    out.share = double(B) / double(std::max<int64_t>(1, global));
    return out;
}

RewardObjective::RewardObjective(Transformer model) : m_model(std::move(model))
{
    const int64_t dim = m_model->config().dim;
    torch::NoGradGuard noGrad;
    m_score = (torch::randn({1, dim}) / std::sqrt(double(dim))).to(m_model->device());
    m_score.set_requires_grad(true);
}

torch::Tensor RewardObjective::rewards(const torch::Tensor& inputs, const torch::Tensor& lastIndex)
{
    const torch::Tensor hidden = m_model->hidden(inputs); // (N, T, dim)
    const torch::Tensor index = lastIndex.view({-1, 1, 1}).expand({-1, 1, hidden.size(-1)});
    const torch::Tensor last = hidden.gather(1, index).squeeze(1); // (N, dim)
    return last.matmul(m_score.t()).squeeze(-1);                   // (N)
}

torch::Tensor RewardObjective::loss(const Batch& batch)
{
    const torch::Tensor r = rewards(batch.inputs, batch.lastIndex);
    const int64_t B = r.size(0) / 2;
    const BradleyTerry bt = bradleyTerryLoss(r.slice(0, 0, B), r.slice(0, B));
    m_metrics = {{QStringLiteral("accuracy"), bt.accuracy}, {QStringLiteral("margin"), bt.margin}};
    return bt.loss;
}

std::vector<torch::Tensor> RewardObjective::trainableParameters()
{
    std::vector<torch::Tensor> out = trainable(m_model);
    out.push_back(m_score);
    return out;
}

std::vector<std::pair<std::string, torch::Tensor>> RewardObjective::namedState()
{
    auto out = namedTrainable(m_model);
    out.emplace_back("score.weight", m_score);
    return out;
}

void RewardObjective::setTraining(bool training)
{
    m_model->train(training);
}

DpoObjective::DpoObjective(Transformer policy, double beta, bool ipo)
    : m_policy(std::move(policy)), m_beta(beta), m_ipo(ipo)
{
    if (m_policy->hasLora())
        return;
    // A full fine-tune moves every weight, so the reference needs weights of its own.
    m_reference = Transformer(m_policy->config());
    m_reference->to(m_policy->device());
    {
        torch::NoGradGuard noGrad;
        auto weights = hfStateDict(m_policy);
        (void)loadHfStateDict(m_reference, weights); // same config: the names and shapes match
    }
    for (auto& p : m_reference->parameters())
        p.set_requires_grad(false);
    m_reference->eval();
}

torch::Tensor DpoObjective::referenceLogps(const Batch& batch)
{
    torch::NoGradGuard noGrad;
    if (m_reference)
        return sequenceLogps(m_reference->forward(batch.inputs), batch.targets, SftDataset::kIgnore,
                             m_ipo);
    // The adapters come back on however the pass ends (a torch error is reported, not fatal).
    struct AdaptersOff
    {
        Transformer& model;
        explicit AdaptersOff(Transformer& m) : model(m) { model->setLoraEnabled(false); }
        ~AdaptersOff() { model->setLoraEnabled(true); }
    } off(m_policy);
    return sequenceLogps(m_policy->forward(batch.inputs), batch.targets, SftDataset::kIgnore,
                         m_ipo);
}

torch::Tensor DpoObjective::loss(const Batch& batch)
{
    const torch::Tensor ref = referenceLogps(batch);
    const torch::Tensor policy =
        sequenceLogps(m_policy->forward(batch.inputs), batch.targets, SftDataset::kIgnore, m_ipo);
    const int64_t B = policy.size(0) / 2;
    const DpoTerms t = dpoLoss(policy.slice(0, 0, B), policy.slice(0, B), ref.slice(0, 0, B),
                               ref.slice(0, B), m_beta, m_ipo);
    m_metrics = {{QStringLiteral("rewards/chosen"), t.chosenReward},
                 {QStringLiteral("rewards/rejected"), t.rejectedReward},
                 {QStringLiteral("rewards/margins"), t.margin},
                 {QStringLiteral("rewards/accuracies"), t.accuracy},
                 {QStringLiteral("logps/chosen"), t.chosenLogp},
                 {QStringLiteral("logps/rejected"), t.rejectedLogp}};
    return t.loss;
}

std::vector<torch::Tensor> DpoObjective::trainableParameters()
{
    return trainable(m_policy);
}

std::vector<std::pair<std::string, torch::Tensor>> DpoObjective::namedState()
{
    return namedTrainable(m_policy);
}

} // namespace fw::ml
