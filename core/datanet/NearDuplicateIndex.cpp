// Linear probing over a power-of-two table kept at most half full.
#include "datanet/NearDuplicateIndex.h"

namespace fw::datanet {

namespace {
quint64 fix(quint64 key)
{
    return key == 0 ? 1 : key;
}
} // namespace

bool NearDuplicateIndex::contains(const MinHash::BandKeys& keys) const
{
    for (quint64 k : keys)
        if (containsKey(fix(k)))
            return true;
    return false;
}

void NearDuplicateIndex::insert(const MinHash::BandKeys& keys)
{
    for (quint64 k : keys)
        insertKey(fix(k));
}

bool NearDuplicateIndex::containsKey(quint64 key) const
{
    if (m_slots.empty())
        return false;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == key)
            return true;
        if (m_slots[i] == 0)
            return false;
    }
}

void NearDuplicateIndex::insertKey(quint64 key)
{
    if (qint64(m_slots.size()) < (m_size + 1) * 2)
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == key)
            return;
        if (m_slots[i] == 0) {
            m_slots[i] = key;
            ++m_size;
            return;
        }
    }
}

void NearDuplicateIndex::grow()
{
    std::vector<quint64> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    m_size = 0;
    for (quint64 k : old)
        if (k != 0)
            insertKey(k);
}

} // namespace fw::datanet
