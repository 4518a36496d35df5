// `flywheel-cli train CONFIG.json`, `generate NAME`, `tokenize NAME`: the engine from a terminal.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "ModelSupport.h"

#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "ml/ModelConfig.h"
#include "ml/SafetensorsHeader.h"
#include "models/TrainingExamples.h"

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

// The keys of CONFIG.json that say what to train; every other key is a TrainingConfig knob.
struct TrainPlan
{
    QString datanet;
    QString version = QStringLiteral("latest");
    QString base;
    QString output;
    ml::TrainingConfig config;
};

Result<TrainPlan> readPlan(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidArgument, tr("%1 is not a JSON object (%2).").arg(path, parseError.errorString())};
    const QJsonObject json = doc.object();
    TrainPlan plan;
    plan.datanet = json.value(QStringLiteral("datanet")).toString();
    plan.version = json.value(QStringLiteral("version")).toString(plan.version);
    plan.base = json.value(QStringLiteral("base")).toString();
    plan.output = json.value(QStringLiteral("output")).toString();
    for (const auto& [key, value] : {std::pair{"datanet", &plan.datanet}, std::pair{"base", &plan.base},
                                     std::pair{"output", &plan.output}})
        if (value->trimmed().isEmpty())
            return Error{ErrorCode::InvalidArgument, tr("%1 needs a \"%2\" string.").arg(path, QLatin1String(key))};
    Result<ml::TrainingConfig> config = ml::TrainingConfig::fromJson(json);
    if (!config)
        return config.error();
    plan.config = *config;
    if (Status s = plan.config.validate(); !s)
        return s.error();
    return plan;
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
    out.line(text);
}

// Parameters of a PEFT adapter: the sum of its tensors' sizes, from the safetensors header.
qint64 adapterParameters(const QString& dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("adapter_model.safetensors")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray first8 = file.peek(8);
    const QByteArray head = file.read(qint64(ml::SafetensorsHeader::requiredPrefix(first8)));
    Result<ml::SafetensorsHeader> header = ml::SafetensorsHeader::parse(head, uint64_t(file.size()));
    if (!header)
        return 0;
    qint64 total = 0;
    for (const ml::SafetensorsEntry& e : header->entries) {
        qint64 n = 1;
        for (int64_t d : e.shape)
            n *= d;
        total += n;
    }
    return total;
}

