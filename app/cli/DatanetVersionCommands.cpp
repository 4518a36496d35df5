// `flywheel-cli datanet freeze|export|statement|prove|verify-proof`: frozen versions, their signed
// statements and inclusion proofs checked against them.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "DatanetCommandSupport.h"

#include "crypto/Address.h"
#include "datanet/InclusionProof.h"
#include "datanet/VersionService.h"
#include "datanet/VersionStatement.h"

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
    const bool bundle = call.parser.isSet(QStringLiteral("signed"));
    const std::optional<datanet::ImportFormat> format =
        datanet::parseExportFormat(call.parser.value(QStringLiteral("format")));
    if (bundle && call.parser.isSet(QStringLiteral("format")))
        return Outcome::usage(tr("--signed writes a contribution bundle; it takes no --format."));
    if (!bundle && !format)
        return Outcome::usage(tr("--format must be alpaca, sharegpt, openai, preference or text."));
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    const datanet::VersionService versions(*open->workspace);
    const QString version = call.parser.value(kVersion);
    Result<qint64> written =
        bundle ? versions.exportSignedBundle(open->datanet.id, version, call.args.at(1))
               : versions.exportVersion(open->datanet.id, version, *format, call.args.at(1));
    if (!written)
        return written.error();
    call.context.out().line(QString::number(*written));
    return {};
}

Outcome statement(const Invocation& call)
{
    if (!call.parser.isSet(kVersion))
        return Outcome::usage(tr("'datanet statement' needs --version ID (or --version latest)."));
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    Result<datanet::VersionStatement> s =
        datanet::VersionService(*open->workspace)
            .statement(open->datanet.id, call.parser.value(kVersion));
    if (!s)
        return s.error();
    call.context.out().line(QString::fromUtf8(s->toJson()));
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

Result<QByteArray> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

// The version the proof is checked against: one of this workspace (--version, its stored signed
// statement) or a signed statement file someone handed over (--statement, no workspace needed).
Result<datanet::VersionStatement> trustedStatement(const Invocation& call,
                                                   const datanet::InclusionProof& proof)
{
    if (call.parser.isSet(QStringLiteral("statement"))) {
        Result<QByteArray> json = readAll(call.parser.value(QStringLiteral("statement")));
        if (!json)
            return json.error();
        Result<datanet::VersionStatement> s = datanet::VersionStatement::fromJson(*json);
        if (!s)
            return s.error();
        if (Status checked = proof.verify(*s); !checked)
            return checked.error();
        return s;
    }
    if (call.context.workspaceDir().isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     tr("--version names a version of a workspace: pass --workspace "
                        "DIR, or check against a signed --statement FILE.")};
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    return datanet::VersionService(**ws).verifyProof(proof, call.parser.value(kVersion));
}

Outcome verifyProof(const Invocation& call)
{
    const bool hasVersion = call.parser.isSet(kVersion);
    const bool hasStatement = call.parser.isSet(QStringLiteral("statement"));
    if (hasVersion == hasStatement)
        return Outcome::usage(
            tr("A proof checked only against itself proves nothing (a one-record proof fits "
               "any hash). Give the version it must belong to: --version ID (a version of "
               "this workspace) or --statement FILE (a curator's signed version statement)."));
    Result<QByteArray> json = readAll(call.args.at(0));
    if (!json)
        return json.error();
    Result<datanet::InclusionProof> proof = datanet::InclusionProof::fromJson(*json);
    if (!proof)
        return proof.error();
    QString curator;
    if (call.parser.isSet(QStringLiteral("curator"))) {
        Result<crypto::PublicKey> key =
            crypto::publicKeyFromAddress(call.parser.value(QStringLiteral("curator")));
        if (!key)
            return key.error();
        curator = crypto::addressFromPublicKey(*key);
    }
    Result<datanet::VersionStatement> trusted = trustedStatement(call, *proof);
    if (!trusted)
        return trusted.error();
    // A statement file proves only who signed it; --curator says whose word the verifier trusts.
    if (!curator.isEmpty() && curator != trusted->curator)
        return Error{ErrorCode::Corrupt,
                     tr("The version statement is signed by %1, not by the curator %2.")
                         .arg(trusted->curator, curator)};
    call.context.out().line(tr("ok: record %1 is in version %2 of datanet %3, signed by curator %4")
                                .arg(QString::fromLatin1(proof->recordHash.toHex()),
                                     QString::fromLatin1(proof->versionId.toHex()),
                                     QString::fromLatin1(proof->datanetUid.toHex()),
                                     trusted->curator));
    return {};
}
} // namespace

void registerDatanetVersionCommands(CommandRegistry& registry)
{
    const QString group = QStringLiteral("datanet");
    registry.add({group, QStringLiteral("freeze"), tr("Freeze the approved records into a version; prints its id."),
                  {tr("NAME")}, {}, true, freeze});
    registry.add(
        {group,
         QStringLiteral("export"),
         tr("Write a version as JSONL (--signed: a signed contribution bundle); prints the "
            "number of records."),
         {tr("NAME"), tr("FILE")},
         {versionOption(),
          QCommandLineOption(QStringLiteral("format"),
                             tr("alpaca, sharegpt, openai, preference or text."), tr("F")),
          QCommandLineOption(QStringLiteral("signed"),
                             tr("Write each record with its contributor's address, public key and "
                                "signature, for 'datanet import-bundle' elsewhere."))},
         true,
         exportVersion});
    registry.add(
        {group,
         QStringLiteral("statement"),
         tr("Print the curator's signed statement of a version (JSON), to verify proofs against."),
         {tr("NAME")},
         {versionOption()},
         true,
         statement});
    registry.add({group, QStringLiteral("prove"), tr("Print a JSON proof that a record is in a version."),
                  {tr("NAME"), tr("HASH")}, {versionOption()}, true, prove});
    registry.add(
        {group,
         QStringLiteral("verify-proof"),
         tr("Check an inclusion proof against a version of the workspace (--version) or a signed "
            "statement file (--statement, no workspace needed)."),
         {tr("FILE")},
         {versionOption(),
          QCommandLineOption(QStringLiteral("statement"), tr("A signed version statement file."),
                             tr("FILE")),
          QCommandLineOption(QStringLiteral("curator"),
                             tr("Require the statement to be signed by this address."),
                             tr("ADDRESS"))},
         false,
         verifyProof});
}

} // namespace fw::cli
