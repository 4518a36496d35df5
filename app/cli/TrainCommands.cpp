// `flywheel-cli train CONFIG.json | --resume RUN_ID`, `generate NAME`, `tokenize NAME`,
// `score MODEL`: the engine from a terminal.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "LocalRanks.h"
#include "ModelSupport.h"

#include "attribution/AttributionService.h"
#include "crypto/SecureBytes.h"
#include "models/RecordedRun.h"
#include "models/TrainingPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>
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
    // Data-parallel runs: each rank's own pace, and the time spent exchanging gradients.
    if (!p.rankTokensPerSecond.empty()) {
        QStringList ranks;
        for (double r : p.rankTokensPerSecond)
            ranks << QString::number(qint64(r));
        text += QStringLiteral("  ranks %1 tok/s  exchange %2%")
                    .arg(ranks.join(QLatin1Char('/')))
                    .arg(qint64(std::lround(p.exchangeShare * 100.0)));
    }
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

// --world-size, --rank, --master and --timeout; the message of an error is a usage message.
Result<ml::DistributedSettings> distributedSettings(const QCommandLineParser& parser)
{
    ml::DistributedSettings s;
    auto number = [&](const char* name, int fallback, int& into) {
        bool ok = true;
        into = parser.isSet(QLatin1String(name)) ? parser.value(QLatin1String(name)).toInt(&ok) : fallback;
        return ok;
    };
    if (!number("world-size", 1, s.worldSize) || !number("rank", 0, s.rank) ||
        !number("timeout", s.timeoutSeconds, s.timeoutSeconds))
        return makeError(ErrorCode::InvalidArgument, tr("--world-size, --rank and --timeout take whole numbers."));
    const bool local = parser.isSet(QStringLiteral("local"));
    const bool placed = parser.isSet(QStringLiteral("rank")) || parser.isSet(QStringLiteral("master"));
    if (!s.enabled() && (local || placed))
        return makeError(ErrorCode::InvalidArgument, tr("--local, --rank and --master need --world-size 2 or more."));
    if (s.enabled() && local && placed)
        return makeError(ErrorCode::InvalidArgument,
                         tr("--local starts every rank on this machine itself; leave out --rank and --master."));
    if (s.enabled() && !local && (!parser.isSet(QStringLiteral("rank")) || !parser.isSet(QStringLiteral("master"))))
        return makeError(ErrorCode::InvalidArgument,
                         tr("With --world-size, give every machine its --rank and rank 0's --master HOST:PORT, or "
                            "use --local to run all ranks here."));
    if (parser.isSet(QStringLiteral("master")))
        if (Status m = s.setMaster(parser.value(QStringLiteral("master"))); !m)
            return m.error();
    if (Status v = s.validate(); !v)
        return v.error();
    return s;
}

