// Argon2id key derivation and key-check values.
#include "crypto/Kdf.h"

#include "crypto/Blake2b.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace fw::crypto {

namespace {
const QByteArray kKeyCheckLabel = QByteArrayLiteral("flywheel workspace key check v1");
constexpr quint64 kMaxMemLimit = quint64(4) << 30; // refuse headers asking for more than 4 GiB
} // namespace

KdfParams KdfParams::moderate()
{
    return {randomBytes(crypto_pwhash_SALTBYTES), crypto_pwhash_OPSLIMIT_MODERATE,
            crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {randomBytes(crypto_pwhash_SALTBYTES), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QJsonObject KdfParams::toJson() const
{
    return {{"algorithm", "argon2id13"},
            {"salt", QString::fromLatin1(salt.toBase64())},
            {"opslimit", qint64(opsLimit)},
            {"memlimit", qint64(memLimitBytes)}};
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject& json)
{
    if (json.value("algorithm").toString() != QLatin1String("argon2id13"))
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("fw::crypto", "Unknown key derivation algorithm."));
    KdfParams p;
    p.salt = QByteArray::fromBase64(json.value("salt").toString().toLatin1());
    const qint64 ops = json.value("opslimit").toInteger(-1);
    const qint64 mem = json.value("memlimit").toInteger(-1);
    if (p.salt.size() != crypto_pwhash_SALTBYTES || ops < qint64(crypto_pwhash_OPSLIMIT_MIN) ||
        ops > 64 || mem < qint64(crypto_pwhash_MEMLIMIT_MIN) || quint64(mem) > kMaxMemLimit)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("fw::crypto", "Key derivation settings are invalid."));
    p.opsLimit = quint64(ops);
    p.memLimitBytes = quint64(mem);
    return p;
}

Result<SecureBytes> deriveKey(const QByteArray& passphrase, const KdfParams& params)
{
    ensureSodium();
    SecureBytes key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()),
                      params.opsLimit, static_cast<size_t>(params.memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("fw::crypto",
                                                     "Not enough memory to derive the key (%1 MiB).")
                             .arg(params.memLimitBytes >> 20));
    return key;
}

QByteArray keyCheckValue(const SecureBytes& key)
{
    return blake2bKeyed(key.toByteArrayUnsafe(), kKeyCheckLabel);
}

bool keyMatchesCheck(const SecureBytes& key, const QByteArray& check)
{
    const QByteArray expected = keyCheckValue(key);
    return check.size() == expected.size() &&
           sodium_memcmp(expected.constData(), check.constData(), size_t(check.size())) == 0;
}

QByteArray randomBytes(int count)
{
    ensureSodium();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(count));
    return out;
}

} // namespace fw::crypto
