// `flywheel-cli workspace ...`: create (new, restored or demo), change passphrase, describe.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "IdentityFormat.h"
#include "RecoveryWords.h"

#include "attribution/IndexCheck.h"
#include "crypto/SecureBytes.h"
#include "datanet/DatanetCheck.h"
#include "demo/DemoModel.h"
#include "demo/DemoTraffic.h"
#include "demo/DemoWorkspace.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "models/ModelCheck.h"
#include "store/IntegrityCheck.h"
#include "store/Schema.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

QCommandLineOption kdfOption(const QString& defaultText)
{
    return QCommandLineOption(QStringLiteral("kdf"),
                              tr("Key derivation cost: moderate or interactive (default: %1).").arg(defaultText),
                              tr("COST"));
}

Result<std::unique_ptr<store::Workspace>> createWorkspace(const CliContext& context,
                                                          const crypto::KdfParams& kdf)
{
    Result<QByteArray> secret = context.choosePassphrase(CliContext::kPassphraseVar);
    if (!secret)
        return secret.error();
    store::CreateOptions options;
    options.kdf = kdf;
    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::create(context.workspaceDir(), *secret, options);
    crypto::wipe(*secret);
    return ws;
}

Outcome initDemo(const Invocation& call)
{
    const QString kdfName = call.parser.value(QStringLiteral("kdf"));
    // The demo's passphrase is public, so a costly KDF would only slow it down.
    Result<crypto::KdfParams> kdf = kdfName.isEmpty() ? crypto::KdfParams::interactive() : kdfFromName(kdfName);
    if (!kdf)
        return kdf.error();
    // A passphrase the user gave wins; the public demo one is only for those who gave none. The
    // demo never prompts: it is meant to start without ceremony.
    const bool chosen = call.context.hasEnv(CliContext::kPassphraseVar);
    Result<QByteArray> secret = chosen ? call.context.choosePassphrase(CliContext::kPassphraseVar)
                                       : QByteArray(demo::kDemoPassphrase);
    if (!secret)
        return secret.error();
    Result<std::unique_ptr<store::Workspace>> ws =
        demo::createDemoWorkspace(call.context.workspaceDir(), *kdf, *secret);
    crypto::wipe(*secret);
    if (!ws)
        return ws.error();
    Result<QList<wallet::Identity>> ids = wallet::WalletService(**ws).identities();
    if (!ids)
        return ids.error();
    if (chosen)
        call.context.out().note(tr("Demo workspace created with the passphrase from %1.\n")
                                    .arg(QString::fromLatin1(CliContext::kPassphraseVar)));
    else
        call.context.out().note(tr("Demo workspace created; its passphrase is \"%1\".\n")
                                    .arg(QString::fromLatin1(demo::kDemoPassphrase)));
    if (call.parser.isSet(QStringLiteral("with-model"))) {
        Result<ml::MlRuntime*> engine = ml::loadMlRuntime();
        if (!engine)
            return engine.error();
        QString lastStep;
        const Status added =
            demo::addDemoModel(**ws, **engine, [&](const demo::DemoModelProgress& p) {
                if (p.step != lastStep)
                    call.context.out().note(p.step + QStringLiteral("...\n"));
                lastStep = p.step;
            });
        if (!added)
            return added.error();
        call.context.out().note(
            tr("The demo model \"%1\" is deployed to this workspace's node with %2 paid answers.\n")
                .arg(QLatin1String(demo::kDemoDeployment))
                .arg(demo::kDemoLiveAnswers));
    }
    call.context.out().line(identityLines(*ids));
    return {};
}

Outcome init(const Invocation& call)
{
    const bool restore = call.parser.isSet(QStringLiteral("restore"));
    if (call.parser.isSet(QStringLiteral("demo"))) {
        if (restore || call.parser.isSet(QStringLiteral("name")))
            return Outcome::usage(tr("--demo cannot be combined with --restore or --name."));
        return initDemo(call);
    }
    if (call.parser.isSet(QStringLiteral("with-model")))
        return Outcome::usage(tr("--with-model goes with --demo."));
    if (store::Workspace::isWorkspace(call.context.workspaceDir()))
        return Error{ErrorCode::AlreadyExists, tr("%1 already holds a workspace.").arg(call.context.workspaceDir())};
    Result<crypto::KdfParams> kdf = kdfFromName(call.parser.value(QStringLiteral("kdf")));
    if (!kdf)
        return kdf.error();
    QStringList words;
    if (restore) {
        Result<QStringList> read = readRecoveryWords(call.context);
        if (!read)
            return read.error();
        words = *read;
    }
    Result<std::unique_ptr<store::Workspace>> ws = createWorkspace(call.context, *kdf);
    if (!ws)
        return ws.error();
    wallet::WalletService wallet(**ws);
    const QString name = call.parser.value(QStringLiteral("name"));
    Result<wallet::Identity> id = restore ? wallet.restoreIdentity(name, words) : wallet.createIdentity(name);
    if (!id)
        return id.error();
    call.context.out().line(id->address);
    return {};
}

