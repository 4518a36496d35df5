// `flywheel-cli receipts ...`: receipts as files and the workspace's archive of them. Each command
// is one function and one registry.add() in registerReceiptCommands(); `verify` needs no workspace.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "ledger/EarningsService.h"
#include "ledger/ReceiptLog.h"

#include <QCoreApplication>
#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

const QString kGroup = QStringLiteral("receipts");

Outcome verify(const Invocation& call)
{
    const QString path = call.args.at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    const ledger::ChainStart start = call.parser.isSet(QStringLiteral("partial"))
                                         ? ledger::ChainStart::AnyReceipt
                                         : ledger::ChainStart::GenesisOnly;
    const ledger::ReceiptLogCheck check = ledger::verifyReceiptLog(file.readAll(), start);
    if (!check.ok()) {
        call.context.out().line(
            tr("%1 receipts verified before the first failure.").arg(check.verified));
        return makeError(ErrorCode::Corrupt, QStringLiteral("%1: %2").arg(path, check.message));
    }
    call.context.out().line(
        tr("%1 receipts verified from %2 nodes: signatures, hash chains and splits.")
            .arg(check.verified)
            .arg(check.nodes));
    return {};
}
// The answer with each run of text that came from training records in [brackets].
QString markedAnswer(const ledger::AnswerTrace& trace)
{
    std::vector<bool> marked(size_t(trace.answer.size()), false);
    for (const ledger::AnswerSpan& span : trace.spans)
        for (int i = span.begin; i < span.end; ++i)
            marked[size_t(i)] = true;
    QString out;
    for (int i = 0; i < trace.answer.size(); ++i) {
        if (marked[size_t(i)] && (i == 0 || !marked[size_t(i - 1)]))
            out += QLatin1Char('[');
        out += trace.answer[i];
        if (marked[size_t(i)] && (i + 1 == trace.answer.size() || !marked[size_t(i + 1)]))
            out += QLatin1Char(']');
    }
    return out;
}

QJsonObject whyJson(const ledger::Receipt& receipt, const ledger::ReceiptWhy& why)
{
    QJsonArray records;
    for (const ledger::AttributionDetail& d : why.details) {
        QJsonArray spans;
        if (why.answer)
            for (const ledger::AnswerSpan& s : why.answer->spansOf(d.line.recordHash))
                spans.append(QJsonObject{{"begin", s.begin},
                                         {"end", s.end},
                                         {"text", why.answer->answer.mid(s.begin, s.end - s.begin)}});
        records.append(QJsonObject{{"record", QString::fromLatin1(d.line.recordHash.toHex())},
                                   {"contributor", d.line.contributor},
                                   {"share", d.line.share},
                                   {"earned", QString::number(d.earned)},
                                   {"datanet", d.datanet.isEmpty() ? QJsonValue() : d.datanet},
                                   {"version", d.version.isEmpty() ? QJsonValue() : d.version},
                                   {"text", d.text.isEmpty() ? QJsonValue() : d.text},
                                   {"spans", spans}});
    }
    return {{"receipt", QJsonDocument::fromJson(receipt.toJson()).object()},
            {"answer", why.answer ? QJsonValue(why.answer->answer) : QJsonValue()},
            {"records", records}};
}

Outcome show(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    ledger::EarningsService earnings(**ws);
    Result<ledger::EarningsReport> report = earnings.load(0);
    if (!report)
        return report.error();
    const QString id = call.args.at(0);
    const auto receipt = std::find_if(report->receipts.begin(), report->receipts.end(),
                                      [&](const ledger::Receipt& r) { return r.requestId == id; });
    if (receipt == report->receipts.end())
        return makeError(ErrorCode::NotFound,
                         tr("This workspace holds no receipt for request \"%1\".").arg(id));
    Result<ledger::ReceiptWhy> why = earnings.explain(*receipt);
    if (!why)
        return why.error();
    const Output& out = call.context.out();
    if (call.parser.isSet(QStringLiteral("json"))) {
        out.json(QJsonDocument(whyJson(*receipt, *why)));
        return {};
    }
    out.line(tr("Request %1 to %2: %3 tokens in, %4 out, fee %5 OPEN, signed by node %6.")
                 .arg(receipt->requestId, receipt->deployment)
                 .arg(receipt->tokensIn)
                 .arg(receipt->tokensOut)
                 .arg(ledger::formatOpen(receipt->fee), receipt->node));
    if (why->answer)
        out.line(tr("Answer ([spans] found in training records): %1").arg(markedAnswer(*why->answer)));
    else
        out.line(tr("Answer: not kept here (another node served it, its node forgets answers, or "
                    "it is demo traffic)."));
    out.line(tr("Split:"));
    for (const ledger::SplitLine& line : receipt->split)
        out.line(QStringLiteral("  %1  %2  %3")
                     .arg(ledger::roleName(line.role), -11)
                     .arg(line.party, ledger::formatOpen(line.amount)));
    out.line(why->details.empty()
                 ? tr("Records: none matched; the data part went by record counts.")
                 : tr("Records:"));
    for (const ledger::AttributionDetail& d : why->details) {
        out.line(QStringLiteral("  %1%  %2  %3  %4")
                     .arg(double(d.line.share) / 10'000.0, 6, 'f', 2)
                     .arg(d.line.contributor, ledger::formatOpen(d.earned),
                          d.datanet.isEmpty()
                              ? QString::fromLatin1(d.line.recordHash.toHex().left(12))
                              : QStringLiteral("%1 %2: %3")
                                    .arg(d.datanet, d.version, d.text.simplified().left(60))));
        if (why->answer)
            for (const ledger::AnswerSpan& s : why->answer->spansOf(d.line.recordHash))
                out.line(tr("      in the answer: \u201c%1\u201d")
                             .arg(why->answer->answer.mid(s.begin, s.end - s.begin)));
    }
    return {};
}
} // namespace

void registerReceiptCommands(CommandRegistry& registry)
{
    registry.add({kGroup,
                  QStringLiteral("verify"),
                  tr("Check a file of receipts (JSONL): every signature, every split adding up "
                     "to its fee, and each node's hash chain in file order. Prints how many "
                     "verified and the first failure with its line."),
                  {tr("FILE")},
                  {QCommandLineOption(QStringLiteral("partial"),
                                      tr("A node's first receipt in the file may continue a chain "
                                         "begun elsewhere (a fetch with --since)."))},
                  false,
                  verify});
    registry.add({kGroup,
                  QStringLiteral("show"),
                  tr("Why a receipt paid whom: its split, the records its answer was attributed "
                     "to with their text, and the answer with the spans found in them (when "
                     "this workspace's node kept it)."),
                  {tr("REQUEST_ID")},
                  {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))},
                  true,
                  show});
}

} // namespace fw::cli
