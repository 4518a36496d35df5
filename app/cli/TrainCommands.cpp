// `flywheel-cli train CONFIG.json | --resume RUN_ID`, `generate NAME`, `tokenize NAME`,
// `score MODEL`: the engine from a terminal.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "ModelSupport.h"

#include "attribution/AttributionService.h"
#include "models/RecordedRun.h"
#include "models/TrainingPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

QString clock(int64_t ms)
{
    const int64_t s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

Result<models::TrainingPlan> readPlan(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidArgument, tr("%1 is not a JSON object (%2).").arg(path, parseError.errorString())};
    return models::TrainingPlan::fromJson(doc.object());
}

void printProgress(const Output& out, const ml::TrainingProgress& p)
{
    QString text = QStringLiteral("step %1/%2  loss %3  lr %4  %5 tok/s  elapsed %6")
                       .arg(p.step)
                       .arg(p.totalSteps)
                       .arg(p.loss, 0, 'f', 4)
                       .arg(p.learningRate, 0, 'e', 2)
                       .arg(qint64(p.tokensPerSecond))
                       .arg(clock(p.elapsedMs));
    if (p.etaMs >= 0)
        text += QStringLiteral("  eta %1").arg(clock(p.etaMs));
    if (p.evalLoss >= 0)
        text += QStringLiteral("  eval %1").arg(p.evalLoss, 0, 'f', 4);
    // The objective's own numbers (reward models, DPO), held-out ones after an evaluation.
    for (auto it = p.metrics.begin(); it != p.metrics.end(); ++it)
        text += QStringLiteral("  %1 %2").arg(it.key()).arg(it.value(), 0, 'f', 4);
    out.line(text);
}

// A new run from CONFIG.json, or run --resume RUN_ID of the history from its checkpoint.
Result<models::RecordedRun> recordedRun(const Invocation& call, store::Workspace& ws)
{
    if (!call.parser.isSet(QStringLiteral("resume"))) {
        Result<models::TrainingPlan> plan = readPlan(call.args.at(0));
        if (!plan)
            return plan.error();
        return models::RecordedRun::start(ws, *plan);
    }
    bool ok = false;
    const qint64 id = call.parser.value(QStringLiteral("resume")).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorCode::InvalidArgument,
                     tr("--resume needs a run id from the history (a positive number).")};
    return models::RecordedRun::resume(ws, id);
}

Outcome train(const Invocation& call)
{
    if (call.parser.isSet(QStringLiteral("resume")) == !call.args.isEmpty())
        return Outcome::usage(tr("'train' takes either CONFIG.json or --resume RUN_ID."));
    bool ok = true;
    const int stopAfter = call.parser.isSet(QStringLiteral("stop-after"))
                              ? call.parser.value(QStringLiteral("stop-after")).toInt(&ok)
                              : 0;
    if (!ok || stopAfter < 0)
        return Outcome::usage(tr("--stop-after needs a step number."));
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<models::RecordedRun> recorded = recordedRun(call, **ws);
    if (!recorded)
        return recorded.error();
    Result<ml::MlRuntime*> engine = openEngine(call.parser);
    if (!engine)
        return engine.error();
    const Output& out = call.context.out();
    ml::TrainingControl control;
    models::RecordedRunHooks hooks;
    hooks.prepared = [&](const models::PreparedRun& run) {
        if (!run.request.preferences.empty())
            out.note(tr("training run %1 (%2) on %3 preference pairs of %4 (version %5)\n")
                         .arg(recorded->id())
                         .arg(ml::TrainingConfig::objectiveName(run.plan.config.objective))
                         .arg(run.request.preferences.size())
                         .arg(run.datanet.name, run.version.idHex().left(16)));
        else
            out.note(tr("training run %1 on %2 examples of %3 (version %4)\n")
                         .arg(recorded->id())
                         .arg(run.request.examples.size())
                         .arg(run.datanet.name, run.version.idHex().left(16)));
    };
    hooks.progress = [&](const ml::TrainingProgress& p) {
        printProgress(out, p);
        // The engine checkpoints when it stops, so the run resumes from exactly this step.
        if (stopAfter > 0 && p.step >= stopAfter)
            control.cancel();
    };
    hooks.warning = [&](const Error& e) { out.note(tr("warning: %1\n").arg(e.message)); };
    ml::TrainingSummary summary;
    Result<models::ModelEntry> added = recorded->train(
        **engine, call.parser.value(QStringLiteral("threads")).toInt(), hooks, &control, &summary);
    if (!added && added.error().code == ErrorCode::Cancelled && stopAfter > 0) {
        out.line(tr("run %1 stopped after step %2; continue it with: train --resume %1")
                     .arg(recorded->id())
                     .arg(stopAfter));
        return {};
    }
    if (!added)
        return added.error();
    if (summary.evalLoss >= 0 && summary.perplexity >= 0)
        out.line(tr("eval loss %1  perplexity %2")
                     .arg(summary.evalLoss, 0, 'f', 4)
                     .arg(summary.perplexity, 0, 'f', 2));
    else if (summary.evalLoss >= 0)
        out.line(tr("eval loss %1").arg(summary.evalLoss, 0, 'f', 4));
    out.line(tr("model: %1").arg(added->name));
    // The span index answers attribution requests from the first one on; a failure here leaves the
    // model usable (attribute builds the index on demand), so it is a warning.
    if (Result<bool> indexed = attribution::AttributionService(**ws).ensureIndex(added->name);
        !indexed)
        out.note(tr("warning: attribution index not built: %1\n").arg(indexed.error().message));
    // A LoRA SFT adapter's gradient store as well (one backward pass per record and checkpoint),
    // so that gradient attribution answers from the first request on; a failure is a warning too.
    if (added->kind == models::ModelKind::Adapter &&
        added->lineage.value(QStringLiteral("objective")).toString() == QLatin1String("sft"))
        if (Result<bool> sketched = attribution::AttributionService(**ws).ensureGradients(added->name);
            !sketched)
            out.note(tr("warning: gradient store not built: %1\n").arg(sketched.error().message));
    return {};
}

