// `flywheel-cli wallet ...`: list identities, reveal recovery words, add, restore, choose the default.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "IdentityFormat.h"
#include "RecoveryWords.h"

#include "crypto/Address.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

// The checksum catches typos before the database is asked; the canonical spelling (lower case,
// no spaces) is what the database stores.
Result<QString> canonicalAddress(const QString& typed)
{
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(typed);
    if (!key)
        return key.error();
    return crypto::addressFromPublicKey(*key);
}

// The identity named by an address, or the default one when `address` is empty.
Result<wallet::Identity> chooseIdentity(const wallet::WalletService& wallet, const QString& address)
{
    if (address.isEmpty())
        return wallet.defaultIdentity();
    Result<QString> canonical = canonicalAddress(address);
    if (!canonical)
        return canonical.error();
    return wallet.identityByAddress(*canonical);
}

Outcome show(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    wallet::WalletService wallet(**ws);
    const bool json = call.parser.isSet(QStringLiteral("json"));
    if (call.parser.isSet(QStringLiteral("all"))) {
        Result<QList<wallet::Identity>> ids = wallet.identities();
        if (!ids)
            return ids.error();
        if (!json) {
            call.context.out().line(identityLines(*ids));
            return {};
        }
        QJsonArray list;
        for (const wallet::Identity& id : *ids)
            list.append(identityJson(id));
        call.context.out().json(QJsonDocument(list));
        return {};
    }
    Result<wallet::Identity> id = wallet.defaultIdentity();
    if (!id)
        return id.error();
    if (json)
        call.context.out().json(QJsonDocument(identityJson(*id)));
    else
        call.context.out().line(id->address);
    return {};
}

Outcome mnemonic(const Invocation& call)
{
    // Opening the workspace just checked the passphrase, which is the re-check that revealing
    // the words requires.
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    wallet::WalletService wallet(**ws);
    Result<wallet::Identity> id = chooseIdentity(wallet, call.parser.value(QStringLiteral("address")));
    if (!id)
        return id.error();
    Result<QStringList> words = wallet.recoveryWords(id->id);
    if (!words)
        return words.error();
    call.context.out().line(words->join(QLatin1Char(' ')));
    return {};
}

Outcome addIdentity(const Invocation& call, bool restore)
{
    QStringList words;
    if (restore) {
        Result<QStringList> read = readRecoveryWords(call.context);
        if (!read)
            return read.error();
        words = *read;
    }
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    wallet::WalletService wallet(**ws);
    const QString name = call.args.at(0);
    Result<wallet::Identity> id = restore ? wallet.restoreIdentity(name, words) : wallet.createIdentity(name);
    if (!id)
        return id.error();
    call.context.out().line(id->address);
    return {};
}

Outcome makeDefault(const Invocation& call)
{
    // Checked before the passphrase is asked: a typo should not cost an Argon2id run.
    Result<QString> address = canonicalAddress(call.args.at(0));
    if (!address)
        return address.error();
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    wallet::WalletService wallet(**ws);
    Result<wallet::Identity> id = wallet.identityByAddress(*address);
    if (!id)
        return id.error();
    if (Status s = wallet.setDefault(id->id); !s)
        return s;
    call.context.out().line(id->address);
    return {};
}
} // namespace

void registerWalletCommands(CommandRegistry& registry)
{
    const QString group = QStringLiteral("wallet");
    registry.add({group,
                  QStringLiteral("show"),
                  tr("Print the default address (--all: every identity)."),
                  {},
                  {QCommandLineOption(
                       QStringLiteral("all"),
                       tr("List every identity: address, name, default, external (no key here).")),
                   QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))},
                  true,
                  show});
    registry.add({group, QStringLiteral("mnemonic"), tr("Print the 24 recovery words of an identity."),
                  {},
                  {QCommandLineOption(QStringLiteral("address"), tr("Identity to show (default: the default one)."),
                                      tr("ADDRESS"))},
                  true,
                  mnemonic});
    registry.add({group, QStringLiteral("new"), tr("Create an identity; prints its address."),
                  {tr("NAME")}, {}, true,
                  [](const Invocation& call) { return addIdentity(call, false); }});
    registry.add({group, QStringLiteral("restore"), tr("Restore an identity from 24 words on standard input."),
                  {tr("NAME")}, {}, true,
                  [](const Invocation& call) { return addIdentity(call, true); }});
    registry.add({group, QStringLiteral("default"), tr("Make the identity with this address the default."),
                  {tr("ADDRESS")}, {}, true,
                  makeDefault});
}

} // namespace fw::cli
