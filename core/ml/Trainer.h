// The one training loop: gradient accumulation, clipping, AdamW, warmup + cosine, evaluation and
// in-memory checkpoints with optimizer state, step, data position and RNG.
#pragma once

#include "ml/DataParallelGroup.h"
#include "ml/FlatAdamW.h"
#include "ml/GradientBuckets.h"
#include "ml/TrainingConfig.h"
#include "ml/TrainingObjective.h"

#include <QJsonObject>

#include <memory>
#include <QCoreApplication>

namespace fw::ml {

class Trainer
{
public:
    // What rank 0's user wants after a data-parallel step (Pause or Stop in the workbench). It
    // travels with the step's numbers, so that every rank acts on it after the same step.
    enum class GroupIntent { GoOn = 0, Pause = 1, Stop = 2 };

    struct StepStats
    {
        double loss = 0.0;
        double learningRate = 0.0;
        double gradNorm = 0.0;
        int64_t tokens = 0;
        QMap<QString, double> metrics; // the objective's batchMetrics(), averaged over micro-batches
        // Data-parallel runs: every rank's own tokens per second of compute this step (by rank),
        // and this rank's time in the gradient exchange.
        std::vector<double> rankTokensPerSecond;
        double exchangeMs = 0.0;
        double stepMs = 0.0;
        GroupIntent groupIntent = GroupIntent::GoOn; // rank 0's, as every rank received it;
                                                     // not GoOn: the step was dropped
    };

    Trainer(TrainingObjective& objective, const BatchSource& train, const BatchSource* eval,
            const TrainingConfig& config, int totalSteps);
    ~Trainer();

    // Data-parallel training: each step's gradients and numbers are summed over the group's
    // ranks (whose batches are shards of one global batch) before the optimizer step, so that every
    // rank takes the same step. Rank 0's weights are copied to the others here.
    Status joinGroup(DataParallelGroup& group);

    // A failed gradient exchange (a lost rank) is the one error; one process never fails here.
    // `intent`: rank 0's (the other ranks' is ignored; one process ignores it). Pause or Stop makes
    // rank 0 announce it instead of computing: every rank then drops the step (groupIntent tells
    // them so and completedSteps() stays), to pause or stop before it.
    Result<StepStats> step(GroupIntent intent = GroupIntent::GoOn);
    // Mean loss over up to config.evalBatches evaluation batches; < 0 without evaluation data.
    double evaluate();
    // The objective's metrics averaged over the last evaluate()'s batches, named "eval/<name>",
    // with "eval/loss"; empty before the first evaluation.
    const QMap<QString, double>& evalMetrics() const { return m_evalMetrics; }

    int completedSteps() const { return m_step; }
    int totalSteps() const { return m_totalSteps; }
    // The precision the forward passes multiply in (the config's, with Auto resolved): Fp32 or Bf16.
    Precision precision() const { return m_precision; }
    // Linear warmup to the peak, then cosine down to peak * minLrRatio at the last step.
    double learningRate(int step) const;

    // Weights, optimizer, step, data position and RNG as one buffer, never written to a file here.
    Result<QByteArray> saveCheckpoint(const QJsonObject& extra = {}) const;
    // Restores what saveCheckpoint() wrote; returns the saved `extra`. A truncated or foreign
    // buffer is an error, not a crash.
    Result<QJsonObject> loadCheckpoint(const QByteArray& checkpoint);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::ml::Trainer)
private:
    Status exchange(StepStats& stats, double computeMs, GroupIntent intent);

    TrainingObjective& m_objective;
    const BatchSource& m_train;
    const BatchSource* m_eval;
    TrainingConfig m_config;
    int m_totalSteps;
    int m_step = 0;
    Precision m_precision = Precision::Fp32;
    int64_t m_microIndex = 0;
    DataParallelGroup* m_group = nullptr;
    std::vector<torch::Tensor> m_params;
    std::unique_ptr<FlatAdamW> m_flat;                 // F32 parameters on the CPU
    std::unique_ptr<torch::optim::AdamW> m_optimizer; // any others
    // Data-parallel runs with an overlapped exchange; declared after m_params so that its hooks
    // leave the parameters' graph before they go.
    std::unique_ptr<GradientBuckets> m_buckets;
    QMap<QString, double> m_evalMetrics;
};

} // namespace fw::ml