Outcome generate(const Invocation& call)
{
    if (!call.parser.isSet(QStringLiteral("prompt")))
        return Outcome::usage(tr("'generate' needs --prompt TEXT."));
    ml::GenerationOptions options;
    bool ok[5] = {true, true, true, true, true};
    options.maxNewTokens = call.parser.value(QStringLiteral("max-tokens")).toInt(&ok[0]);
    options.temperature = call.parser.value(QStringLiteral("temperature")).toDouble(&ok[1]);
    options.topP = call.parser.value(QStringLiteral("top-p")).toDouble(&ok[2]);
    options.topK = call.parser.value(QStringLiteral("top-k")).toInt(&ok[3]);
    options.seed = call.parser.value(QStringLiteral("seed")).toULongLong(&ok[4]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || options.maxNewTokens <= 0 || options.temperature < 0 ||
        options.topP <= 0 || options.topP > 1 || options.topK < 0)
        return Outcome::usage(tr("--max-tokens must be positive, --temperature >= 0, --top-p in (0, 1], --top-k >= 0 "
                                 "and --seed a whole number."));
    Result<OpenModel> open = loadRegisteredModel(call, call.args.at(0));
    if (!open)
        return open.error();
    const bool json = call.parser.isSet(QStringLiteral("json"));
    const bool chat = call.parser.isSet(QStringLiteral("chat"));
    const ml::StreamCallback stream = [](int, const QString& delta) {
        std::fputs(delta.toUtf8().constData(), stdout);
        std::fflush(stdout);
        return true;
    };
    const ml::GenerationResult r =
        open->model->generate(call.parser.value(QStringLiteral("prompt")), chat, options, json ? ml::StreamCallback() : stream);
    if (r.error)
        return *r.error;
    if (json) {
        QJsonArray ids;
        for (int id : r.tokenIds)
            ids.append(id);
        const char* reasons[] = {"stop", "length", "cancelled"};
        call.context.out().json(QJsonDocument(QJsonObject{
            {QStringLiteral("model"), open->entry.name},
            {QStringLiteral("token_ids"), ids},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("prompt_tokens"), r.promptTokens},
            {QStringLiteral("finish_reason"), QLatin1String(reasons[int(r.finishReason)])}}));
    } else {
        call.context.out().line(QString());
    }
    return {};
}