// A rank other than 0: the same plan on this machine's copy of the data, nothing recorded (rank
// 0 keeps the history, the checkpoints and the model).
Outcome trainAsRank(const Invocation& call, store::Workspace& ws, ml::MlRuntime& engine,
                    const ml::DistributedSettings& settings, int threads)
{
    Result<models::TrainingPlan> plan = [&]() -> Result<models::TrainingPlan> {
        if (call.args.isEmpty()) {
            const qint64 id = call.parser.value(QStringLiteral("resume")).toLongLong();
            Result<models::RunRecord> record = models::RunHistory(ws).run(id);
            if (!record)
                return record.error();
            return record->plan;
        }
        return readPlan(call.args.at(0));
    }();
    if (!plan)
        return plan.error();
    Result<models::PreparedRun> run = models::prepareRun(ws, *plan);
    if (!run)
        return run.error();
    run->request.config.threads = threads;
    run->request.distributed = settings;
    run->request.distributed.planFingerprint = models::dataParallelFingerprint(*run);
    const Output& out = call.context.out();
    out.note(tr("rank %1 of %2: training on %3 examples of %4 (version %5), rank 0 at %6\n")
                 .arg(settings.rank)
                 .arg(settings.worldSize)
                 .arg(run->request.examples.size())
                 .arg(run->datanet.name, run->version.idHex().left(16), settings.master()));
    Result<ml::TrainingSummary> trained =
        engine.train(run->request, [&](const ml::TrainingProgress& p) { printProgress(out, p); }, nullptr);
    if (!trained)
        return Error{trained.error().code, tr("rank %1: %2").arg(settings.rank).arg(trained.error().message)};
    out.line(tr("rank %1 done: %2 steps, final loss %3").arg(settings.rank).arg(trained->steps).arg(trained->finalLoss, 0, 'f', 4));
    return {};
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
    Result<ml::DistributedSettings> dist = distributedSettings(call.parser);
    if (!dist)
        return Outcome::usage(dist.error().message);
    const bool local = call.parser.isSet(QStringLiteral("local"));
    int threads = call.parser.value(QStringLiteral("threads")).toInt();
    QStringList rankArguments; // what the other local ranks run
    if (local) {
        dist->masterHost = QStringLiteral("127.0.0.1");
        dist->masterPort = ml::freeLoopbackPort();
        if (dist->masterPort == 0)
            return Error{ErrorCode::Io, tr("No free port on 127.0.0.1 for the ranks to meet on.")};
        rankArguments = QCoreApplication::arguments().mid(1);
        rankArguments.removeAll(QStringLiteral("--local"));
        // The cores shared out between the ranks, unless the user chose.
        if (!call.parser.isSet(QStringLiteral("threads"))) {
            threads = std::max(1, QThread::idealThreadCount() / dist->worldSize);
            rankArguments << QStringLiteral("--threads") << QString::number(threads);
        }
    }
    QByteArray passphrase;
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace(local ? &passphrase : nullptr);
    if (!ws)
        return ws.error();
    Result<ml::MlRuntime*> engine = openEngine(call.parser);
    if (!engine)
        return engine.error();
    if (dist->rank != 0)
        return trainAsRank(call, **ws, **engine, *dist, threads);
    Result<models::RecordedRun> recorded = recordedRun(call, **ws);
    if (!recorded)
        return recorded.error();
    std::unique_ptr<LocalRanks> ranks;
    if (local) {
        Result<std::unique_ptr<LocalRanks>> started = LocalRanks::start(rankArguments, *dist, passphrase);
        crypto::wipe(passphrase);
        if (!started)
            return started.error();
        ranks = std::move(*started);
        call.context.out().note(tr("ranks 1 to %1 started on this machine; they meet at %2\n")
                                    .arg(dist->worldSize - 1)
                                    .arg(dist->master()));
    }
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
    Result<models::ModelEntry> added = recorded->train(**engine, threads, hooks, &control, &summary, *dist);
    if (ranks && !added)
        ranks->stop(); // they would only wait for rank 0 until their timeout
    else if (ranks)
        if (Status s = ranks->finish(dist->timeoutSeconds * 1000); !s)
            out.note(tr("warning: %1\n").arg(s.error().message));
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
    out.line(tr("precision: %1").arg(ml::precisionName(summary.precision)));
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
                             tr("N")),
          QCommandLineOption(QStringLiteral("world-size"),
                             tr("Train data-parallel as W processes; each takes a shard of every batch."),
                             tr("W")),
          QCommandLineOption(QStringLiteral("rank"),
                             tr("This process's rank, 0 to W-1; rank 0 keeps the history and the model."),
                             tr("R")),
          QCommandLineOption(QStringLiteral("master"),
                             tr("Where rank 0 listens for the others (its address as they reach it)."),
                             tr("HOST:PORT")),
          QCommandLineOption(QStringLiteral("local"),
                             tr("Run all W ranks on this machine (loopback), the cores shared between them.")),
          QCommandLineOption(QStringLiteral("timeout"),
                             tr("Seconds a rank waits for the others before stopping with an error."),
                             tr("SECONDS"), QStringLiteral("60"))},
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