Outcome train(const Invocation& call)
{
    Result<TrainPlan> plan = readPlan(call.args.at(0));
    if (!plan)
        return plan.error();
    const bool lora = plan->config.method == ml::TrainingConfig::Method::Lora;
    const bool fromScratch = ml::ModelConfig::presetNames().contains(plan->base);
    if (fromScratch && lora)
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is a size preset trained from scratch: its weights are random, so there is nothing "
                        "for LoRA to adapt. Use \"method\": \"full\", or a trained or imported base.")
                         .arg(plan->base)};

    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    models::ModelStore store(**ws);
    if (store.model(plan->output))
        return Error{ErrorCode::AlreadyExists, tr("A model named \"%1\" already exists; choose another \"output\".")
                                                   .arg(plan->output)};
    Result<datanet::Datanet> d = datanet::DatanetService(**ws).datanetByName(plan->datanet);
    if (!d)
        return d.error();
    Result<datanet::VersionInfo> version = datanet::VersionService(**ws).version(d->id, plan->version);
    if (!version)
        return version.error();
    if (!version->ready)
        return Error{ErrorCode::InvalidArgument,
                     tr("Version %1 of %2 did not meet the datanet's requirements when it was frozen; only ready "
                        "versions can be trained on.")
                         .arg(version->idHex(), d->name)};
    Result<std::vector<ml::SftExample>> examples = models::examplesFromVersion(**ws, d->id, version->idHex());
    if (!examples)
        return examples.error();

    ml::TrainingRequest request;
    request.config = plan->config;
    request.examples = std::move(*examples);
    std::unique_ptr<models::ModelFolder> baseFiles;
    models::ModelEntry baseEntry;
    if (fromScratch) {
        request.base = plan->base;
    } else {
        Result<models::ModelEntry> base = store.model(plan->base);
        if (!base)
            return base.error();
        if (base->kind != models::ModelKind::Model)
            return Error{ErrorCode::InvalidArgument,
                         tr("\"%1\" is an adapter; train on a whole model (export it merged first).").arg(base->name)};
        baseEntry = *base;
        Result<std::unique_ptr<models::ModelFolder>> files = models::ModelFolder::materialize(store, base->id);
        if (!files)
            return files.error();
        baseFiles = std::move(*files);
        request.base = baseFiles->path();
    }
    Result<std::unique_ptr<models::ModelFolder>> output = models::ModelFolder::empty();
    if (!output)
        return output.error();
    request.outputDir = (*output)->path();

    Result<ml::MlRuntime*> engine = openEngine(call.parser);
    if (!engine)
        return engine.error();
    request.config.threads = call.parser.value(QStringLiteral("threads")).toInt();
    call.context.out().note(tr("training on %1 examples of %2 (version %3)\n")
                                .arg(request.examples.size())
                                .arg(d->name, version->idHex().left(16)));
    const Output& out = call.context.out();
    Result<ml::TrainingSummary> summary = (*engine)->train(request, [&out](const ml::TrainingProgress& p) {
        printProgress(out, p);
    }, nullptr);
    if (!summary)
        return summary.error();

    models::ModelEntry spec;
    spec.name = plan->output;
    spec.kind = lora ? models::ModelKind::Adapter : models::ModelKind::Model;
    spec.baseModelId = baseEntry.id;
    spec.source = QStringLiteral("training");
    if (lora) {
        spec.architecture = QStringLiteral("lora");
        spec.parameterCount = adapterParameters(request.outputDir);
    } else {
        Result<ml::ModelConfig> config = ml::ModelConfig::fromHfFile(QDir(request.outputDir).filePath(QStringLiteral("config.json")));
        spec.architecture = config ? config->architecture : QString();
        spec.parameterCount = config ? config->parameterCount() : 0;
    }
    spec.lineage = {{QStringLiteral("datanet"), d->name},
                    {QStringLiteral("datanet_uid"), QString::fromLatin1(d->uid.toHex())},
                    {QStringLiteral("version"), version->idHex()},
                    {QStringLiteral("records"), version->recordCount},
                    {QStringLiteral("base"), fromScratch ? plan->base : baseEntry.name},
                    {QStringLiteral("from_scratch"), fromScratch},
                    {QStringLiteral("config"), plan->config.toJson()},
                    {QStringLiteral("metrics"),
                     QJsonObject{{QStringLiteral("steps"), summary->steps},
                                 {QStringLiteral("final_loss"), summary->finalLoss},
                                 {QStringLiteral("eval_loss"), summary->evalLoss},
                                 {QStringLiteral("perplexity"), summary->perplexity},
                                 {QStringLiteral("elapsed_ms"), qint64(summary->elapsedMs)},
                                 {QStringLiteral("tokens_per_s"), summary->tokensPerSecond}}}};
    Result<models::ModelEntry> added = store.addFromFolder(spec, request.outputDir);
    if (!added)
        return added.error();
    if (summary->evalLoss >= 0)
        out.line(tr("eval loss %1  perplexity %2").arg(summary->evalLoss, 0, 'f', 4).arg(summary->perplexity, 0, 'f', 2));
    out.line(tr("model: %1").arg(added->name));
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
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<ml::MlRuntime*> engine = openEngine(call.parser);
    if (!engine)
        return engine.error();
    Result<OpenModel> open = loadRegisteredModel(models::ModelStore(**ws), call.args.at(0), **engine);
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
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<ml::MlRuntime*> engine = openEngine(call.parser);
    if (!engine)
        return engine.error();
    Result<OpenModel> open = loadRegisteredModel(models::ModelStore(**ws), call.args.at(0), **engine);
    if (!open)
        return open.error();
    const std::vector<int> ids = open->model->tokenize(call.parser.value(QStringLiteral("text")));
    if (call.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (int id : ids)
            list.append(id);
        call.context.out().json(QJsonDocument(QJsonObject{{QStringLiteral("token_ids"), list}}));
    } else {
        QStringList words;
        for (int id : ids)
            words << QString::number(id);
        call.context.out().line(words.join(QLatin1Char(' ')));
    }
    return {};
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object."));
}
} // namespace

void registerTrainCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("train"), QString(),
                  tr("Fine-tune (or train from scratch) on a ready datanet version; prints progress and the "
                     "output model's name."),
                  {tr("CONFIG.json")}, {threadsOption()}, true, train});
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
    registry.add({QStringLiteral("tokenize"), QString(),
                  tr("Print the token ids the model's tokenizer gives (special tokens included)."), {tr("NAME")},
                  {QCommandLineOption(QStringLiteral("text"), tr("The text."), tr("TEXT")), jsonOption(),
                   threadsOption()},
                  true, tokenize});
}

} // namespace fw::cli
