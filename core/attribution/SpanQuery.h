// From an answer's token ids to scored records: the maximal spans of the answer found in the
// index (OLMoTrace's recipe), the rare ones kept, each record credited for the spans it holds.
#pragma once

#include "attribution/SpanIndex.h"

#include <cstdint>
#include <vector>

namespace fw::attribution {

struct SpanOptions
{
    int minSpan = 6;       // tokens; shorter matches say nothing about where an answer came from
    int64_t maxCount = 64; // a span found more often than this is common phrasing, not a source
    int maxSpans = 0;      // the most informative spans kept; 0: max(8, 5% of the answer's tokens)
};

// One span of the answer, [begin, end) in its token ids, and where the index holds it.
struct SpanMatch
{
    int begin = 0;
    int end = 0;
    SuffixRange occurrences;
    double surprisal = 0; // -sum ln p(token) under the index's unigram counts: rarity and length
    int length() const { return end - begin; }
};

// A span as it appears in one record: [recordBegin, recordEnd) counts from the record's start.
struct RecordSpan
{
    int answerBegin = 0;
    int answerEnd = 0;
    int64_t recordBegin = 0;
    int64_t recordEnd = 0;
};

struct RecordScore
{
    int64_t record = 0;
    double score = 0;
    double share = 0; // score / sum of all scores: the shares of an answer add up to 1
    std::vector<RecordSpan> spans;
};

// Every span [i, i + L) where L is the longest match starting at i, L >= minSpan, that no other
// such span contains; in answer order. Ids outside the index's vocabulary match nothing.
std::vector<SpanMatch> maximalSpans(const SpanIndex& index, const std::vector<int32_t>& ids,
                                    int minSpan);

// Drops spans above options.maxCount occurrences and keeps the options.maxSpans with the highest
// surprisal (ties: earlier first); the result is in answer order.
std::vector<SpanMatch> selectSpans(std::vector<SpanMatch> spans, const SpanOptions& options,
                                   int answerLength);

// Each span's surprisal is split evenly between the records holding it; records sorted by score,
// highest first (ties: lower record number first). Bit-identical for identical inputs.
std::vector<RecordScore> scoreRecords(const SpanIndex& index, const std::vector<SpanMatch>& spans);

// All three steps.
std::vector<RecordScore> attributeSpans(const SpanIndex& index, const std::vector<int32_t>& ids,
                                        const SpanOptions& options);

} // namespace fw::attribution
