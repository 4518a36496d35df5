// Identities in the `identities` table.
#include "wallet/WalletService.h"

#include "crypto/Address.h"
#include "crypto/Kdf.h"
#include "crypto/Mnemonic.h"
#include "crypto/WalletKeys.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "wallet/ActivityLog.h"

#include <QCoreApplication>

namespace fw::wallet {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, address, public_key, is_default, created_at, external FROM identities ");

Identity readIdentity(const store::Statement& st)
{
    Identity id{st.int64(0), st.text(1),       st.text(2),
                st.blob(3),  st.int64(4) != 0, QDateTime::fromSecsSinceEpoch(st.int64(5), Qt::UTC)};
    id.external = st.int64(6) != 0;
    return id;
}

Result<QList<Identity>> query(store::Workspace& ws, const QString& where, const QVariant& arg)
{
    Result<store::Connection> db = ws.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(kSelect + where);
    if (!st)
        return st.error();
    if (arg.typeId() == QMetaType::LongLong)
        st->bind(1, arg.toLongLong());
    else if (arg.isValid())
        st->bind(1, arg.toString());
    QList<Identity> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(readIdentity(*st));
    }
}

Result<Identity> single(Result<QList<Identity>> list, const QString& notFound)
{
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, notFound);
    return list->first();
}
} // namespace

Result<Identity> WalletService::createIdentity(const QString& name)
{
    QByteArray random = crypto::randomBytes(crypto::mnemonic::kEntropyBytes);
    return insert(name, crypto::SecureBytes::takeFrom(random));
}

Result<Identity> WalletService::restoreIdentity(const QString& name, const QStringList& words)
{
    if (words.size() != crypto::mnemonic::kWordCount)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A Flywheel recovery phrase has 24 words; got %1.").arg(words.size()));
    Result<crypto::SecureBytes> entropy = crypto::mnemonic::toEntropy(words);
    if (!entropy)
        return entropy.error();
    return insert(name, *entropy);
}

