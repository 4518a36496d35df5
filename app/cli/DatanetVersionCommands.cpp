// `flywheel-cli datanet freeze|export|prove|verify-proof`: frozen versions and their inclusion proofs.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "DatanetCommandSupport.h"

#include "datanet/InclusionProof.h"
#include "datanet/VersionService.h"

#include <QCoreApplication>
#include <QFile>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

const QString kVersion = QStringLiteral("version");

QCommandLineOption versionOption()
{
    return QCommandLineOption(kVersion, tr("Version id (at least 8 hex digits) or \"latest\"."), tr("ID"));
}

Outcome freeze(const Invocation& call)
{
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    Result<datanet::VersionInfo> v = datanet::VersionService(*open->workspace).freeze(open->datanet.id);
    if (!v)
        return v.error();
    call.context.out().line(v->idHex());
    return {};
}

Outcome exportVersion(const Invocation& call)
{
    if (!call.parser.isSet(kVersion))
        return Outcome::usage(tr("'datanet export' needs --version ID (or --version latest)."));
    const std::optional<datanet::ImportFormat> format =
        datanet::parseExportFormat(call.parser.value(QStringLiteral("format")));
    if (!format)
        return Outcome::usage(tr("--format must be alpaca, sharegpt, openai, preference or text."));
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    Result<qint64> written = datanet::VersionService(*open->workspace)
                                 .exportVersion(open->datanet.id, call.parser.value(kVersion), *format,
                                                call.args.at(1));
    if (!written)
        return written.error();
    call.context.out().line(QString::number(*written));
    return {};
}

Outcome prove(const Invocation& call)
{
    if (!call.parser.isSet(kVersion))
        return Outcome::usage(tr("'datanet prove' needs --version ID (or --version latest)."));
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    Result<datanet::InclusionProof> proof = datanet::VersionService(*open->workspace)
                                                .prove(open->datanet.id, call.parser.value(kVersion), call.args.at(1));
    if (!proof)
        return proof.error();
    call.context.out().line(QString::fromUtf8(proof->toJson()));
    return {};
}

// Needs nothing but the file: anyone handed a proof can check it without a workspace.
Outcome verifyProof(const Invocation& call)
{
    QFile file(call.args.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(call.args.at(0), file.errorString())};
    const QByteArray json = file.readAll();
    if (Status s = datanet::verifyInclusionProofJson(json); !s)
        return s;
    Result<datanet::InclusionProof> proof = datanet::InclusionProof::fromJson(json);
    if (!proof)
        return proof.error();
    call.context.out().line(tr("ok: record %1 is in version %2 of datanet %3")
                                .arg(QString::fromLatin1(proof->recordHash.toHex()),
                                     QString::fromLatin1(proof->versionId.toHex()),
                                     QString::fromLatin1(proof->datanetUid.toHex())));
    return {};
}
} // namespace

void registerDatanetVersionCommands(CommandRegistry& registry)
{
    const QString group = QStringLiteral("datanet");
    registry.add({group, QStringLiteral("freeze"), tr("Freeze the approved records into a version; prints its id."),
                  {tr("NAME")}, {}, true, freeze});
    registry.add({group, QStringLiteral("export"), tr("Write a version as JSONL; prints the number of records."),
                  {tr("NAME"), tr("FILE")},
                  {versionOption(),
                   QCommandLineOption(QStringLiteral("format"), tr("alpaca, sharegpt, openai, preference or text."),
                                      tr("F"))},
                  true, exportVersion});
    registry.add({group, QStringLiteral("prove"), tr("Print a JSON proof that a record is in a version."),
                  {tr("NAME"), tr("HASH")}, {versionOption()}, true, prove});
    registry.add({group, QStringLiteral("verify-proof"),
                  tr("Check an inclusion proof file; needs no workspace or passphrase."), {tr("FILE")}, {}, false,
                  verifyProof});
}

} // namespace fw::cli
