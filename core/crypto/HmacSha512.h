// HMAC-SHA512 and PBKDF2-HMAC-SHA512, the primitives BIP39 and SLIP-10 are defined with.
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace fw::crypto {

SecureBytes hmacSha512(const unsigned char* key, std::size_t keySize, const unsigned char* data,
                       std::size_t dataSize);
// Derives 64 bytes (one PBKDF2 block), all BIP39 needs.
SecureBytes pbkdf2HmacSha512(const QByteArray& password, const QByteArray& salt, int iterations);

} // namespace fw::crypto
