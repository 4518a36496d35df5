// BLAKE2b hashing (libsodium's crypto_generichash): content hashes, Merkle leaves, checksums.
#pragma once

#include <QByteArray>

namespace fw::crypto {

constexpr int kHashBytes = 32;

QByteArray blake2b(const QByteArray& data, int outBytes = kHashBytes);
QByteArray blake2bKeyed(const QByteArray& key, const QByteArray& data, int outBytes = kHashBytes);

// Incremental hashing for streams (large files, many records).
class Blake2bHasher
{
public:
    explicit Blake2bHasher(int outBytes = kHashBytes);
    void add(const char* data, qsizetype size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    QByteArray finish();

private:
    alignas(64) unsigned char m_state[384];
    int m_outBytes;
};

} // namespace fw::crypto
