// runTraining: the glue between the model, the data (SFT rows or preference pairs), the objective,
// the Trainer loop and the buffers it fills.
#include "ml/TrainingRun.h"

#include "ml/ByteLevelBpeTrainer.h"
#include "ml/DataParallelGroup.h"
#include "ml/ThreadLayout.h"
#include "ml/GradientSketch.h"
#include "ml/LanguageModel.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/LoraAdapter.h"
#include "ml/PreferenceObjectives.h"
#include "ml/RewardHead.h"
#include "ml/Trainer.h"
#include "ml/TrainingClock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <optional>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

// From scratch: a byte-level BPE trained on the examples, ChatML special tokens and template.
Result<LanguageModel> freshModel(const ModelConfig& preset, const TrainingRequest& request)
{
    QStringList texts;
    for (const SftExample& e : request.examples)
        texts << e.system << e.prompt << e.response;
    for (const PreferenceExample& e : request.preferences)
        texts << e.system << e.prompt << e.chosen << e.rejected;
    BpeTrainingOptions options;
    options.vocabSize = preset.vocabSize;
    auto tokenizerJson = ByteLevelBpeTrainer::train(texts, options);
    if (!tokenizerJson)
        return tokenizerJson.error();
    const QJsonObject tokenizerConfig{
        {QStringLiteral("bos_token"), options.specialTokens[0]},
        {QStringLiteral("eos_token"), options.specialTokens[2]},
        {QStringLiteral("add_bos_token"), false},
        {QStringLiteral("chat_template"),
         QStringLiteral("{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
                        "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}"
                        "{{ '<|im_start|>assistant\\n' }}{% endif %}")}};
    const ModelFiles files{
        {QStringLiteral("tokenizer.json"),
         QJsonDocument(*tokenizerJson).toJson(QJsonDocument::Compact)},
        {QStringLiteral("tokenizer_config.json"), QJsonDocument(tokenizerConfig).toJson()}};
    return LanguageModel::create(preset, files, request.config.seed, request.config.allowCuda);
}

int totalSteps(const TrainingConfig& c, int64_t batchesPerEpoch)
{
    if (c.epochs <= 0)
        return c.steps;
    return int(std::ceil(double(c.epochs) * double(batchesPerEpoch) / double(c.gradAccum)));
}

// The objective of the run with its data and batch sources, which hold references into the data:
// built in place and never moved.
struct ObjectiveSetup
{
    std::optional<SftDataset> sft;
    std::optional<PreferenceDataset> pairs;
    std::unique_ptr<BatchSource> train;
    std::unique_ptr<BatchSource> eval; // null without held-out data
    std::unique_ptr<TrainingObjective> objective;
    RewardObjective* reward = nullptr; // the objective, when it trains a reward model
};

template <typename Rows, typename Source>
void addBatches(ObjectiveSetup& setup, const Rows& train, const Rows& eval, const TrainingConfig& cfg,
                torch::Device device)
{
    setup.train = std::make_unique<Source>(train, cfg.batchSize, cfg.seed, device);
    if (!eval.empty())
        setup.eval = std::make_unique<Source>(eval, std::min<int>(cfg.batchSize, int(eval.size())), cfg.seed, device);
}

Result<std::unique_ptr<ObjectiveSetup>> setUpObjective(const TrainingRequest& request, LanguageModelPrivate& d)
{
    const DistributedSettings& dist = request.distributed;
    const TrainingConfig& cfg = request.config;
    auto setup = std::make_unique<ObjectiveSetup>();
    const torch::Device device = d.model->device();
    if (!cfg.trainsOnPreferences()) {
        auto data = SftDataset::build(request.examples, *d.tokenizer, d.chat, cfg);
        if (!data)
            return data.error();
        setup->sft = std::move(*data);
        addBatches<std::vector<TokenRow>, RowBatches>(*setup, setup->sft->train(), setup->sft->eval(), cfg, device);
        // Each rank its shard of every global batch; evaluation stays whole on every rank, so
        // that all of them see the same held-out loss and stop early together.
        if (dist.enabled())
            setup->train = std::make_unique<RowBatches>(setup->sft->train(), cfg.batchSize, cfg.seed, device,
                                                        dist.rank, dist.worldSize);
        setup->objective = std::make_unique<SftObjective>(d.model);
        return setup;
    }
    auto data = PreferenceDataset::build(request.preferences, *d.tokenizer, d.chat, cfg);
    if (!data)
        return data.error();
    setup->pairs = std::move(*data);
    addBatches<std::vector<PairRow>, PairBatches>(*setup, setup->pairs->train(), setup->pairs->eval(), cfg, device);
    if (dist.enabled()) {
        // Every rank needs a pair of every global batch: a rank without one would report no
        // metrics, and the ranks' exchanges must have one length.
        if (setup->pairs->train().size() < size_t(dist.worldSize))
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 training pairs cannot be shared by %2 ranks.")
                                 .arg(setup->pairs->train().size())
                                 .arg(dist.worldSize));
        setup->train = std::make_unique<PairBatches>(setup->pairs->train(), cfg.batchSize, cfg.seed, device,
                                                     dist.rank, dist.worldSize);
    }
    if (cfg.objective == TrainingConfig::Objective::Reward) {
        auto reward = std::make_unique<RewardObjective>(d.model);
        setup->reward = reward.get();
        setup->objective = std::move(reward);
    } else {
        setup->objective = std::make_unique<DpoObjective>(
            d.model, cfg.beta, cfg.preferenceLoss == TrainingConfig::PreferenceLoss::Ipo);
    }
    return setup;
}

