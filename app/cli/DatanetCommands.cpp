// `flywheel-cli datanet ...`: create, import (files and signed bundles), list, show, review and
// list records.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "DatanetCommandSupport.h"

#include "crypto/Address.h"
#include "datanet/DatanetImporter.h"
#include "datanet/DatanetService.h"
#include "datanet/SearchIndex.h"
#include "datanet/VersionService.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

QString opt(const Invocation& call, const char* name)
{
    return call.parser.value(QString::fromLatin1(name));
}

bool flag(const Invocation& call, const char* name)
{
    return call.parser.isSet(QString::fromLatin1(name));
}

// The identity that signs an import: the default one, or the one whose address was typed. The
// address checksum is checked before the passphrase is asked, so a typo costs no Argon2id run.
Result<qint64> contributorId(store::Workspace& workspace, const QString& typed)
{
    wallet::WalletService wallet(workspace);
    if (typed.isEmpty()) {
        Result<wallet::Identity> id = wallet.defaultIdentity();
        return id ? Result<qint64>(id->id) : Result<qint64>(id.error());
    }
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(typed);
    if (!key)
        return key.error();
    Result<wallet::Identity> id = wallet.identityByAddress(crypto::addressFromPublicKey(*key));
    return id ? Result<qint64>(id->id) : Result<qint64>(id.error());
}

// A one-line progress display that rewrites itself; only on a terminal, where a person watches.
std::function<bool(const datanet::ImportProgress&)> terminalProgress(const Output& out)
{
    if (!::isatty(STDERR_FILENO))
        return {};
    return [out](const datanet::ImportProgress& p) {
        QString text = tr("\rimporting: %1 records").arg(p.records);
        if (p.totalBytes > 0)
            text += tr(", %1%").arg(100 * p.bytesRead / p.totalBytes);
        if (p.etaSeconds >= 0)
            text += tr(", %1 s left").arg(qint64(p.etaSeconds + 0.5));
        out.note(text + QStringLiteral("   "));
        return true;
    };
}

Outcome create(const Invocation& call)
{
    const std::optional<datanet::RecordKind> kind = datanet::parseKind(opt(call, "kind"));
    if (!kind)
        return Outcome::usage(tr("--kind must be instruction, chat, text or preference."));
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    datanet::Datanet spec;
    spec.name = call.args.at(0);
    spec.kind = *kind;
    Result<datanet::Datanet> d = datanet::DatanetService(**ws).create(spec);
    if (!d)
        return d.error();
    call.context.out().line(d->name);
    return {};
}

Outcome import(const Invocation& call)
{
    datanet::ImportOptions options;
    if (flag(call, "format")) {
        options.format = datanet::parseFormat(opt(call, "format"));
        if (!options.format)
            return Error{ErrorCode::InvalidArgument, tr("Unknown import format \"%1\".").arg(opt(call, "format"))};
    }
    if (flag(call, "as")) {
        if (Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(opt(call, "as")); !key)
            return key.error();
    }
    options.skipBad = flag(call, "skip-bad");
    options.progress = terminalProgress(call.context.out());
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    Result<qint64> who = contributorId(*open->workspace, opt(call, "as"));
    if (!who)
        return who.error();
    options.identityId = *who;
    Result<datanet::ImportReport> report =
        datanet::DatanetImporter(*open->workspace).importFile(open->datanet.id, call.args.at(1), options);
    if (options.progress)
        call.context.out().note(QStringLiteral("\n"));
    if (!report)
        return report.error();
    // Searchable when the command returns: a no-op after an import that indexed its own records.
    if (Result<qint64> indexed = datanet::SearchIndex(*open->workspace).catchUp(); !indexed)
        return indexed.error();
    const Output& out = call.context.out();
    out.line(QStringLiteral("added\t%1").arg(report->added));
    out.line(QStringLiteral("duplicates\t%1").arg(report->duplicates));
    out.line(QStringLiteral("near-duplicates\t%1").arg(report->nearDuplicates));
    out.line(QStringLiteral("rejected\t%1").arg(report->malformed));
    if (report->malformed > 0)
        out.note(tr("Skipped: %1\n").arg(datanet::DatanetImporter::describeIssues(*report)));
    return {};
}

// Records signed on other machines: verified line by line first, refused whole on any bad line.
Outcome importBundle(const Invocation& call)
{
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    Result<datanet::ImportReport> report =
        datanet::DatanetImporter(*open->workspace).importBundle(open->datanet.id, call.args.at(1));
    if (!report)
        return report.error();
    const Output& out = call.context.out();
    out.line(QStringLiteral("added\t%1").arg(report->added));
    out.line(QStringLiteral("duplicates\t%1").arg(report->duplicates));
    out.line(QStringLiteral("near-duplicates\t%1").arg(report->nearDuplicates));
    return {};
}

