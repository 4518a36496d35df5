// BLAKE2b over libsodium.
#include "crypto/Blake2b.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace fw::crypto {

static_assert(sizeof(crypto_generichash_state) <= 384, "hasher state buffer too small");

QByteArray blake2bKeyed(const QByteArray& key, const QByteArray& data, int outBytes)
{
    ensureSodium();
    QByteArray out(outBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(outBytes),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()),
                       key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(key.constData()),
                       static_cast<size_t>(key.size()));
    return out;
}

QByteArray blake2b(const QByteArray& data, int outBytes)
{
    return blake2bKeyed(QByteArray(), data, outBytes);
}

Blake2bHasher::Blake2bHasher(int outBytes) : m_outBytes(outBytes)
{
    ensureSodium();
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state*>(m_state), nullptr, 0,
                            static_cast<size_t>(outBytes));
}

void Blake2bHasher::add(const char* data, qsizetype size)
{
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state*>(m_state),
                              reinterpret_cast<const unsigned char*>(data),
                              static_cast<unsigned long long>(size));
}

QByteArray Blake2bHasher::finish()
{
    QByteArray out(m_outBytes, Qt::Uninitialized);
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state*>(m_state),
                             reinterpret_cast<unsigned char*>(out.data()),
                             static_cast<size_t>(m_outBytes));
    return out;
}

} // namespace fw::crypto
