// Fuzz target: an attribution span index's bytes (what IndexStore reads back from the workspace),
// deserialised, then queried. Accepted bytes must be exactly what serialise() writes for the
// index they decode to, and no query on an accepted index may read out of bounds.
#include "attribution/SpanIndex.h"
#include "attribution/SpanQuery.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    fw::Result<fw::attribution::SpanIndex> index = fw::attribution::SpanIndex::deserialise(input);
    if (!index)
        return 0;
    if (index->serialise() != input)
        __builtin_trap(); // one byte form per index
    // Answers made of the index's own text (so spans match) and of ids beyond its vocabulary.
    std::vector<int32_t> answer;
    for (int64_t i = 0; i < index->size() && answer.size() < 64; ++i)
        answer.push_back(index->tokenAt(i));
    answer.push_back(index->sentinel() + 1);
    answer.push_back(-1);
    fw::attribution::SpanOptions options;
    options.minSpan = 1;
    double shares = 0;
    for (const fw::attribution::RecordScore& score :
         fw::attribution::attributeSpans(*index, answer, options)) {
        if (score.record < 0 || score.record >= index->recordCount())
            __builtin_trap();
        shares += score.share;
    }
    if (shares > 1.000001)
        __builtin_trap(); // shares never add up to more than the whole
    return 0;
}
