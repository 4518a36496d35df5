// Training configuration: validation and the JSON form used by CONFIG.json and checkpoints.
#include "ml/TrainingConfig.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace fw::ml {

Status TrainingConfig::validate() const
{
    auto bad = [](const QString& m) { return Status(makeError(ErrorCode::InvalidArgument, m)); };
    if (steps <= 0 && epochs <= 0)
        return bad(tr("Set \"steps\" or \"epochs\" to a positive number"));
    if (batchSize <= 0 || seqLen < 2 || gradAccum <= 0)
        return bad(tr("batch_size and grad_accum must be positive and seq_len at least 2"));
    if (learningRate <= 0 || minLrRatio < 0 || minLrRatio > 1 || warmupSteps < 0)
        return bad(tr("learning_rate must be positive, min_lr_ratio within [0, 1], warmup_steps >= 0"));
    if (evalFraction < 0 || evalFraction >= 1)
        return bad(tr("eval_fraction must be within [0, 1)"));
    if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1 || weightDecay < 0 || gradClip < 0)
        return bad(tr("AdamW betas must be within [0, 1); weight_decay and grad_clip must not be negative"));
    if (method == Method::Lora && (lora.rank <= 0 || lora.alpha <= 0 || lora.targetModules.isEmpty()))
        return bad(tr("LoRA needs a positive rank and alpha and at least one target module"));
    return Status::success();
}

Result<TrainingConfig> TrainingConfig::fromJson(const QJsonObject& j)
{
    TrainingConfig c;
    const QString method = j.value(QStringLiteral("method")).toString(QStringLiteral("full"));
    if (method == QLatin1String("lora"))
        c.method = Method::Lora;
    else if (method != QLatin1String("full"))
        return makeError(ErrorCode::InvalidArgument, tr("\"method\" must be \"full\" or \"lora\", not \"%1\"").arg(method));
    c.steps = j.value(QStringLiteral("steps")).toInt(j.contains(QStringLiteral("epochs")) ? 0 : c.steps);
    c.epochs = j.value(QStringLiteral("epochs")).toInt(c.epochs);
    c.batchSize = j.value(QStringLiteral("batch_size")).toInt(c.batchSize);
    c.seqLen = j.value(QStringLiteral("seq_len")).toInt(c.seqLen);
    c.gradAccum = j.value(QStringLiteral("grad_accum")).toInt(c.gradAccum);
    c.packing = j.value(QStringLiteral("packing")).toBool(c.packing);
    c.learningRate = j.value(QStringLiteral("learning_rate")).toDouble(c.learningRate);
    c.minLrRatio = j.value(QStringLiteral("min_lr_ratio")).toDouble(c.minLrRatio);
    c.warmupSteps = j.value(QStringLiteral("warmup_steps")).toInt(c.warmupSteps);
    c.weightDecay = j.value(QStringLiteral("weight_decay")).toDouble(c.weightDecay);
    c.beta1 = j.value(QStringLiteral("beta1")).toDouble(c.beta1);
    c.beta2 = j.value(QStringLiteral("beta2")).toDouble(c.beta2);
    c.gradClip = j.value(QStringLiteral("grad_clip")).toDouble(c.gradClip);
    c.evalFraction = j.value(QStringLiteral("eval_fraction")).toDouble(c.evalFraction);
    c.evalEvery = j.value(QStringLiteral("eval_every")).toInt(c.evalEvery);
    c.evalBatches = j.value(QStringLiteral("eval_batches")).toInt(c.evalBatches);
    c.earlyStopPatience = j.value(QStringLiteral("early_stop_patience")).toInt(c.earlyStopPatience);
    c.checkpointEvery = j.value(QStringLiteral("checkpoint_every")).toInt(c.checkpointEvery);
    const double seed = j.value(QStringLiteral("seed")).toDouble(double(c.seed));
    // JSON numbers are doubles: whole ones up to 2^53 are exact (toJson writes the seed back as
    // one), and converting a negative or larger one to uint64_t would be undefined behaviour.
    if (!(seed >= 0 && seed <= 9007199254740992.0 && seed == std::trunc(seed)))
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"seed\" must be a whole number from 0 to 2^53, not %1").arg(seed));
    c.seed = uint64_t(seed);
    c.threads = j.value(QStringLiteral("threads")).toInt(c.threads);
    c.allowCuda = j.value(QStringLiteral("allow_cuda")).toBool(c.allowCuda);
    if (j.value(QStringLiteral("lora")).isObject())
        c.lora = LoraSettings::fromPeftConfig(j.value(QStringLiteral("lora")).toObject());
    if (Status s = c.validate(); !s)
        return s.error();
    return c;
}

QJsonObject TrainingConfig::toJson() const
{
    QJsonObject lo = lora.toPeftConfig(QString());
    return {{QStringLiteral("method"), method == Method::Lora ? QStringLiteral("lora") : QStringLiteral("full")},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("epochs"), epochs},
            {QStringLiteral("batch_size"), batchSize},
            {QStringLiteral("seq_len"), seqLen},
            {QStringLiteral("grad_accum"), gradAccum},
            {QStringLiteral("packing"), packing},
            {QStringLiteral("learning_rate"), learningRate},
            {QStringLiteral("min_lr_ratio"), minLrRatio},
            {QStringLiteral("warmup_steps"), warmupSteps},
            {QStringLiteral("weight_decay"), weightDecay},
            {QStringLiteral("beta1"), beta1},
            {QStringLiteral("beta2"), beta2},
            {QStringLiteral("grad_clip"), gradClip},
            {QStringLiteral("eval_fraction"), evalFraction},
            {QStringLiteral("eval_every"), evalEvery},
            {QStringLiteral("eval_batches"), evalBatches},
            {QStringLiteral("early_stop_patience"), earlyStopPatience},
            {QStringLiteral("checkpoint_every"), checkpointEvery},
            {QStringLiteral("seed"), double(seed)},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("allow_cuda"), allowCuda},
            {QStringLiteral("lora"), lo}};
}

size_t heldOutCount(size_t exampleCount, double evalFraction)
{
    // Keep at least one training example; hold out nothing when there are too few to spare.
    const size_t wanted = size_t(std::ceil(evalFraction * double(exampleCount)));
    return exampleCount < 2 ? 0 : std::min(exampleCount - 1, wanted);
}

ExampleSplit splitExamples(size_t exampleCount, const TrainingConfig& config)
{
    std::vector<size_t> order(exampleCount);
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(config.seed);
    std::shuffle(order.begin(), order.end(), rng);
    const size_t evalCount = heldOutCount(exampleCount, config.evalFraction);
    ExampleSplit split;
    split.eval.assign(order.begin(), order.begin() + std::ptrdiff_t(evalCount));
    split.train.assign(order.begin() + std::ptrdiff_t(evalCount), order.end());
    return split;
}

} // namespace fw::ml
