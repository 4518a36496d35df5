// Passphrase -> raw 256-bit key with Argon2id (libsodium crypto_pwhash), plus a key-check value.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>

namespace fw::crypto {

struct KdfParams
{
    QByteArray salt;        // crypto_pwhash_SALTBYTES (16) random bytes
    quint64 opsLimit = 0;   // Argon2id passes
    quint64 memLimitBytes = 0;

    // The default for new workspaces: libsodium's "moderate" (3 passes, 256 MiB), about a second.
    static KdfParams moderate();
    // Fast limits (2 passes, 64 MiB) for tests and for people who ask for them explicitly.
    static KdfParams interactive();

    QJsonObject toJson() const;
    static Result<KdfParams> fromJson(const QJsonObject& json);
};

constexpr int kKeyBytes = 32;

// Fails (ErrorCode::Internal) only when the memory limit cannot be allocated.
Result<SecureBytes> deriveKey(const QByteArray& passphrase, const KdfParams& params);

// A value that proves a key is right without revealing it: keyed BLAKE2b of a fixed label.
QByteArray keyCheckValue(const SecureBytes& key);
bool keyMatchesCheck(const SecureBytes& key, const QByteArray& check);

QByteArray randomBytes(int count);

} // namespace fw::crypto
