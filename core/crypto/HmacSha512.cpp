// HMAC-SHA512 over libsodium, and a single-block PBKDF2 on top of it.
#include "crypto/HmacSha512.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace fw::crypto {

SecureBytes hmacSha512(const unsigned char* key, std::size_t keySize, const unsigned char* data,
                       std::size_t dataSize)
{
    ensureSodium();
    crypto_auth_hmacsha512_state state;
    SecureBytes out(crypto_auth_hmacsha512_BYTES);
    crypto_auth_hmacsha512_init(&state, key, keySize);
    crypto_auth_hmacsha512_update(&state, data, dataSize);
    crypto_auth_hmacsha512_final(&state, out.data());
    sodium_memzero(&state, sizeof state);
    return out;
}

SecureBytes pbkdf2HmacSha512(const QByteArray& password, const QByteArray& salt, int iterations)
{
    ensureSodium();
    const auto* pw = reinterpret_cast<const unsigned char*>(password.constData());
    const std::size_t pwSize = std::size_t(password.size());
    // U1 = HMAC(P, S || INT_32_BE(1)); Ui = HMAC(P, U(i-1)); T = U1 ^ U2 ^ ... ^ Uc.
    // The 2048 rounds work in two stack buffers (wiped at the end): a guarded sodium_malloc per
    // round costs an mmap + mprotect each and made unlocking a signing key take half a second.
    constexpr std::size_t n = crypto_auth_hmacsha512_BYTES;
    unsigned char u[n];
    crypto_auth_hmacsha512_state state;
    QByteArray first = salt + QByteArray("\x00\x00\x00\x01", 4);
    crypto_auth_hmacsha512_init(&state, pw, pwSize);
    crypto_auth_hmacsha512_update(&state, reinterpret_cast<const unsigned char*>(first.constData()),
                                  std::size_t(first.size()));
    crypto_auth_hmacsha512_final(&state, u);
    SecureBytes t = SecureBytes::fromBytes(u, n);
    for (int i = 1; i < iterations; ++i) {
        crypto_auth_hmacsha512_init(&state, pw, pwSize);
        crypto_auth_hmacsha512_update(&state, u, n);
        crypto_auth_hmacsha512_final(&state, u);
        for (std::size_t j = 0; j < n; ++j)
            t.data()[j] ^= u[j];
    }
    sodium_memzero(u, sizeof u);
    sodium_memzero(&state, sizeof state);
    return t;
}

} // namespace fw::crypto
