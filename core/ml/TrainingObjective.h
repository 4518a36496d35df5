// The pluggable part of the trainer loop: what a batch is, where batches come from, what the loss is.
// SFT is here; reward models and DPO (PreferenceObjectives.h) implement the same interface.
#pragma once

#include "ml/FusedCrossEntropy.h"
#include "ml/SftDataset.h"
#include "ml/Transformer.h"

#include <QMap>

namespace fw::ml {

struct Batch
{
    torch::Tensor inputs;  // (B, T) int64
    torch::Tensor targets; // (B, T) int64, SftDataset::kIgnore where no loss
    int64_t tokens = 0;    // tokens processed (for throughput)
    // This batch's part of the global batch's loss weight: 1 in one process; in a data-parallel
    // run, the rank's share of the loss tokens, so that the ranks' scaled gradients sum to the
    // one-process gradient exactly (up to the order of the additions).
    double share = 1.0;
    // Preference batches: rows [0, B) are the chosen answers, [B, 2B) the rejected ones of the same
    // pairs; lastIndex (2B) int64 is each row's last real token (a reward head reads it).
    torch::Tensor lastIndex;
};

// Deterministic by index, so a resumed run sees exactly the batches it would have seen.
class BatchSource
{
public:
    virtual ~BatchSource() = default;
    virtual int64_t batchesPerEpoch() const = 0;
    virtual Batch batch(int64_t index) const = 0;
};

class TrainingObjective
{
public:
    virtual ~TrainingObjective() = default;
    virtual QString name() const = 0;
    // Mean loss of one batch, with autograd when the module is in training mode.
    virtual torch::Tensor loss(const Batch& batch) = 0;
    virtual std::vector<torch::Tensor> trainableParameters() = 0;
    // Everything saved in checkpoints besides the optimizer (the trainable weights, by name).
    virtual std::vector<std::pair<std::string, torch::Tensor>> namedState() = 0;
    virtual void setTraining(bool training) = 0;
    // What the last loss() measured besides the loss ("accuracy", "rewards/margins", ...), as
    // plain numbers; the trainer averages them over micro-batches and evaluation batches.
    virtual QMap<QString, double> batchMetrics() const { return {}; }
};

// Next-token cross-entropy on response tokens.
class SftObjective : public TrainingObjective
{
public:
    explicit SftObjective(Transformer model) : m_model(std::move(model)) {}

    QString name() const override { return QStringLiteral("sft"); }
    torch::Tensor loss(const Batch& batch) override
    {
        const torch::Tensor logits = m_model->forward(batch.inputs); // (B, T, V)
        const torch::Tensor targets = batch.targets.reshape({-1});
        const torch::Tensor sum = crossEntropySum(logits.reshape({-1, logits.size(-1)}), targets, SftDataset::kIgnore);
        // A row can hold prompt tokens only; dividing by at least one keeps its loss 0, not NaN.
        return sum / (targets != SftDataset::kIgnore).sum().clamp_min(1);
    }
    std::vector<torch::Tensor> trainableParameters() override
    {
        std::vector<torch::Tensor> out;
        for (const auto& p : m_model->parameters())
            if (p.requires_grad())
                out.push_back(p);
        return out;
    }
    std::vector<std::pair<std::string, torch::Tensor>> namedState() override
    {
        std::vector<std::pair<std::string, torch::Tensor>> out;
        for (const auto& p : m_model->named_parameters())
            if (p.value().requires_grad())
                out.emplace_back(p.key(), p.value());
        return out;
    }
    void setTraining(bool training) override { m_model->train(training); }

private:
    Transformer m_model;
};

// Rows of an SftDataset in a seeded order per epoch.
class RowBatches : public BatchSource
{
public:
    // shards > 1: batch(i) is rows [shard * B / shards, (shard + 1) * B / shards) of the global
    // batch i, the data-parallel rank `shard`'s part of it.
    RowBatches(const std::vector<TokenRow>& rows, int batchSize, uint64_t seed, torch::Device device,
               int shard = 0, int shards = 1);
    int64_t batchesPerEpoch() const override;
    Batch batch(int64_t index) const override;

    // Columns a batch of these rows keeps: up to the last target of any row (at least 1).
    static int64_t trimmedLength(const std::vector<const TokenRow*>& rows);

private:
    const std::vector<TokenRow>& m_rows;
    int m_batchSize;
    uint64_t m_seed;
    torch::Device m_device;
    int m_shard;
    int m_shards;
};

} // namespace fw::ml
