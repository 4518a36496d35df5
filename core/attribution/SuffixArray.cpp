// SA-IS: sort the LMS substrings by induced sorting, name them, recurse on the names when two are
// equal, then induce the whole array from the sorted LMS suffixes.
#include "attribution/SuffixArray.h"

#include <algorithm>

namespace fw::attribution {

namespace {

// Below this size the recursion is not worth its buckets.
constexpr int32_t kNaiveBelow = 16;

std::vector<int32_t> naiveSuffixArray(const std::vector<int32_t>& s)
{
    std::vector<int32_t> sa(s.size());
    for (size_t i = 0; i < sa.size(); ++i)
        sa[i] = int32_t(i);
    std::sort(sa.begin(), sa.end(), [&s](int32_t a, int32_t b) {
        return std::lexicographical_compare(s.begin() + a, s.end(), s.begin() + b, s.end());
    });
    return sa;
}

// The working state of one level of the recursion: the text, its suffix types and bucket bounds.
class Sais
{
public:
    Sais(const std::vector<int32_t>& s, int32_t upper)
        : m_s(s), m_n(int32_t(s.size())), m_sa(s.size()), m_isS(s.size()),
          m_sumL(size_t(upper) + 2), m_sumS(size_t(upper) + 2)
    {
        // A suffix is S-type when it is smaller than the next one; the last one is L-type.
        for (int32_t i = m_n - 2; i >= 0; --i)
            m_isS[size_t(i)] = m_s[size_t(i)] == m_s[size_t(i) + 1]
                                   ? m_isS[size_t(i) + 1]
                                   : m_s[size_t(i)] < m_s[size_t(i) + 1];
        // m_sumL[c]: where the L-type suffixes of bucket c start; m_sumS[c]: where its S-types do.
        for (int32_t i = 0; i < m_n; ++i) {
            if (!m_isS[size_t(i)])
                ++m_sumS[size_t(m_s[size_t(i)])];
            else
                ++m_sumL[size_t(m_s[size_t(i)]) + 1];
        }
        for (size_t c = 0; c + 1 < m_sumS.size(); ++c) {
            m_sumS[c] += m_sumL[c];
            m_sumL[c + 1] += m_sumS[c];
        }
    }

    std::vector<int32_t> run()
    {
        std::vector<int32_t> lmsIndex(size_t(m_n) + 1, -1);
        std::vector<int32_t> lms;
        for (int32_t i = 1; i < m_n; ++i)
            if (isLms(i)) {
                lmsIndex[size_t(i)] = int32_t(lms.size());
                lms.push_back(i);
            }
        induce(lms);
        if (lms.empty())
            return std::move(m_sa);
        std::vector<int32_t> sortedLms;
        sortedLms.reserve(lms.size());
        for (int32_t v : m_sa)
            if (lmsIndex[size_t(v)] != -1)
                sortedLms.push_back(v);
        // Name each LMS substring by its rank among distinct ones; equal substrings share a name.
        const int32_t m = int32_t(lms.size());
        std::vector<int32_t> names(size_t(m), 0);
        int32_t upper = 0;
        for (int32_t i = 1; i < m; ++i) {
            if (!sameLmsSubstring(sortedLms[size_t(i) - 1], sortedLms[size_t(i)], lms, lmsIndex))
                ++upper;
            names[size_t(lmsIndex[size_t(sortedLms[size_t(i)])])] = upper;
        }
        const std::vector<int32_t> order = buildSuffixArray(names, upper);
        for (int32_t i = 0; i < m; ++i)
            sortedLms[size_t(i)] = lms[size_t(order[size_t(i)])];
        induce(sortedLms);
        return std::move(m_sa);
    }

private:
    bool isLms(int32_t i) const { return i > 0 && !m_isS[size_t(i) - 1] && m_isS[size_t(i)]; }

    bool sameLmsSubstring(int32_t l, int32_t r, const std::vector<int32_t>& lms,
                          const std::vector<int32_t>& lmsIndex) const
    {
        const int32_t m = int32_t(lms.size());
        const int32_t endL =
            lmsIndex[size_t(l)] + 1 < m ? lms[size_t(lmsIndex[size_t(l)]) + 1] : m_n;
        const int32_t endR =
            lmsIndex[size_t(r)] + 1 < m ? lms[size_t(lmsIndex[size_t(r)]) + 1] : m_n;
        if (endL - l != endR - r)
            return false;
        while (l < endL && m_s[size_t(l)] == m_s[size_t(r)]) {
            ++l;
            ++r;
        }
        return l != m_n && m_s[size_t(l)] == m_s[size_t(r)];
    }

    // Places the LMS suffixes (in the given order) at the ends of their buckets, then the L-types
    // left to right and the S-types right to left.
    void induce(const std::vector<int32_t>& lms)
    {
        std::fill(m_sa.begin(), m_sa.end(), -1);
        std::vector<int32_t> next(m_sumS);
        for (int32_t d : lms)
            if (d != m_n)
                m_sa[size_t(next[size_t(m_s[size_t(d)])]++)] = d;
        next = m_sumL;
        m_sa[size_t(next[size_t(m_s[size_t(m_n) - 1])]++)] = m_n - 1;
        for (int32_t i = 0; i < m_n; ++i) {
            const int32_t v = m_sa[size_t(i)];
            if (v >= 1 && !m_isS[size_t(v) - 1])
                m_sa[size_t(next[size_t(m_s[size_t(v) - 1])]++)] = v - 1;
        }
        next = m_sumL;
        for (int32_t i = m_n - 1; i >= 0; --i) {
            const int32_t v = m_sa[size_t(i)];
            if (v >= 1 && m_isS[size_t(v) - 1])
                m_sa[size_t(--next[size_t(m_s[size_t(v) - 1]) + 1])] = v - 1;
        }
    }

    const std::vector<int32_t>& m_s;
    int32_t m_n;
    std::vector<int32_t> m_sa;
    std::vector<uint8_t> m_isS; // bytes, not bits: read at random in every induce pass
    std::vector<int32_t> m_sumL;
    std::vector<int32_t> m_sumS;
};

} // namespace

std::vector<int32_t> buildSuffixArray(const std::vector<int32_t>& text, int32_t maxValue)
{
    if (text.size() < size_t(kNaiveBelow))
        return naiveSuffixArray(text);
    return Sais(text, maxValue).run();
}

} // namespace fw::attribution
