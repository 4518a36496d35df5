// Ed25519 signing keys and public keys (libsodium crypto_sign).
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace fw::crypto {

constexpr int kPublicKeyBytes = 32;
constexpr int kSignatureBytes = 64;
constexpr int kSeedBytes = 32;

class PublicKey
{
public:
    PublicKey() = default;
    static Result<PublicKey> fromBytes(const QByteArray& bytes);

    const QByteArray& bytes() const { return m_bytes; }
    bool isValid() const { return m_bytes.size() == kPublicKeyBytes; }
    bool verify(const QByteArray& message, const QByteArray& signature) const;

    friend bool operator==(const PublicKey& a, const PublicKey& b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes;
};

// Owns the secret key in locked memory; move-only so secrets are never silently copied.
class SigningKey
{
public:
    static SigningKey generate();
    static SigningKey fromSeed(const SecureBytes& seed); // kSeedBytes

    const PublicKey& publicKey() const { return m_public; }
    QByteArray sign(const QByteArray& message) const;

private:
    SecureBytes m_secret; // libsodium's 64-byte secret key (seed || public key)
    PublicKey m_public;
};

} // namespace fw::crypto