// The run's output: the model or the adapter, and a reward model's head beside either.
Result<ModelFiles> saveOutput(const TrainingRequest& request, LanguageModel& lm, const ObjectiveSetup& setup)
{
    LanguageModelPrivate& d = lm.internals();
    Result<ModelFiles> saved = request.config.method == TrainingConfig::Method::Lora
                                   ? savePeftAdapter(d.model, request.config.lora, request.base)
                                   : lm.save();
    if (saved && setup.reward)
        if (Status s = addRewardHead(*saved, setup.reward->scoreWeight()); !s)
            return s.error();
    return saved;
}

// What the ranks must share beyond the plan: the token rows themselves (tokenizer, template,
// held-out split and sequence length included).
void addRow(QCryptographicHash& hash, const TokenRow& row)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(row.inputs.data()),
                                qsizetype(row.inputs.size() * sizeof(row.inputs[0]))));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(row.targets.data()),
                                qsizetype(row.targets.size() * sizeof(row.targets[0]))));
}

QByteArray rowsFingerprint(const ObjectiveSetup& setup)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (setup.sft)
        for (const TokenRow& row : setup.sft->train())
            addRow(hash, row);
    if (setup.pairs)
        for (const PairRow& pair : setup.pairs->train()) {
            addRow(hash, pair.chosen);
            addRow(hash, pair.rejected);
        }
    return hash.result();
}

// A data-parallel run's group, after the checks that make every rank's step the same step.
Result<std::unique_ptr<DataParallelGroup>> joinGroup(const TrainingRequest& request)
{
    const DistributedSettings& dist = request.distributed;
    const TrainingConfig& cfg = request.config;
    if (cfg.trainsOnPreferences() && request.preferences.size() < size_t(dist.worldSize))
        return makeError(ErrorCode::InvalidArgument, tr("%1 training pairs cannot be shared by %2 ranks.")
                                                         .arg(request.preferences.size())
                                                         .arg(dist.worldSize));
    if (cfg.batchSize < dist.worldSize)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A batch of %1 rows cannot be shared by %2 ranks; use a batch size of "
                            "at least %2.")
                             .arg(cfg.batchSize)
                             .arg(dist.worldSize));
    auto group = DataParallelGroup::join(dist);
    if (!group)
        return group.error();
    if (Status s = (*group)->agree(QStringLiteral("plan"), dist.planFingerprint,
                                    tr("their plan or their datanet version (Merkle root)"));
        !s)
        return s.error();
    return group;
}

} // namespace