Result<Identity> WalletService::insert(const QString& name, const crypto::SecureBytes& entropy)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("An identity needs a name."));
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    const crypto::SigningKey key = crypto::walletKeyFromEntropy(entropy);
    const QString address = crypto::addressFromPublicKey(key.publicKey());
    if (identityByAddress(address).ok())
        return makeError(ErrorCode::AlreadyExists,
                         tr("This workspace already holds the identity %1.").arg(address));

    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    Result<QList<Identity>> existing = identities();
    if (!existing)
        return existing.error();
    Result<store::Statement> st = (*db)->prepare(QStringLiteral(
        "INSERT INTO identities(name, address, public_key, entropy, is_default, created_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!st)
        return st.error();
    QByteArray secret = entropy.toByteArrayUnsafe();
    st->bind(1, trimmed).bind(2, address).bind(3, key.publicKey().bytes()).bind(4, secret);
    crypto::wipe(secret);
    st->bind(5, existing->isEmpty() ? 1 : 0).bind(6, QDateTime::currentSecsSinceEpoch());
    if (Status s = st->run(); !s)
        return s.error();
    const qint64 id = (*db)->lastInsertRowId();
    if (Status s = logActivity(**db, QStringLiteral("identity.created"), address); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return identity(id);
}

Result<Identity> WalletService::addExternal(const QString& name, const QString& address)
{
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(address);
    if (!key)
        return key.error();
    const QString canonical = crypto::addressFromPublicKey(*key);
    if (Result<Identity> known = identityByAddress(canonical); known)
        return known;
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    // Empty entropy: even if the `external` check were bypassed, entropyOf() refuses it.
    Result<store::Statement> st =
        (*db)->prepare(QStringLiteral("INSERT INTO identities(name, address, public_key, entropy, "
                                      "is_default, created_at, external) "
                                      "VALUES(?1, ?2, ?3, x'', 0, ?4, 1)"));
    if (!st)
        return st.error();
    const QString shown = name.trimmed().isEmpty() ? canonical.left(12) : name.trimmed();
    st->bind(1, shown)
        .bind(2, canonical)
        .bind(3, key->bytes())
        .bind(4, QDateTime::currentSecsSinceEpoch());
    if (Status s = st->run(); !s)
        return s.error();
    const qint64 id = (*db)->lastInsertRowId();
    if (Status s = logActivity(**db, QStringLiteral("identity.external"), canonical); !s)
        return s.error();
    return identity(id);
}

Result<QList<Identity>> WalletService::identities() const
{
    return query(m_workspace, QStringLiteral("ORDER BY id"), {});
}

Result<Identity> WalletService::identity(qint64 id) const
{
    return single(query(m_workspace, QStringLiteral("WHERE id = ?1"), QVariant(id)),
                  tr("No identity with id %1.").arg(id));
}

Result<Identity> WalletService::defaultIdentity() const
{
    return single(query(m_workspace, QStringLiteral("WHERE is_default = 1"), {}),
                  tr("This workspace has no identity yet."));
}

Result<Identity> WalletService::identityByAddress(const QString& address) const
{
    return single(query(m_workspace, QStringLiteral("WHERE address = ?1"), address.trimmed().toLower()),
                  tr("No identity with address %1 in this workspace.").arg(address));
}

Status WalletService::setDefault(qint64 id)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<Identity> exists = identity(id);
    if (!exists)
        return exists.error();
    if (exists->external)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("%1 is an external identity (no private key here); it cannot be the default.")
                .arg(exists->address));
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    Status s = (*db)->exec(QStringLiteral("UPDATE identities SET is_default = 0 WHERE is_default = 1"));
    if (s) {
        Result<store::Statement> st =
            (*db)->prepare(QStringLiteral("UPDATE identities SET is_default = 1 WHERE id = ?1"));
        s = st ? st->bind(1, id).run() : Status(st.error());
    }
    if (!s)
        return s;
    return tx.commit();
}

Status WalletService::rename(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("An identity needs a name."));
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare(QStringLiteral("UPDATE identities SET name = ?1 WHERE id = ?2"));
    if (!st)
        return st.error();
    if (Status s = st->bind(1, name.trimmed()).bind(2, id).run(); !s)
        return s;
    if ((*db)->changes() == 0)
        return makeError(ErrorCode::NotFound, tr("No identity with id %1.").arg(id));
    return {};
}

Result<crypto::SecureBytes> WalletService::entropyOf(qint64 id) const
{
    Result<Identity> who = identity(id);
    if (!who)
        return who.error();
    if (who->external)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("%1 is an external identity: this workspace holds no private key for it.")
                .arg(who->address));
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(QStringLiteral("SELECT entropy FROM identities WHERE id = ?1"));
    if (!st)
        return st.error();
    st->bind(1, id);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("No identity with id %1.").arg(id));
    QByteArray secret = st->blob(0);
    if (secret.size() != crypto::mnemonic::kEntropyBytes)
        return makeError(ErrorCode::Corrupt, tr("The stored key of identity %1 is damaged.").arg(id));
    return crypto::SecureBytes::takeFrom(secret);
}

Result<QStringList> WalletService::recoveryWords(qint64 id) const
{
    Result<crypto::SecureBytes> entropy = entropyOf(id);
    if (!entropy)
        return entropy.error();
    return crypto::mnemonic::fromEntropy(*entropy);
}

Result<crypto::SigningKey> WalletService::signingKey(qint64 id) const
{
    Result<crypto::SecureBytes> entropy = entropyOf(id);
    if (!entropy)
        return entropy.error();
    return crypto::walletKeyFromEntropy(*entropy);
}

Result<crypto::SigningKey> WalletService::signingKeyFor(const QString& address) const
{
    Result<Identity> who = identityByAddress(address);
    if (!who)
        return who.error();
    return signingKey(who->id);
}

} // namespace fw::wallet