Outcome passwd(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    // Without --kdf the workspace keeps its cost (with a fresh salt): a re-key is not a downgrade.
    const QString kdfName = call.parser.value(QStringLiteral("kdf"));
    crypto::KdfParams kdf = (*ws)->header().kdf;
    kdf.salt = crypto::randomBytes(kdf.salt.size());
    if (!kdfName.isEmpty()) {
        Result<crypto::KdfParams> chosen = kdfFromName(kdfName);
        if (!chosen)
            return chosen.error();
        kdf = *chosen;
    }
    Result<QByteArray> secret = call.context.choosePassphrase(CliContext::kNewPassphraseVar);
    if (!secret)
        return secret.error();
    const Status changed = (*ws)->changePassphrase(*secret, kdf);
    crypto::wipe(*secret);
    if (changed)
        call.context.out().line(tr("Passphrase changed for %1.").arg((*ws)->directory()));
    return changed;
}

Result<QJsonObject> describe(store::Workspace& ws)
{
    Result<store::Connection> db = ws.requireDatabase();
    if (!db)
        return db.error();
    Result<int> schema = (*db)->userVersion();
    if (!schema)
        return schema.error();
    Result<QList<wallet::Identity>> ids = wallet::WalletService(ws).identities();
    if (!ids)
        return ids.error();
    const crypto::KdfParams& kdf = ws.header().kdf;
    return QJsonObject{{QStringLiteral("folder"), ws.directory()},
                       {QStringLiteral("formatVersion"), ws.header().version},
                       {QStringLiteral("schemaVersion"), *schema},
                       {QStringLiteral("latestSchemaVersion"), store::latestSchemaVersion()},
                       {QStringLiteral("cipherVersion"), (*db)->cipherVersion()},
                       {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                       {QStringLiteral("kdfOpsLimit"), qint64(kdf.opsLimit)},
                       {QStringLiteral("kdfMemLimitBytes"), qint64(kdf.memLimitBytes)},
                       {QStringLiteral("identities"), int(ids->size())}};
}

Outcome info(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<QJsonObject> facts = describe(**ws);
    if (!facts)
        return facts.error();
    if (call.parser.isSet(QStringLiteral("json"))) {
        call.context.out().json(QJsonDocument(*facts));
        return {};
    }
    const QJsonObject& f = *facts;
    const auto row = [&](const char* label, const QString& value) {
        call.context.out().line(QStringLiteral("%1 %2").arg(tr(label) + QLatin1Char(':'), -16).arg(value));
    };
    row(QT_TRANSLATE_NOOP("fw::cli", "Folder"), f.value("folder").toString());
    row(QT_TRANSLATE_NOOP("fw::cli", "Format"), QString::number(f.value("formatVersion").toInt()));
    row(QT_TRANSLATE_NOOP("fw::cli", "Schema"), tr("%1 (latest %2)")
                                                   .arg(f.value("schemaVersion").toInt())
                                                   .arg(f.value("latestSchemaVersion").toInt()));
    row(QT_TRANSLATE_NOOP("fw::cli", "Cipher"), tr("SQLCipher %1").arg(f.value("cipherVersion").toString()));
    row(QT_TRANSLATE_NOOP("fw::cli", "KDF"), tr("Argon2id, %1 passes, %2 MiB")
                                                .arg(f.value("kdfOpsLimit").toInteger())
                                                .arg(f.value("kdfMemLimitBytes").toInteger() / (1024 * 1024)));
    row(QT_TRANSLATE_NOOP("fw::cli", "Identities"), QString::number(f.value("identities").toInt()));
    return {};
}
// Everything `check` verifies, as one JSON object; "problems" empty means consistent.
Result<QJsonObject> checkEverything(store::Workspace& ws)
{
    QStringList problems;
    {
        Result<store::Connection> db = ws.requireDatabase();
        if (!db)
            return db.error();
        Result<QStringList> database = store::checkDatabaseIntegrity(**db);
        if (!database)
            return database.error();
        problems << *database;
    }
    Result<datanet::DatanetCheckReport> datanets = datanet::checkDatanets(ws);
    if (!datanets)
        return datanets.error();
    problems << datanets->problems;
    Result<models::ModelCheckReport> models = models::checkModels(ws);
    if (!models)
        return models.error();
    problems << models->problems;
    Result<attribution::IndexCheckReport> indexes = attribution::checkIndexes(ws);
    if (!indexes)
        return indexes.error();
    problems << indexes->problems;
    return QJsonObject{{QStringLiteral("ok"), problems.isEmpty()},
                       {QStringLiteral("contributions"), datanets->contributions},
                       {QStringLiteral("versions"), datanets->versions},
                       {QStringLiteral("models"), models->models},
                       {QStringLiteral("attribution_indexes"), indexes->indexes},
                       {QStringLiteral("stale_attribution_indexes"), indexes->stale},
                       {QStringLiteral("gradient_stores"), indexes->gradientStores},
                       {QStringLiteral("stale_gradient_stores"), indexes->staleGradients},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

Outcome check(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<QJsonObject> report = checkEverything(**ws);
    if (!report)
        return report.error();
    const QJsonArray problems = report->value(QStringLiteral("problems")).toArray();
    if (call.parser.isSet(QStringLiteral("json")))
        call.context.out().json(QJsonDocument(*report));
    else if (problems.isEmpty())
        call.context.out().line(tr("ok: database intact, schema %1, %2 contribution signature(s), %3 version(s), "
                                   "%4 model(s) and %5 attribution index(es) verified")
                                    .arg(store::latestSchemaVersion())
                                    .arg(report->value(QStringLiteral("contributions")).toInteger())
                                    .arg(report->value(QStringLiteral("versions")).toInteger())
                                    .arg(report->value(QStringLiteral("models")).toInteger())
                                    .arg(report->value(QStringLiteral("attribution_indexes")).toInteger()));
    else
        for (const QJsonValue& p : problems)
            call.context.out().line(p.toString());
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::Corrupt, QCoreApplication::translate("fw::cli", "%n problem(s) found in the workspace.",
                                                                     nullptr, int(problems.size())));
}
} // namespace

void registerWorkspaceCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("workspace"),
         QStringLiteral("init"),
         tr("Create a workspace with a new (or restored, or demo) identity; prints its address."),
         {},
         {QCommandLineOption(QStringLiteral("name"),
                             tr("Name of the first identity (default: Main)."), tr("NAME"),
                             QStringLiteral("Main")),
          kdfOption(QStringLiteral("moderate")),
          QCommandLineOption(
              QStringLiteral("restore"),
              tr("Restore the identity from 24 recovery words read on standard input.")),
          QCommandLineOption(QStringLiteral("demo"),
                             tr("Create the demo workspace (passphrase from $FLYWHEEL_PASSPHRASE, "
                                "else \"demo\") and "
                                "list its identities.")),
          QCommandLineOption(QStringLiteral("with-model"),
                             tr("With --demo: also train the demo model (a few seconds), deploy "
                                "it to the workspace's node with a price and answer some paid "
                                "questions with it, as the workbench's demo does."))},
         true,
         init});
    registry.add({QStringLiteral("workspace"), QStringLiteral("passwd"),
                  tr("Change the passphrase (new one from $FLYWHEEL_NEW_PASSPHRASE or asked twice)."),
                  {},
                  {kdfOption(tr("keep the current cost"))},
                  true,
                  passwd});
    registry.add({QStringLiteral("workspace"), QStringLiteral("info"),
                  tr("Show folder, format and schema versions, cipher, KDF limits, identity count."),
                  {},
                  {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))},
                  true,
                  info});
    registry.add({QStringLiteral("workspace"), QStringLiteral("check"),
                  tr("Verify the workspace: SQLCipher integrity, schema version, every contribution's signature, "
                     "every frozen version, stored model and attribution index whole. Exit code 8 when anything "
                     "is wrong."),
                  {},
                  {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))},
                  true,
                  check});
}

} // namespace fw::cli
