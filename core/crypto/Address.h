// Human-facing account addresses: "fw1" + base32(public key || 4-byte BLAKE2b checksum).
// A mistyped character changes the checksum, so typos are caught before money or data moves.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QString>

namespace fw::crypto {

QString addressFromPublicKey(const PublicKey& key);
// Accepts surrounding whitespace and upper case; rejects a wrong prefix, length, letter or checksum.
Result<PublicKey> publicKeyFromAddress(const QString& address);
bool isValidAddress(const QString& address);

} // namespace fw::crypto