Outcome tokenize(const Invocation& call)
{
    if (!call.parser.isSet(QStringLiteral("text")))
        return Outcome::usage(tr("'tokenize' needs --text TEXT."));
    Result<OpenModel> open = loadRegisteredModel(call, call.args.at(0));
    if (!open)
        return open.error();
    const Result<std::vector<int>> ids =
        open->model->tokenize(call.parser.value(QStringLiteral("text")));
    if (!ids)
        return ids.error();
    if (call.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (int id : *ids)
            list.append(id);
        call.context.out().json(QJsonDocument(QJsonObject{{QStringLiteral("token_ids"), list}}));
    } else {
        QStringList words;
        for (int id : *ids)
            words << QString::number(id);
        call.context.out().line(words.join(QLatin1Char(' ')));
    }
    return {};
}

// A reward model's score of one response to one prompt.
Outcome score(const Invocation& call)
{
    if (!call.parser.isSet(QStringLiteral("prompt")) || !call.parser.isSet(QStringLiteral("response")))
        return Outcome::usage(tr("'score' needs --prompt TEXT and --response TEXT."));
    Result<OpenModel> open = loadRegisteredModel(call, call.args.at(0));
    if (!open)
        return open.error();
    const Result<double> reward = open->model->reward(call.parser.value(QStringLiteral("prompt")),
                                                      call.parser.value(QStringLiteral("response")));
    if (!reward)
        return reward.error();
    if (call.parser.isSet(QStringLiteral("json")))
        call.context.out().json(QJsonDocument(QJsonObject{{QStringLiteral("reward"), *reward}}));
    else
        call.context.out().line(QString::number(*reward, 'f', 6));
    return {};
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object."));
}
} // namespace

void registerTrainCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("train"),
         QString(),
         tr("Fine-tune (or train from scratch) on a ready datanet version; prints progress and the "
            "output model's name. \"objective\" in CONFIG.json picks what is learned: \"sft\" "
            "(the default), \"reward\" (a reward model) or \"dpo\" (with \"beta\" and \"loss\": "
            "\"sigmoid\" or \"ipo\"), the last two from a preference datanet. The run is kept in "
            "the workspace's history, as the workbench's are."),
         {tr("[CONFIG.json]")},
         {threadsOption(),
          QCommandLineOption(QStringLiteral("resume"),
                             tr("Continue run RUN_ID of the history from its last checkpoint."),
                             tr("RUN_ID")),
          QCommandLineOption(QStringLiteral("stop-after"),
                             tr("Stop once step N is done, keeping a checkpoint to resume from."),
                             tr("N"))},
         true,
         train});
    registry.add({QStringLiteral("generate"), QString(),
                  tr("Complete a prompt with a registered model or adapter (streams the text)."), {tr("NAME")},
                  {QCommandLineOption(QStringLiteral("prompt"), tr("The prompt."), tr("TEXT")),
                   QCommandLineOption(QStringLiteral("chat"), tr("Wrap the prompt in the model's chat template.")),
                   QCommandLineOption(QStringLiteral("max-tokens"), tr("Tokens to generate at most."), tr("N"),
                                      QStringLiteral("128")),
                   QCommandLineOption(QStringLiteral("temperature"), tr("0 is greedy."), tr("T"), QStringLiteral("0")),
                   QCommandLineOption(QStringLiteral("top-p"), tr("Nucleus sampling."), tr("P"), QStringLiteral("1")),
                   QCommandLineOption(QStringLiteral("top-k"), tr("0 is off."), tr("K"), QStringLiteral("0")),
                   QCommandLineOption(QStringLiteral("seed"), tr("Sampling seed."), tr("S"), QStringLiteral("0")),
                   jsonOption(), threadsOption()},
                  true, generate});
    registry.add({QStringLiteral("score"), QString(),
                  tr("Print a reward model's score of a response to a prompt (higher is better)."), {tr("MODEL")},
                  {QCommandLineOption(QStringLiteral("prompt"), tr("The prompt."), tr("TEXT")),
                   QCommandLineOption(QStringLiteral("response"), tr("The response to score."), tr("TEXT")),
                   jsonOption(), threadsOption()},
                  true, score});
    registry.add({QStringLiteral("tokenize"), QString(),
                  tr("Print the token ids the model's tokenizer gives (special tokens included)."), {tr("NAME")},
                  {QCommandLineOption(QStringLiteral("text"), tr("The text."), tr("TEXT")), jsonOption(),
                   threadsOption()},
                  true, tokenize});
}

} // namespace fw::cli
