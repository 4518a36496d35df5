// Training configuration: validation and the JSON form used by CONFIG.json and checkpoints.
#include "ml/TrainingConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <utility>

namespace fw::ml {

namespace {

// Far above any real run, far below what would exhaust memory before the first step: a typo such as
// batch_size 1000000 is refused here, naming the field, instead of by the allocator mid-run.
struct Limit
{
    const char* field; // as CONFIG.json spells it
    int64_t value;
    int64_t low;
    int64_t high;
};
constexpr int kMaxSteps = 100'000'000;
constexpr int kMaxEpochs = 10'000;
constexpr int kMaxBatchSize = 4096;
constexpr int kMaxSeqLen = 1 << 17;          // 131,072: the longest released context windows
constexpr int64_t kMaxBatchTokens = 1 << 22; // batch_size x seq_len of one micro-batch
constexpr int kMaxGradAccum = 4096;

// `key` as a whole number, when the file has it. QJsonValue::toInt() would quietly fall back to
// the default for 1e12, 2.5 or "8"; a run must not start from a value nobody wrote.
Status readWhole(const QJsonObject& j, const char* key, int& out)
{
    const QJsonValue v = j.value(QLatin1String(key));
    if (v.isUndefined())
        return Status::success();
    const double d = v.toDouble(0.5);
    if (!v.isDouble() || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max()) {
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return makeError(
            ErrorCode::InvalidArgument,
            TrainingConfig::tr("\"%1\" must be a whole number, not %2")
                .arg(QLatin1String(key), QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2))));
    }
    out = int(d);
    return Status::success();
}

struct ObjectiveName
{
    TrainingConfig::Objective objective;
    const char* name;
};
constexpr ObjectiveName kObjectives[] = {{TrainingConfig::Objective::Sft, "sft"},
                                         {TrainingConfig::Objective::Reward, "reward"},
                                         {TrainingConfig::Objective::Dpo, "dpo"}};

} // namespace

QString TrainingConfig::objectiveName(Objective objective)
{
    for (const ObjectiveName& o : kObjectives)
        if (o.objective == objective)
            return QLatin1String(o.name);
    return QString();
}

