// Everything a fine-tuning or from-scratch run needs to know, with defaults; torch-free.
#pragma once

#include "common/ModelFiles.h"
#include "common/Result.h"
#include "ml/LoraSettings.h"
#include "ml/Precision.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <cstdint>
#include <vector>
#include <QCoreApplication>

namespace fw::ml {

// One supervised example: the model learns to answer `prompt` with `response`.
struct SftExample
{
    QString prompt;
    QString response;
    QString system; // optional system prompt
};

// One human preference: for `prompt`, `chosen` is the better answer and `rejected` the worse.
struct PreferenceExample
{
    QString prompt;
    QString chosen;
    QString rejected;
    QString system;
};

struct TrainingConfig
{
    enum class Method { Full, Lora };
    // What the run learns: next tokens (SFT), a scalar score of answers (a reward model trained
    // with the Bradley-Terry loss) or the policy itself from preference pairs (DPO).
    enum class Objective { Sft, Reward, Dpo };
    enum class PreferenceLoss { Sigmoid, Ipo }; // DPO's loss: the paper's, or IPO's squared one

    Method method = Method::Full;
    Objective objective = Objective::Sft;
    double beta = 0.1; // DPO: how far the policy may move from the reference
    PreferenceLoss preferenceLoss = PreferenceLoss::Sigmoid;
    LoraSettings lora;
    int steps = 100;      // optimizer steps; ignored when epochs > 0
    int epochs = 0;       // > 0: as many steps as `epochs` passes over the training rows need
    int batchSize = 8;    // rows per micro-batch
    int seqLen = 256;     // tokens per row
    int gradAccum = 1;    // micro-batches per optimizer step
    bool packing = true;  // concatenate examples into full rows instead of padding each
    double learningRate = 3e-4;
    double minLrRatio = 0.1; // cosine decays to learningRate * minLrRatio
    int warmupSteps = 10;
    double weightDecay = 0.0; // AdamW, on matrices only
    double beta1 = 0.9;
    double beta2 = 0.95;
    double gradClip = 1.0;    // max global gradient norm; 0 = off
    double evalFraction = 0.1; // share of examples held out for evaluation
    int evalEvery = 0;        // steps between evaluations; 0 = only at the end
    int evalBatches = 8;
    int earlyStopPatience = 0; // evaluations without improvement before stopping; 0 = never
    int checkpointEvery = 0;  // steps between checkpoints; 0 = none
    uint64_t seed = 1234;
    int threads = 0;          // cores, split between torch and OpenBLAS (ThreadLayout.h); 0 = all
    bool allowCuda = false;
    // bf16 matrix products over fp32 master weights, or fp32 throughout; Auto picks bf16 where the
    // hardware multiplies it natively (what the run used is in its summary and lineage).
    Precision precision = Precision::Auto;

    bool trainsOnPreferences() const { return objective != Objective::Sft; }
    // "sft", "reward", "dpo": as CONFIG.json spells them.
    static QString objectiveName(Objective objective);

    Status validate() const;
    // Keys as in the CLI's CONFIG.json ("method", "steps", "batch_size", "lora": {...}, ...).
    static Result<TrainingConfig> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::ml::TrainingConfig)
};

// Which examples a run learns from and which it holds out to measure itself on. Decided here, in
// one place, because training (SftDataset) and evaluation after the run (models::EvalSet) must pick
// the very same examples from the same list: a seeded shuffle, then the first ceil(evalFraction * n)
// are held out, keeping at least one example for training. Both lists are in shuffled order.
struct ExampleSplit
{
    std::vector<size_t> train;
    std::vector<size_t> eval;
};
ExampleSplit splitExamples(size_t exampleCount, const TrainingConfig& config);
// How many of `exampleCount` examples splitExamples holds out, without shuffling anything.
size_t heldOutCount(size_t exampleCount, double evalFraction);

// Where a run stands, as reported to the UI or the CLI after every optimizer step.
struct TrainingProgress
{
    int step = 0;
    int totalSteps = 0;
    double loss = 0.0;
    double evalLoss = -1.0;   // last evaluation; < 0 when none yet
    double learningRate = 0.0;
    double tokensPerSecond = 0.0;
    int64_t tokensSeen = 0;
    int64_t elapsedMs = 0;
    int64_t etaMs = -1;       // < 0 while unknown
    // Everything else the objective logs, by name ("accuracy", "rewards/margins", and "eval/..."
    // from the last evaluation); empty for SFT, whose loss says it all.
    QMap<QString, double> metrics;
    // Data-parallel runs: each rank's tokens per second of compute (by rank) and the share of
    // the step spent exchanging gradients; empty and < 0 in one process.
    std::vector<double> rankTokensPerSecond;
    double exchangeShare = -1.0;
};

struct TrainingSummary
{
    int steps = 0;
    double finalLoss = 0.0;
    double evalLoss = -1.0;
    double perplexity = -1.0;
    bool stoppedEarly = false;
    int64_t elapsedMs = 0;
    double tokensPerSecond = 0.0;
    QMap<QString, double> metrics; // the final value of every metric the run logged, by name
    int worldSize = 1;             // processes that trained it together (data-parallel ranks)
    Precision precision = Precision::Fp32; // what its matrix products ran in (Auto resolved)
    ModelFiles output; // full: a Hugging Face model; LoRA: a PEFT adapter
};

} // namespace fw::ml
