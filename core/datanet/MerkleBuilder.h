// Computes the Merkle root (MerkleTree's shape) of a stream of leaves in O(log n) memory, so an
// import of millions of records can sign its root without holding the hashes.
#pragma once

#include <QByteArray>

#include <vector>

namespace fw::datanet {

class MerkleBuilder
{
public:
    void add(const QByteArray& data);
    qint64 count() const { return m_count; }
    QByteArray root() const;

private:
    struct Subtree
    {
        QByteArray hash;
        int height;
    };
    std::vector<Subtree> m_stack; // perfect subtrees, strictly decreasing heights
    qint64 m_count = 0;
};

} // namespace fw::datanet
