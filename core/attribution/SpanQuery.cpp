// Span matching and scoring over a SpanIndex; single-threaded per answer, so results never depend
// on how many answers run at once.
#include "attribution/SpanQuery.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace fw::attribution {

namespace {

// The longest prefix of ids[start..] the index holds, and where.
std::pair<int, SuffixRange> longestMatch(const SpanIndex& index, const std::vector<int32_t>& ids,
                                         int start)
{
    SuffixRange range = index.all();
    int length = 0;
    for (size_t k = size_t(start); k < ids.size(); ++k) {
        if (ids[k] < 0 || ids[k] >= index.sentinel())
            break;
        const SuffixRange next = index.narrow(range, length, ids[k]);
        if (next.empty())
            break;
        range = next;
        ++length;
    }
    return {length, range};
}

double surprisal(const SpanIndex& index, const std::vector<int32_t>& ids, int begin, int end)
{
    const double total = double(std::max<int64_t>(index.tokenCount(), 1));
    double s = 0;
    for (int i = begin; i < end; ++i)
        s -= std::log(double(std::max<int64_t>(index.unigramCount(ids[size_t(i)]), 1)) / total);
    return s;
}

} // namespace

std::vector<SpanMatch> maximalSpans(const SpanIndex& index, const std::vector<int32_t>& ids,
                                    int minSpan)
{
    std::vector<SpanMatch> out;
    int previous = 0; // the longest match at i - 1
    for (int i = 0; i < int(ids.size()); ++i) {
        const auto [length, range] = longestMatch(index, ids, i);
        // [i, i + length) lies inside [i - 1, i - 1 + previous) unless it ends later.
        if (length >= std::max(minSpan, 1) && (i == 0 || length >= previous))
            out.push_back({i, i + length, range, surprisal(index, ids, i, i + length)});
        previous = length;
    }
    return out;
}

std::vector<SpanMatch> selectSpans(std::vector<SpanMatch> spans, const SpanOptions& options,
                                   int answerLength)
{
    spans.erase(
        std::remove_if(spans.begin(), spans.end(),
                       [&](const SpanMatch& s) { return s.occurrences.size() > options.maxCount; }),
        spans.end());
    const size_t keep = options.maxSpans > 0
                            ? size_t(options.maxSpans)
                            : size_t(std::max(8, int(std::ceil(0.05 * double(answerLength)))));
    if (spans.size() > keep) {
        std::stable_sort(spans.begin(), spans.end(), [](const SpanMatch& a, const SpanMatch& b) {
            return a.surprisal > b.surprisal;
        });
        spans.resize(keep);
        std::sort(spans.begin(), spans.end(),
                  [](const SpanMatch& a, const SpanMatch& b) { return a.begin < b.begin; });
    }
    return spans;
}

std::vector<RecordScore> scoreRecords(const SpanIndex& index, const std::vector<SpanMatch>& spans)
{
    std::map<int64_t, RecordScore> byRecord; // ordered: sums run in the same order every time
    for (const SpanMatch& span : spans) {
        std::vector<int64_t> positions;
        for (int64_t r = span.occurrences.begin; r < span.occurrences.end; ++r)
            positions.push_back(index.suffixAt(r));
        std::sort(positions.begin(), positions.end());
        // The first occurrence in each record stands for the record.
        std::vector<std::pair<int64_t, int64_t>> holders; // (record, position)
        for (int64_t p : positions) {
            const int64_t record = index.recordOf(p);
            if (holders.empty() || holders.back().first != record)
                holders.emplace_back(record, p);
        }
        const double credit = span.surprisal / double(holders.size());
        for (const auto& [record, position] : holders) {
            RecordScore& score = byRecord[record];
            score.record = record;
            score.score += credit;
            const int64_t offset = position - index.recordStart(record);
            score.spans.push_back({span.begin, span.end, offset, offset + span.length()});
        }
    }
    std::vector<RecordScore> out;
    double total = 0;
    for (auto& [record, score] : byRecord) {
        total += score.score;
        out.push_back(std::move(score));
    }
    // Spans made only of the one token the index holds carry no surprisal: share evenly then.
    for (RecordScore& score : out)
        score.share = total > 0 ? score.score / total : 1.0 / double(out.size());
    std::stable_sort(out.begin(), out.end(),
                     [](const RecordScore& a, const RecordScore& b) { return a.score > b.score; });
    return out;
}

std::vector<RecordScore> attributeSpans(const SpanIndex& index, const std::vector<int32_t>& ids,
                                        const SpanOptions& options)
{
    return scoreRecords(
        index, selectSpans(maximalSpans(index, ids, options.minSpan), options, int(ids.size())));
}

} // namespace fw::attribution
