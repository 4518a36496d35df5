// Ed25519 over libsodium.
#include "crypto/Ed25519.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace fw::crypto {

static_assert(crypto_sign_PUBLICKEYBYTES == kPublicKeyBytes);
static_assert(crypto_sign_BYTES == kSignatureBytes);
static_assert(crypto_sign_SEEDBYTES == kSeedBytes);

Result<PublicKey> PublicKey::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != kPublicKeyBytes)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::crypto", "A public key has 32 bytes."));
    PublicKey key;
    key.m_bytes = bytes;
    return key;
}

bool PublicKey::verify(const QByteArray& message, const QByteArray& signature) const
{
    ensureSodium();
    if (!isValid() || signature.size() != kSignatureBytes)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(m_bytes.constData())) == 0;
}

SigningKey SigningKey::generate()
{
    ensureSodium();
    SecureBytes seed(kSeedBytes);
    randombytes_buf(seed.data(), seed.size());
    return fromSeed(seed);
}

SigningKey SigningKey::fromSeed(const SecureBytes& seed)
{
    ensureSodium();
    Q_ASSERT(seed.size() == kSeedBytes);
    SigningKey key;
    key.m_secret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    QByteArray pub(kPublicKeyBytes, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(pub.data()), key.m_secret.data(),
                             seed.data());
    key.m_public = *PublicKey::fromBytes(pub);
    return key;
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray sig(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return sig;
}

} // namespace fw::crypto
