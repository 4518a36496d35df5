// RFC 6962-shaped Merkle tree with BLAKE2b-256.
#include "datanet/MerkleTree.h"

#include "crypto/Blake2b.h"

#include <QtEndian>

namespace fw::datanet {

namespace {
using Iter = std::vector<QByteArray>::const_iterator;

qint64 splitPoint(qint64 n)
{
    qint64 k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

QByteArray subtreeRoot(Iter begin, qint64 n)
{
    if (n == 0)
        return MerkleTree::emptyRoot();
    if (n == 1)
        return MerkleTree::leafHash(*begin);
    const qint64 k = splitPoint(n);
    return MerkleTree::nodeHash(subtreeRoot(begin, k), subtreeRoot(begin + k, n - k));
}

void pathInto(Iter begin, qint64 n, qint64 m, std::vector<QByteArray>& out)
{
    if (n <= 1)
        return;
    const qint64 k = splitPoint(n);
    if (m < k) {
        pathInto(begin, k, m, out);
        out.push_back(subtreeRoot(begin + k, n - k));
    } else {
        pathInto(begin + k, n - k, m - k, out);
        out.push_back(subtreeRoot(begin, k));
    }
}
} // namespace

QByteArray MerkleTree::leafHash(const QByteArray& data)
{
    crypto::Blake2bHasher h;
    const char tag = 0x00;
    h.add(&tag, 1);
    h.add(data);
    return h.finish();
}

QByteArray MerkleTree::nodeHash(const QByteArray& left, const QByteArray& right)
{
    crypto::Blake2bHasher h;
    const char tag = 0x01;
    h.add(&tag, 1);
    h.add(left);
    h.add(right);
    return h.finish();
}

QByteArray MerkleTree::emptyRoot()
{
    return crypto::blake2b(QByteArray());
}

QByteArray MerkleTree::seal(const QByteArray& datanetUid, const QByteArray& root, qint64 size)
{
    crypto::Blake2bHasher h;
    const char tag = 0x02;
    h.add(&tag, 1);
    h.add(datanetUid);
    const quint64 be = qToBigEndian(quint64(size));
    h.add(reinterpret_cast<const char*>(&be), sizeof be);
    h.add(root);
    return h.finish();
}

QByteArray MerkleTree::root(const std::vector<QByteArray>& leaves)
{
    return subtreeRoot(leaves.begin(), qint64(leaves.size()));
}

std::vector<QByteArray> MerkleTree::auditPath(const std::vector<QByteArray>& leaves, qint64 index)
{
    std::vector<QByteArray> out;
    if (index >= 0 && index < qint64(leaves.size()))
        pathInto(leaves.begin(), qint64(leaves.size()), index, out);
    return out;
}

QByteArray MerkleTree::rootFromPath(const QByteArray& leaf, qint64 index, qint64 size,
                                    const std::vector<QByteArray>& path)
{
    // RFC 9162, section 2.1.3.2.
    if (index < 0 || index >= size)
        return {};
    quint64 fn = quint64(index);
    quint64 sn = quint64(size - 1);
    QByteArray r = leafHash(leaf);
    for (const QByteArray& p : path) {
        if (sn == 0)
            return {};
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            if (!(fn & 1))
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 ? r : QByteArray();
}

} // namespace fw::datanet
