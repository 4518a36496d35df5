// `flywheel-cli attribute MODEL --prompt P --response R`: which training records an answer comes
// from, with each contributor's share (spans, gradients of a LoRA adapter, or both; the index or
// gradient store is built on first use).
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "attribution/AttributionService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

QJsonObject lineJson(const attribution::AttributionLine& line)
{
    QJsonArray spans;
    for (const attribution::MatchedSpan& s : line.spans)
        spans.append(
            QJsonObject{{QStringLiteral("response"), QJsonArray{s.responseBegin, s.responseEnd}},
                        {QStringLiteral("record"), QJsonArray{s.recordBegin, s.recordEnd}},
                        {QStringLiteral("text"), s.text}});
    return {{QStringLiteral("record_hash"), line.recordHash},
            {QStringLiteral("datanet_uid"), line.datanetUid},
            {QStringLiteral("datanet"), line.datanetName},
            {QStringLiteral("version"), line.version},
            {QStringLiteral("contributor"), line.contributor},
            {QStringLiteral("score"), line.score},
            {QStringLiteral("share"), line.share},
            {QStringLiteral("method"), line.method},
            {QStringLiteral("spans"), spans}};
}

void printText(const Output& out, const attribution::Attribution& a, bool spans)
{
    if (a.lines.isEmpty()) {
        out.line(spans ? tr("No span of the answer (%1 tokens) occurs in %2's training records.")
                             .arg(a.responseTokens)
                             .arg(a.model)
                       : tr("No training record of %1 moved it towards this answer.").arg(a.model));
        return;
    }
    for (const attribution::AttributionLine& line : a.lines) {
        // A negative influence pushed the adapter away from the answer: shown, never paid.
        const QString mark = line.score < 0 ? tr("  (negative)") : QString();
        out.line(tr("%1%  %2  %3  %4@%5  record %6  score %7%8")
                     .arg(100 * line.share, 6, 'f', 2)
                     .arg(line.method, line.contributor, line.datanetName, line.version.left(8),
                          line.recordHash.left(12))
                     .arg(line.score, 0, 'g', 4)
                     .arg(mark));
        for (const attribution::MatchedSpan& s : line.spans)
            out.line(tr("    tokens %1-%2: %3")
                         .arg(s.responseBegin)
                         .arg(s.responseEnd)
                         .arg(s.text.simplified()));
    }
}

Outcome attribute(const Invocation& call)
{
    if (!call.parser.isSet(QStringLiteral("prompt")) ||
        !call.parser.isSet(QStringLiteral("response")))
        return Outcome::usage(tr("'attribute' needs --prompt TEXT and --response TEXT."));
    const QString methodName = call.parser.value(QStringLiteral("method"));
    const std::optional<attribution::AttributionMethod> method =
        attribution::parseMethod(methodName);
    if (!method)
        return Outcome::usage(
            tr("--method is \"spans\", \"gradient\" or \"both\", not \"%1\".").arg(methodName));
    attribution::AttributionOptions options;
    options.method = *method;
    bool ok[2] = {false, false};
    options.spans.minSpan = call.parser.value(QStringLiteral("min-span")).toInt(&ok[0]);
    options.spans.maxCount = call.parser.value(QStringLiteral("max-count")).toLongLong(&ok[1]);
    if (!ok[0] || !ok[1] || options.spans.minSpan < 1 || options.spans.maxCount < 1)
        return Outcome::usage(
            tr("--min-span and --max-count must be whole numbers of at least 1."));
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    attribution::AttributionService service(**ws);
    Result<attribution::Attribution> a =
        service.attribute(call.args.at(0), call.parser.value(QStringLiteral("prompt")),
                          call.parser.value(QStringLiteral("response")), options);
    // Gradients of a whole model: this model has no gradient store to offer, spans still work.
    if (!a && a.error().code == ErrorCode::Unsupported)
        return Outcome::notAvailable(a.error().message);
    if (!a)
        return a.error();
    if (call.parser.isSet(QStringLiteral("json"))) {
        QJsonArray lines;
        for (const attribution::AttributionLine& line : a->lines)
            lines.append(lineJson(line));
        call.context.out().json(
            QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                      {QStringLiteral("model"), a->model},
                                      {QStringLiteral("method"), attribution::methodName(*method)},
                                      {QStringLiteral("min_span"), options.spans.minSpan},
                                      {QStringLiteral("response_tokens"), a->responseTokens},
                                      {QStringLiteral("lines"), lines}}));
    } else {
        printText(call.context.out(), *a, *method != attribution::AttributionMethod::Gradient);
    }
    return {};
}
} // namespace

void registerAttributeCommands(CommandRegistry& registry)
{
    const attribution::SpanOptions defaults;
    registry.add(
        {QStringLiteral("attribute"),
         QString(),
         tr("Attribute an answer of MODEL to the training records (and contributors) it comes "
            "from: the answer's spans found in the model's datanet versions, or the records whose "
            "gradients moved a LoRA adapter towards it, and each record's share."),
         {tr("MODEL")},
         {QCommandLineOption(QStringLiteral("prompt"), tr("The prompt the answer replied to."),
                             tr("TEXT")),
          QCommandLineOption(QStringLiteral("response"), tr("The answer to attribute."),
                             tr("TEXT")),
          QCommandLineOption(QStringLiteral("method"),
                             tr("\"spans\" (exact spans of the training data), \"gradient\" "
                                "(TracIn influence of each record on a LoRA adapter) or \"both\"."),
                             tr("METHOD"), QStringLiteral("spans")),
          QCommandLineOption(QStringLiteral("min-span"), tr("Shortest span counted, in tokens."),
                             tr("N"), QString::number(defaults.minSpan)),
          QCommandLineOption(
              QStringLiteral("max-count"),
              tr("Spans found more often than this in the training data are common phrasing "
                 "and ignored."),
              tr("N"), QString::number(defaults.maxCount)),
          QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object."))},
         true,
         attribute});
}

} // namespace fw::cli