QString latestVersion(store::Workspace& workspace, qint64 datanetId)
{
    Result<datanet::VersionInfo> v = datanet::VersionService(workspace).version(datanetId, QStringLiteral("latest"));
    return v ? v->idHex() : QStringLiteral("-");
}

Outcome list(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    datanet::DatanetService service(**ws);
    Result<QList<datanet::Datanet>> all = service.datanets();
    if (!all)
        return all.error();
    for (const datanet::Datanet& d : *all) {
        Result<datanet::DatanetCounts> c = service.counts(d.id);
        if (!c)
            return c.error();
        call.context.out().line(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                    .arg(d.name, datanet::kindName(d.kind))
                                    .arg(c->records)
                                    .arg(c->approved)
                                    .arg(latestVersion(**ws, d.id)));
    }
    return {};
}

QJsonObject showJson(const datanet::Datanet& d, const datanet::DatanetCounts& c,
                     const datanet::RequirementReport& r, const QString& latest)
{
    QJsonArray checks;
    for (const datanet::RequirementCheck& check : r.checks)
        checks.append(QJsonObject{{"key", check.key}, {"label", check.label}, {"current", check.current},
                                  {"target", check.target}, {"atMost", check.atMost}, {"met", check.met}});
    return QJsonObject{{"name", d.name}, {"kind", datanet::kindName(d.kind)},
                       {"uid", QString::fromLatin1(d.uid.toHex())}, {"records", c.records},
                       {"pending", c.pending}, {"approved", c.approved}, {"rejected", c.rejected},
                       {"flagged", c.flagged}, {"nearDuplicates", c.nearDuplicates},
                       {"duplicates", c.exactDuplicates}, {"contributors", c.contributors},
                       {"approvedTokens", c.approvedTokens}, {"latestVersion", latest},
                       {"ready", r.ready}, {"requirements", checks}};
}

Outcome show(const Invocation& call)
{
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    const datanet::Datanet& d = open->datanet;
    datanet::DatanetService service(*open->workspace);
    Result<datanet::DatanetCounts> c = service.counts(d.id);
    if (!c)
        return c.error();
    const datanet::RequirementReport r = datanet::DatanetService::evaluate(d.requirements, *c);
    const QJsonObject o = showJson(d, *c, r, latestVersion(*open->workspace, d.id));
    if (flag(call, "json")) {
        call.context.out().json(QJsonDocument(o));
        return {};
    }
    // Key<TAB>value lines in the JSON's order, so `grep ^approved` works in scripts.
    for (const char* key : {"name", "kind", "uid", "records", "pending", "approved", "rejected", "flagged",
                            "nearDuplicates", "duplicates", "contributors", "approvedTokens", "latestVersion"})
        call.context.out().line(QStringLiteral("%1\t%2").arg(QString::fromLatin1(key),
                                                             o.value(QLatin1String(key)).toVariant().toString()));
    for (const datanet::RequirementCheck& check : r.checks)
        call.context.out().line(QStringLiteral("requirement\t%1\t%2 %3 %4\t%5")
                                    .arg(check.key)
                                    .arg(check.current)
                                    .arg(check.atMost ? QStringLiteral("<=") : QStringLiteral(">="))
                                    .arg(check.target)
                                    .arg(check.met ? tr("met") : tr("not met")));
    call.context.out().line(QStringLiteral("ready\t%1").arg(r.ready ? tr("yes") : tr("no")));
    return {};
}

Outcome review(const Invocation& call)
{
    const int actions = int(flag(call, "approve-all")) + int(flag(call, "approve")) + int(flag(call, "reject"));
    if (actions != 1)
        return Outcome::usage(tr("Give exactly one of --approve-all, --approve HASH, --reject HASH."));
    if (flag(call, "reject") != flag(call, "reason"))
        return Outcome::usage(tr("--reject needs --reason, and --reason goes with --reject only."));
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    datanet::DatanetService service(*open->workspace);
    const qint64 datanetId = open->datanet.id;
    Result<qint64> changed = 0;
    if (flag(call, "approve-all")) {
        changed = service.approveAllPending(datanetId);
    } else {
        const bool approve = flag(call, "approve");
        Result<datanet::RecordInfo> record = service.recordByHash(datanetId, opt(call, approve ? "approve" : "reject"));
        if (!record)
            return record.error();
        changed = approve ? service.review(datanetId, {record->id}, datanet::RecordStatus::Approved)
                          : service.review(datanetId, {record->id}, datanet::RecordStatus::Rejected,
                                           opt(call, "reason"));
    }
    if (!changed)
        return changed.error();
    call.context.out().line(QString::number(*changed));
    return {};
}

