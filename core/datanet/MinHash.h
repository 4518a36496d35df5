// Near-duplicate fingerprints: MinHash over word 3-shingles with locality-sensitive hashing bands.
// 32 hash functions in 4 bands of 8: two texts share a band key with probability 1-(1-J^8)^4
// (J = Jaccard similarity of their shingle sets): 0.89 at J=0.9, 0.52 at J=0.8, 0.016 at J=0.5.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace fw::datanet {

class MinHash
{
public:
    static constexpr int kHashes = 32;
    static constexpr int kBands = 4;
    static constexpr int kRows = kHashes / kBands;
    using BandKeys = std::array<quint64, kBands>;

    // Case and punctuation are ignored; texts with no words give keys that match nothing else.
    static BandKeys bandKeys(const QString& text);
    // bandKeys(QString::fromLatin1(text)), without building the string (an import's ASCII records).
    static BandKeys bandKeysLatin1(QByteArrayView text);
    static QByteArray toBytes(const BandKeys& keys);   // 8 bytes per band, little-endian
    using KeyBytes = std::array<char, kBands * 8>;
    static KeyBytes toKeyBytes(const BandKeys& keys); // the same bytes, without an allocation
    static bool fromBytes(const QByteArray& bytes, BandKeys& keys);
};

} // namespace fw::datanet
