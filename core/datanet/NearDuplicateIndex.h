// The LSH band keys of a datanet's records in a flat open-addressing set: 8 bytes per key, so a
// million records cost about 64 MB instead of the several hundred a node-based set would.
#pragma once

#include "datanet/MinHash.h"

#include <vector>

namespace fw::datanet {

class NearDuplicateIndex
{
public:
    // Does any band key of `keys` belong to a record seen before?
    bool contains(const MinHash::BandKeys& keys) const;
    void insert(const MinHash::BandKeys& keys);
    qint64 size() const { return m_size; }

private:
    bool containsKey(quint64 key) const;
    void insertKey(quint64 key);
    void grow();

    std::vector<quint64> m_slots; // 0 = empty; key 0 is stored as 1
    qint64 m_size = 0;
};

} // namespace fw::datanet
