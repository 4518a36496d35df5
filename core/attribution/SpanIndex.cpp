// SpanIndex: building from records, and the suffix-range searches every query is made of.
#include "attribution/SpanIndex.h"

#include "attribution/SuffixArray.h"

#include <algorithm>
#include <limits>

namespace fw::attribution {

namespace {
// Below this many candidates a range is narrowed by scanning instead of two binary searches:
// long copied spans quickly reach a handful of suffixes.
constexpr int64_t kScanBelow = 8;
} // namespace

void SpanIndex::Builder::beginRecord()
{
    m_recordStart.push_back(int64_t(m_text.size()));
}

void SpanIndex::Builder::addDocument(const std::vector<int>& ids)
{
    if (m_invalid)
        return;
    if (m_recordStart.empty()) {
        m_invalid = true;
        m_why = tr("a document was added before any record was begun");
        return;
    }
    for (int id : ids) {
        if (id < 0) {
            m_invalid = true;
            m_why = tr("token id %1 is negative").arg(id);
            return;
        }
        m_text.push_back(id);
    }
    m_text.push_back(-1); // the sentinel, numbered once the largest id is known
    if (m_text.size() >= size_t(std::numeric_limits<int32_t>::max())) {
        m_invalid = true;
        m_why = tr("the records hold 2^31 tokens or more");
    }
}

Result<SpanIndex> SpanIndex::Builder::build()
{
    if (m_invalid)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Cannot build the span index: %1.").arg(m_why));
    int32_t maxId = -1;
    for (int32_t t : m_text)
        maxId = std::max(maxId, t);
    const int32_t sentinel = maxId + 1;
    for (int32_t& t : m_text)
        if (t < 0)
            t = sentinel;
    std::vector<int64_t> starts = std::move(m_recordStart);
    starts.push_back(int64_t(m_text.size()));
    std::vector<int32_t> sa = buildSuffixArray(m_text, sentinel);
    return SpanIndex(std::move(m_text), std::move(starts), sentinel, std::move(sa));
}

SpanIndex::SpanIndex(std::vector<int32_t> text, std::vector<int64_t> recordStart, int32_t sentinel,
                     std::vector<int32_t> sa)
    : m_text(std::move(text)), m_recordStart(std::move(recordStart)), m_sentinel(sentinel),
      m_sa(std::move(sa))
{
    countUnigrams();
}

void SpanIndex::countUnigrams()
{
    m_unigrams.assign(size_t(m_sentinel), 0);
    m_tokenCount = 0;
    for (int32_t t : m_text)
        if (t != m_sentinel) {
            ++m_unigrams[size_t(t)];
            ++m_tokenCount;
        }
}

int64_t SpanIndex::recordOf(int64_t position) const
{
    const auto it = std::upper_bound(m_recordStart.begin(), m_recordStart.end() - 1, position);
    return int64_t(it - m_recordStart.begin()) - 1;
}

int64_t SpanIndex::unigramCount(int32_t token) const
{
    return token >= 0 && token < m_sentinel ? m_unigrams[size_t(token)] : 0;
}

SuffixRange SpanIndex::narrow(SuffixRange range, int64_t depth, int32_t token) const
{
    const int64_t n = size();
    // The token `depth` places into suffix `rank`; -1 past the end, which sorts first.
    const auto next = [&](int64_t rank) {
        const int64_t p = int64_t(m_sa[size_t(rank)]) + depth;
        return p < n ? m_text[size_t(p)] : -1;
    };
    if (range.size() < kScanBelow) {
        int64_t b = range.begin;
        while (b < range.end && next(b) < token)
            ++b;
        int64_t e = b;
        while (e < range.end && next(e) == token)
            ++e;
        return {b, e};
    }
    int64_t lo = range.begin, hi = range.end;
    while (lo < hi) {
        const int64_t mid = lo + (hi - lo) / 2;
        if (next(mid) < token)
            lo = mid + 1;
        else
            hi = mid;
    }
    const int64_t begin = lo;
    hi = range.end;
    while (lo < hi) {
        const int64_t mid = lo + (hi - lo) / 2;
        if (next(mid) <= token)
            lo = mid + 1;
        else
            hi = mid;
    }
    return {begin, lo};
}

SuffixRange SpanIndex::find(const int32_t* ids, int64_t length) const
{
    SuffixRange range = all();
    for (int64_t k = 0; k < length && !range.empty(); ++k) {
        if (ids[k] < 0 || ids[k] >= m_sentinel)
            return {0, 0};
        range = narrow(range, k, ids[k]);
    }
    return range;
}

} // namespace fw::attribution