Outcome records(const Invocation& call)
{
    datanet::RecordQuery query;
    if (flag(call, "status")) {
        query.status = datanet::parseStatus(opt(call, "status"));
        if (!query.status)
            return Error{ErrorCode::InvalidArgument,
                         tr("Unknown status \"%1\" (pending, approved, rejected, flagged).").arg(opt(call, "status"))};
    }
    query.search = opt(call, "search"); // words, searched literally (SearchIndex::matchQuery)
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    Result<QList<datanet::RecordInfo>> rows = datanet::DatanetService(*open->workspace).records(open->datanet.id, query);
    if (!rows)
        return rows.error();
    const bool json = flag(call, "json");
    QJsonArray list;
    for (const datanet::RecordInfo& r : *rows) {
        const QString hash = QString::fromLatin1(r.contentHash.toHex());
        if (json)
            list.append(QJsonObject{{"hash", hash}, {"contributor", r.contributor},
                                    {"status", datanet::statusName(r.status)}, {"nearDuplicate", r.nearDuplicate},
                                    {"rejectReason", r.rejectReason}});
        else
            call.context.out().line(QStringLiteral("%1\t%2\t%3").arg(hash, r.contributor, datanet::statusName(r.status)));
    }
    if (json)
        call.context.out().json(QJsonDocument(list));
    return {};
}
} // namespace

Result<OpenDatanet> openDatanet(const CliContext& context, const QString& name)
{
    Result<std::unique_ptr<store::Workspace>> ws = context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<datanet::Datanet> d = datanet::DatanetService(**ws).datanetByName(name);
    if (!d)
        return d.error();
    return OpenDatanet{std::move(*ws), *d};
}

void registerDatanetCommands(CommandRegistry& registry)
{
    const QString group = QStringLiteral("datanet");
    registry.add({group, QStringLiteral("create"), tr("Create a datanet of a record kind."), {tr("NAME")},
                  {QCommandLineOption(QStringLiteral("kind"), tr("instruction, chat, text or preference."), tr("KIND"))},
                  true, create});
    registry.add({group, QStringLiteral("import"),
                  tr("Import a file as one signed contribution; prints added, duplicate and rejected counts."),
                  {tr("NAME"), tr("FILE")},
                  {QCommandLineOption(QStringLiteral("format"),
                                      tr("alpaca, sharegpt, openai, preference, text-jsonl, csv or text "
                                         "(default: detected)."),
                                      tr("F")),
                   QCommandLineOption(QStringLiteral("as"), tr("Contributing identity (default: the default one)."),
                                      tr("ADDRESS")),
                   QCommandLineOption(QStringLiteral("skip-bad"),
                                      tr("Skip malformed lines instead of refusing the whole file."))},
                  true, import});
    registry.add({group,
                  QStringLiteral("import-bundle"),
                  tr("Import a signed contribution bundle, crediting each record to its "
                     "contributor; refused whole if any signature fails."),
                  {tr("NAME"), tr("FILE")},
                  {},
                  true,
                  importBundle});
    registry.add({group, QStringLiteral("list"), tr("List datanets: name, kind, records, approved, latest version."),
                  {}, {}, true, list});
    registry.add({group, QStringLiteral("show"), tr("Show a datanet's counts and requirement status."), {tr("NAME")},
                  {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))}, true, show});
    registry.add({group, QStringLiteral("review"), tr("Approve or reject records; prints how many changed."),
                  {tr("NAME")},
                  {QCommandLineOption(QStringLiteral("approve-all"), tr("Approve every pending record.")),
                   QCommandLineOption(QStringLiteral("approve"), tr("Approve the record with this hash."), tr("HASH")),
                   QCommandLineOption(QStringLiteral("reject"), tr("Reject the record with this hash."), tr("HASH")),
                   QCommandLineOption(QStringLiteral("reason"), tr("Why the record is rejected."), tr("R"))},
                  true, review});
    registry.add({group, QStringLiteral("records"), tr("List records: hash, contributor, status."), {tr("NAME")},
                  {QCommandLineOption(QStringLiteral("status"), tr("Only records with this status."), tr("S")),
                   QCommandLineOption(QStringLiteral("search"), tr("Only records with these words."), tr("WORDS")),
                   QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))},
                  true, records});
    registerDatanetVersionCommands(registry);
}

} // namespace fw::cli