Status TrainingConfig::validate() const
{
    auto bad = [](const QString& m) { return Status(makeError(ErrorCode::InvalidArgument, m)); };
    if (steps <= 0 && epochs <= 0)
        return bad(tr("Set \"steps\" or \"epochs\" to a positive number"));
    for (const Limit& l :
         {Limit{"steps", steps, 0, kMaxSteps}, Limit{"epochs", epochs, 0, kMaxEpochs},
          Limit{"batch_size", batchSize, 1, kMaxBatchSize}, Limit{"seq_len", seqLen, 2, kMaxSeqLen},
          Limit{"grad_accum", gradAccum, 1, kMaxGradAccum},
          Limit{"warmup_steps", warmupSteps, 0, kMaxSteps},
          Limit{"eval_batches", evalBatches, 0, kMaxSteps}})
        if (l.value < l.low || l.value > l.high)
            return bad(tr("\"%1\" is %2; it must be from %3 to %4")
                           .arg(QLatin1String(l.field))
                           .arg(l.value)
                           .arg(l.low)
                           .arg(l.high));
    if (int64_t(batchSize) * seqLen > kMaxBatchTokens)
        return bad(tr("\"batch_size\" x \"seq_len\" is %1 tokens per micro-batch; at most %2")
                       .arg(int64_t(batchSize) * seqLen)
                       .arg(kMaxBatchTokens));
    if (learningRate <= 0 || minLrRatio < 0 || minLrRatio > 1)
        return bad(tr("learning_rate must be positive and min_lr_ratio within [0, 1]"));
    if (evalFraction < 0 || evalFraction >= 1)
        return bad(tr("eval_fraction must be within [0, 1)"));
    if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1 || weightDecay < 0 || gradClip < 0)
        return bad(tr("AdamW betas must be within [0, 1); weight_decay and grad_clip must not be negative"));
    if (objective == Objective::Dpo && !(beta > 0 && beta <= 100))
        return bad(tr("\"beta\" is %1; DPO needs it above 0 and at most 100").arg(beta));
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
    const QString objective = j.value(QStringLiteral("objective")).toString(QStringLiteral("sft"));
    const auto known = std::find_if(std::begin(kObjectives), std::end(kObjectives),
                                    [&](const ObjectiveName& o) { return objective == QLatin1String(o.name); });
    if (known == std::end(kObjectives))
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"objective\" must be \"sft\", \"reward\" or \"dpo\", not \"%1\"").arg(objective));
    c.objective = known->objective;
    const QString loss = j.value(QStringLiteral("loss")).toString(QStringLiteral("sigmoid"));
    if (loss == QLatin1String("ipo"))
        c.preferenceLoss = PreferenceLoss::Ipo;
    else if (loss != QLatin1String("sigmoid"))
        return makeError(ErrorCode::InvalidArgument, tr("\"loss\" must be \"sigmoid\" or \"ipo\", not \"%1\"").arg(loss));
    c.beta = j.value(QStringLiteral("beta")).toDouble(c.beta);
    if (j.contains(QStringLiteral("epochs")))
        c.steps = 0;
    const std::pair<const char*, int*> wholeNumbers[] = {
        {"steps", &c.steps},
        {"epochs", &c.epochs},
        {"batch_size", &c.batchSize},
        {"seq_len", &c.seqLen},
        {"grad_accum", &c.gradAccum},
        {"warmup_steps", &c.warmupSteps},
        {"eval_every", &c.evalEvery},
        {"eval_batches", &c.evalBatches},
        {"early_stop_patience", &c.earlyStopPatience},
        {"checkpoint_every", &c.checkpointEvery},
        {"threads", &c.threads}};
    for (const auto& [key, field] : wholeNumbers)
        if (Status s = readWhole(j, key, *field); !s)
            return s.error();
    c.packing = j.value(QStringLiteral("packing")).toBool(c.packing);
    c.learningRate = j.value(QStringLiteral("learning_rate")).toDouble(c.learningRate);
    c.minLrRatio = j.value(QStringLiteral("min_lr_ratio")).toDouble(c.minLrRatio);
    c.weightDecay = j.value(QStringLiteral("weight_decay")).toDouble(c.weightDecay);
    c.beta1 = j.value(QStringLiteral("beta1")).toDouble(c.beta1);
    c.beta2 = j.value(QStringLiteral("beta2")).toDouble(c.beta2);
    c.gradClip = j.value(QStringLiteral("grad_clip")).toDouble(c.gradClip);
    c.evalFraction = j.value(QStringLiteral("eval_fraction")).toDouble(c.evalFraction);
    const double seed = j.value(QStringLiteral("seed")).toDouble(double(c.seed));
    // JSON numbers are doubles: whole ones up to 2^53 are exact (toJson writes the seed back as
    // one), and converting a negative or larger one to uint64_t would be undefined behaviour.
    if (!(seed >= 0 && seed <= 9007199254740992.0 && seed == std::trunc(seed)))
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"seed\" must be a whole number from 0 to 2^53, not %1").arg(seed));
    c.seed = uint64_t(seed);
    c.allowCuda = j.value(QStringLiteral("allow_cuda")).toBool(c.allowCuda);
    if (j.contains(QStringLiteral("precision"))) {
        auto precision = parsePrecision(j.value(QStringLiteral("precision")).toString(QStringLiteral("(not a string)")));
        if (!precision)
            return precision.error();
        c.precision = *precision;
    }
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
            {QStringLiteral("objective"), objectiveName(objective)},
            {QStringLiteral("beta"), beta},
            {QStringLiteral("loss"), preferenceLoss == PreferenceLoss::Ipo ? QStringLiteral("ipo") : QStringLiteral("sigmoid")},
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
            {QStringLiteral("precision"), precisionName(precision)},
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
