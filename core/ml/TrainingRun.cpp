// runTraining: the glue between the model, the data, the Trainer loop and the buffers it fills.
#include "ml/TrainingRun.h"

#include "ml/ByteLevelBpeTrainer.h"
#include "ml/DeviceInfo.h"
#include "ml/LanguageModel.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/LoraAdapter.h"
#include "ml/Trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cmath>

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

} // namespace

Result<TrainingSummary> runTraining(const TrainingRequest& request, const ProgressCallback& onProgress,
                                    TrainingControl* control)
{
    const TrainingConfig& cfg = request.config;
    if (Status s = cfg.validate(); !s)
        return s.error();
    setThreadCount(cfg.threads);
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
    auto data = SftDataset::build(request.examples, *d.tokenizer, d.chat, cfg);
    if (!data)
        return data.error();
    const torch::Device device = d.model->device();
    RowBatches trainBatches(data->train(), cfg.batchSize, cfg.seed, device);
    RowBatches evalBatches(data->eval(), std::min<int>(cfg.batchSize, std::max<int>(1, int(data->eval().size()))),
                           cfg.seed, device);
    SftObjective objective(d.model);
    const int total = totalSteps(cfg, trainBatches.batchesPerEpoch());
    Trainer trainer(objective, trainBatches, data->eval().empty() ? nullptr : &evalBatches, cfg, total);

    double bestEval = -1.0, lastEval = -1.0;
    int badEvals = 0;
    if (!request.resumeFrom.isEmpty()) {
        auto extra = trainer.loadCheckpoint(request.resumeFrom);
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

    TrainingSummary summary;
    QElapsedTimer clock;
    clock.start();
    const int firstStep = trainer.completedSteps();
    int64_t tokens = 0;
    while (trainer.completedSteps() < total) {
        if (control && !control->waitWhilePaused()) {
            if (request.onCheckpoint && trainer.completedSteps() > firstStep)
                (void)checkpoint(); // best effort: a cancelled run can still be resumed
            return makeError(ErrorCode::Cancelled, tr("Training was cancelled at step %1").arg(trainer.completedSteps()));
        }
        const Trainer::StepStats stats = trainer.step();
        tokens += stats.tokens;
        const int step = trainer.completedSteps();
        summary.finalLoss = stats.loss;
        if (!std::isfinite(stats.loss))
            return makeError(ErrorCode::Internal, tr("The loss diverged at step %1; lower the learning rate").arg(step));
        if (cfg.evalEvery > 0 && step % cfg.evalEvery == 0 && step < total) {
            lastEval = trainer.evaluate();
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
            p.learningRate = stats.learningRate;
            p.tokensSeen = tokens;
            p.elapsedMs = clock.elapsed();
            const double seconds = std::max(1e-3, double(p.elapsedMs) / 1000.0);
            p.tokensPerSecond = double(tokens) / seconds;
            p.etaMs = int64_t(double(p.elapsedMs) / double(step - firstStep) * double(total - step));
            onProgress(p);
        }
        // After the progress report, so that a recorder stores the step's point with its
        // checkpoint.
        if (cfg.checkpointEvery > 0 && step % cfg.checkpointEvery == 0 && request.onCheckpoint)
            if (Status s = checkpoint(); !s)
                return s.error();
        if (cfg.earlyStopPatience > 0 && badEvals >= cfg.earlyStopPatience) {
            summary.stoppedEarly = true;
            break;
        }
    }
    summary.steps = trainer.completedSteps();
    summary.evalLoss = trainer.evaluate();
    summary.perplexity = summary.evalLoss >= 0 ? std::exp(summary.evalLoss) : -1.0;
    summary.elapsedMs = clock.elapsed();
    summary.tokensPerSecond = double(tokens) / std::max(1e-3, double(summary.elapsedMs) / 1000.0);
    d.model->eval();
    Result<ModelFiles> saved = cfg.method == TrainingConfig::Method::Lora
                                   ? savePeftAdapter(d.model, cfg.lora, request.base)
                                   : lm->save();
    if (!saved)
        return saved.error();
    summary.output = *saved;
    return summary;
}

} // namespace fw::ml
