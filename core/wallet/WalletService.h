// Wallet identities of a workspace: create, restore from 24 words, list, choose the default,
// reveal the words, and lend a signing key. Secrets never leave the encrypted database except
// into locked memory for the moment they are used.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "wallet/Identity.h"

#include <QList>
#include <QStringList>
#include <QCoreApplication>

namespace fw::store {
class Workspace;
}

namespace fw::wallet {

class WalletService
{
public:
    explicit WalletService(store::Workspace& workspace) : m_workspace(workspace) {}

    // The first identity of a workspace becomes its default.
    Result<Identity> createIdentity(const QString& name);
    Result<Identity> restoreIdentity(const QString& name, const QStringList& words);
    // Someone from another machine, known by address alone (the address holds the public key), so
    // records they signed elsewhere are credited to them. Returns the identity already held, if
    // any.
    Result<Identity> addExternal(const QString& name, const QString& address);

    Result<QList<Identity>> identities() const;
    Result<Identity> identity(qint64 id) const;
    Result<Identity> defaultIdentity() const;
    Result<Identity> identityByAddress(const QString& address) const;
    Status setDefault(qint64 id);
    Status rename(qint64 id, const QString& name);

    // The caller must have re-checked the passphrase (Workspace::verifyPassphrase) first.
    // Both refuse an external identity (ErrorCode::InvalidArgument): it has no private key here.
    Result<QStringList> recoveryWords(qint64 id) const;
    Result<crypto::SigningKey> signingKey(qint64 id) const;
    // The key of the identity with this address, the same way.
    Result<crypto::SigningKey> signingKeyFor(const QString& address) const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::wallet::WalletService)
private:
    Result<Identity> insert(const QString& name, const class crypto::SecureBytes& entropy);
    Result<crypto::SecureBytes> entropyOf(qint64 id) const;

    store::Workspace& m_workspace;
};

} // namespace fw::wallet
