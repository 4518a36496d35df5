// Streaming Merkle root: merge equal-height perfect subtrees, fold the rest from the right.
#include "datanet/MerkleBuilder.h"

#include "datanet/MerkleTree.h"

namespace fw::datanet {

void MerkleBuilder::add(const QByteArray& data)
{
    m_stack.push_back({MerkleTree::leafHash(data), 0});
    ++m_count;
    while (m_stack.size() >= 2 && m_stack[m_stack.size() - 2].height == m_stack.back().height) {
        Subtree right = std::move(m_stack.back());
        m_stack.pop_back();
        Subtree& left = m_stack.back();
        left.hash = MerkleTree::nodeHash(left.hash, right.hash);
        ++left.height;
    }
}

QByteArray MerkleBuilder::root() const
{
    if (m_stack.empty())
        return MerkleTree::emptyRoot();
    // The left subtrees are the largest powers of two, exactly RFC 6962's split.
    QByteArray r = m_stack.back().hash;
    for (auto it = m_stack.rbegin() + 1; it != m_stack.rend(); ++it)
        r = MerkleTree::nodeHash(it->hash, r);
    return r;
}

} // namespace fw::datanet
