// Training objectives on preference pairs beside SFT: a reward model (a scalar head on the last
// token's hidden state, Bradley-Terry loss) and DPO (the policy against a frozen reference), with
// the batch source that feeds them chosen and rejected rows together.
#pragma once

#include "ml/PreferenceDataset.h"
#include "ml/TrainingObjective.h"

namespace fw::ml {

// Pairs in a seeded order per epoch, like RowBatches: B pairs give 2B rows.
class PairBatches : public BatchSource
{
public:
    // shards > 1: batch(i) holds pairs [shard * B / shards, (shard + 1) * B / shards) of the
    // global batch i, the data-parallel rank `shard`'s part of it, with that part as its share
    // (both objectives' losses are means over pairs).
    PairBatches(const std::vector<PairRow>& pairs, int batchSize, uint64_t seed,
                torch::Device device, int shard = 0, int shards = 1);
    int64_t batchesPerEpoch() const override;
    Batch batch(int64_t index) const override;

private:
    const std::vector<PairRow>& m_pairs;
    int m_batchSize;
    uint64_t m_seed;
    torch::Device m_device;
    int m_shard;
    int m_shards;
};

// r(x, y) = score . hidden(last token of y); the head is saved as "score.weight" (1, dim), the
// name Hugging Face's LlamaForSequenceClassification gives it.
class RewardObjective : public TrainingObjective
{
public:
    explicit RewardObjective(Transformer model);

    QString name() const override { return QStringLiteral("reward"); }
    torch::Tensor loss(const Batch& batch) override;
    std::vector<torch::Tensor> trainableParameters() override;
    std::vector<std::pair<std::string, torch::Tensor>> namedState() override;
    void setTraining(bool training) override;
    QMap<QString, double> batchMetrics() const override { return m_metrics; }

    // Rewards of rows (N, T) at their last real tokens (N): (N).
    torch::Tensor rewards(const torch::Tensor& inputs, const torch::Tensor& lastIndex);
    torch::Tensor scoreWeight() const { return m_score; }

private:
    Transformer m_model;
    torch::Tensor m_score; // (1, dim)
    QMap<QString, double> m_metrics;
};

class DpoObjective : public TrainingObjective
{
public:
    // With LoRA attached to `policy`, the reference is the same model with its adapters turned off;
    // otherwise a frozen copy of `policy` as it is now (the SFT base, before any step).
    DpoObjective(Transformer policy, double beta, bool ipo);

    QString name() const override { return QStringLiteral("dpo"); }
    torch::Tensor loss(const Batch& batch) override;
    std::vector<torch::Tensor> trainableParameters() override;
    std::vector<std::pair<std::string, torch::Tensor>> namedState() override;
    void setTraining(bool training) override { m_policy->train(training); }
    QMap<QString, double> batchMetrics() const override { return m_metrics; }

    bool sharesReferenceWeights() const { return !m_reference; }

private:
    // log ref(y | x) of every row, without gradient: (2B).
    torch::Tensor referenceLogps(const Batch& batch);

    Transformer m_policy;
    Transformer m_reference{nullptr}; // a full fine-tune's frozen copy; null with LoRA
    double m_beta;
    bool m_ipo;
    QMap<QString, double> m_metrics;
};

} // namespace fw::ml