Result<TrainingSummary> runTraining(const TrainingRequest& request, const ProgressCallback& onProgress,
                                    TrainingControl* control)
{
    const TrainingConfig& cfg = request.config;
    if (Status s = cfg.validate(); !s)
        return s.error();
    std::unique_ptr<DataParallelGroup> group;
    if (request.distributed.enabled()) {
        auto joined = joinGroup(request);
        if (!joined)
            return joined.error();
        group = std::move(*joined);
    }
    applyThreadLayout(Workload::Fp32Cpu, cfg.threads);
    torch::manual_seed(cfg.seed);
    auto preset = request.baseFiles.isEmpty() ? ModelConfig::preset(request.base)
                                              : Result<ModelConfig>(ModelConfig{});
    if (!preset)
        return preset.error();
    auto lm = request.baseFiles.isEmpty() ? freshModel(*preset, request)
                                          : LanguageModel::load(request.baseFiles, cfg.allowCuda);
    if (!lm)
        return lm.error();
    LanguageModelPrivate& d = lm->internals();
    if (cfg.method == TrainingConfig::Method::Lora)
        if (auto attached = attachLora(d.model, cfg.lora); !attached)
            return attached.error();
    auto setup = setUpObjective(request, d);
    if (!setup)
        return setup.error();
    ObjectiveSetup& run = **setup;
    const int total = totalSteps(cfg, run.train->batchesPerEpoch());
    Trainer trainer(*run.objective, *run.train, run.eval.get(), cfg, total);
    // Where the step's GEMMs run decides how the cores are split (ThreadLayout.h): bf16 products
    // and CUDA use torch's own pool, fp32 on the CPU calls OpenBLAS.
    if (trainer.precision() == Precision::Bf16 || d.model->device().is_cuda())
        applyThreadLayout(Workload::TorchPool, cfg.threads);
    QByteArray resumeFrom = request.resumeFrom;
    if (group) {
        if (Status s = group->agree(QStringLiteral("rows"), rowsFingerprint(run),
                                    tr("their training rows (tokenizer, template or held-out split)"));
            !s)
            return s.error();
        if (Status s = trainer.joinGroup(*group); !s)
            return s.error();
        // Rank 0's checkpoint, when it resumes, is every rank's: the others may not hold it.
        Result<QByteArray> shared = group->fromRankZero(QStringLiteral("resume"), request.resumeFrom);
        if (!shared)
            return shared.error();
        resumeFrom = *shared;
    }

    double bestEval = -1.0, lastEval = -1.0;
    int badEvals = 0;
    if (!resumeFrom.isEmpty()) {
        auto extra = trainer.loadCheckpoint(resumeFrom);
        if (!extra)
            return extra.error();
        bestEval = extra->value(QStringLiteral("best_eval")).toDouble(-1.0);
        lastEval = extra->value(QStringLiteral("last_eval")).toDouble(-1.0);
        badEvals = extra->value(QStringLiteral("bad_evals")).toInt(0);
    }
    auto checkpoint = [&]() -> Status {
        const QJsonObject extra{{QStringLiteral("best_eval"), bestEval},
                                {QStringLiteral("last_eval"), lastEval},
                                {QStringLiteral("bad_evals"), badEvals}};
        Result<QByteArray> bytes = trainer.saveCheckpoint(extra);
        if (!bytes)
            return bytes.error();
        request.onCheckpoint(trainer.completedSteps(), *bytes);
        return Status::success();
    };

    // TracIn's checkpoints: the adapter and its learning rate at a few steps along the run.
    const bool keepsAdapters = request.onAdapterCheckpoint &&
                               cfg.method == TrainingConfig::Method::Lora && !cfg.trainsOnPreferences();
    const std::vector<int> adapterSteps = keepsAdapters ? adapterCheckpointSteps(total) : std::vector<int>();
    int lastAdapterStep = 0;
    auto keepAdapter = [&](int step, double learningRate) -> Status {
        Result<ModelFiles> adapter = savePeftAdapter(d.model, cfg.lora, request.base);
        if (!adapter)
            return adapter.error();
        request.onAdapterCheckpoint({step, learningRate, *adapter});
        lastAdapterStep = step;
        return Status::success();
    };

    TrainingSummary summary;
    QElapsedTimer clock;
    clock.start();
    int64_t pausedMs = 0; // left out of the run's time and of the estimate of what is left
    TrainingClock eta;
    const int firstStep = trainer.completedSteps();
    int64_t tokens = 0;
    // Data-parallel runs pause and stop together: rank 0 announces its user's pause or stop in the
    // next step's exchange, which every rank then drops. A rank that paused alone would leave the
    // others waiting in that exchange until their timeout.
    Trainer::GroupIntent agreed = Trainer::GroupIntent::GoOn;
    while (trainer.completedSteps() < total) {
        const int64_t waitStart = clock.elapsed();
        bool goOn = true;
        if (!group) {
            goOn = !control || control->waitWhilePaused();
        } else if (agreed == Trainer::GroupIntent::Pause) {
            const bool mine = group->rank() != 0 || !control || control->waitWhilePaused();
            Result<bool> decided = group->afterPause(trainer.completedSteps(), mine, [control] {
                return control && control->isCancelled();
            });
            if (!decided)
                return decided.error();
            goOn = *decided;
            agreed = Trainer::GroupIntent::GoOn;
        } else {
            // A rank other than 0 that is stopped on its own leaves; the others then report it lost.
            goOn = agreed != Trainer::GroupIntent::Stop && !(group->rank() != 0 && control && control->isCancelled());
        }
        pausedMs += clock.elapsed() - waitStart;
        if (!goOn) {
            if (request.onCheckpoint && trainer.completedSteps() > firstStep)
                (void)checkpoint(); // best effort: a cancelled run can still be resumed
            if (group && group->rank() != 0 && !(control && control->isCancelled()))
                return makeError(ErrorCode::Cancelled,
                                 tr("Rank 0 stopped the run at step %1").arg(trainer.completedSteps()));
            return makeError(ErrorCode::Cancelled, tr("Training was cancelled at step %1").arg(trainer.completedSteps()));
        }
        Trainer::GroupIntent intent = Trainer::GroupIntent::GoOn;
        if (group && group->rank() == 0 && control)
            intent = control->isCancelled() ? Trainer::GroupIntent::Stop
                     : control->isPaused()  ? Trainer::GroupIntent::Pause
                                            : Trainer::GroupIntent::GoOn;
        const int64_t stepStart = clock.elapsed();
        const Result<Trainer::StepStats> stepped = trainer.step(intent);
        if (!stepped)
            return stepped.error();
        const Trainer::StepStats& stats = *stepped;
        agreed = stats.groupIntent;
        if (agreed != Trainer::GroupIntent::GoOn)
            continue; // the step was dropped: pause or stop at the top of the loop
        eta.addStep(double(clock.elapsed() - stepStart));
        tokens += stats.tokens;
        const int step = trainer.completedSteps();
        summary.finalLoss = stats.loss;
        summary.metrics = stats.metrics;
        if (!std::isfinite(stats.loss))
            return makeError(ErrorCode::Internal, tr("The loss diverged at step %1; lower the learning rate").arg(step));
        if (cfg.evalEvery > 0 && step % cfg.evalEvery == 0 && step < total) {
            const int64_t evalStart = clock.elapsed();
            lastEval = trainer.evaluate();
            eta.addEval(double(clock.elapsed() - evalStart));
            if (bestEval < 0 || lastEval < bestEval) {
                bestEval = lastEval;
                badEvals = 0;
            } else {
                ++badEvals;
            }
        }
        if (onProgress) {
            TrainingProgress p;
            p.step = step;
            p.totalSteps = total;
            p.loss = stats.loss;
            p.evalLoss = lastEval;
            p.metrics = stats.metrics;
            for (auto it = trainer.evalMetrics().begin(); it != trainer.evalMetrics().end(); ++it)
                p.metrics.insert(it.key(), it.value());
            p.learningRate = stats.learningRate;
            p.tokensSeen = tokens;
            p.elapsedMs = clock.elapsed() - pausedMs;
            const double seconds = std::max(1e-3, double(p.elapsedMs) / 1000.0);
            p.tokensPerSecond = double(tokens) / seconds;
            p.etaMs = eta.etaMs(total - step, TrainingClock::evalsLeft(step, total, cfg.evalEvery));
            p.rankTokensPerSecond = stats.rankTokensPerSecond;
            if (group)
                p.exchangeShare = stats.exchangeMs / std::max(1e-3, stats.stepMs);
            onProgress(p);
        }
        // After the progress report, so that a recorder stores the step's point with its
        // checkpoint.
        if (cfg.checkpointEvery > 0 && step % cfg.checkpointEvery == 0 && request.onCheckpoint)
            if (Status s = checkpoint(); !s)
                return s.error();
        const bool stopsEarly = cfg.earlyStopPatience > 0 && badEvals >= cfg.earlyStopPatience;
        if (std::find(adapterSteps.begin(), adapterSteps.end(), step) != adapterSteps.end() ||
            (keepsAdapters && stopsEarly && lastAdapterStep != step))
            if (Status s = keepAdapter(step, stats.learningRate); !s)
                return s.error();
        if (stopsEarly) {
            summary.stoppedEarly = true;
            break;
        }
    }
    summary.steps = trainer.completedSteps();
    summary.evalLoss = trainer.evaluate();
    summary.perplexity = summary.evalLoss >= 0 && !cfg.trainsOnPreferences() ? std::exp(summary.evalLoss) : -1.0;
    summary.metrics.insert(QStringLiteral("loss"), summary.finalLoss);
    for (auto it = trainer.evalMetrics().begin(); it != trainer.evalMetrics().end(); ++it)
        summary.metrics.insert(it.key(), it.value());
    summary.elapsedMs = clock.elapsed() - pausedMs;
    summary.tokensPerSecond = double(tokens) / std::max(1e-3, double(summary.elapsedMs) / 1000.0);
    summary.worldSize = request.distributed.worldSize;
    summary.precision = trainer.precision();
    d.model->eval();
    if (request.distributed.rank != 0)
        return summary; // rank 0 holds the same weights and is the one that keeps them
    Result<ModelFiles> saved = saveOutput(request, *lm, run);
    if (!saved)
        return saved.error();
    summary.output = *saved;
    return summary;
}

} // namespace fw::ml
