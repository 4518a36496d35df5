// Merkle trees over record hashes, shaped as in RFC 6962 / RFC 9162 (Certificate Transparency) with
// BLAKE2b-256 and domain separation, so a leaf can never pass for an inner node:
//   leaf(d)      = BLAKE2b-256(0x00 || d)        d = a record's 32-byte content hash
//   node(l, r)   = BLAKE2b-256(0x01 || l || r)
//   MTH({})      = BLAKE2b-256("")
//   MTH(D[0:n])  = node(MTH(D[0:k]), MTH(D[k:n])), k = the largest power of two below n
//   sealed(D)    = BLAKE2b-256(0x02 || datanet uid (16 bytes) || n as 8 bytes big-endian || MTH(D))
// A version id is sealed(D) over its records' hashes sorted bytewise, so it names the datanet, the
// set and its size: training that refers to a version id refers to exactly one datanet's records.
#pragma once

#include <QByteArray>

#include <vector>

namespace fw::datanet {

class MerkleTree
{
public:
    static QByteArray leafHash(const QByteArray& data);
    static QByteArray nodeHash(const QByteArray& left, const QByteArray& right);
    static QByteArray emptyRoot();
    static QByteArray seal(const QByteArray& datanetUid, const QByteArray& root, qint64 size);

    static QByteArray root(const std::vector<QByteArray>& leaves);
    // The sibling hashes from the leaf up (RFC 9162 inclusion path). index < leaves.size().
    static std::vector<QByteArray> auditPath(const std::vector<QByteArray>& leaves, qint64 index);
    // The root the path leads to, or an empty array when index, size and path do not fit together.
    static QByteArray rootFromPath(const QByteArray& leaf, qint64 index, qint64 size,
                                   const std::vector<QByteArray>& path);
};

} // namespace fw::datanet
