// Fuzz target: a kept answer's JSON (ledger_answers, read back for "why did I earn this"), then
// what the Earnings page does with it: the spans of each record, and a round trip.
#include "ledger/AnswerTrace.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto trace = fw::ledger::AnswerTrace::fromJson(json);
    if (!trace.ok())
        return 0;
    for (const fw::ledger::AnswerSpan& span : trace->spans) {
        if (span.begin < 0 || span.end <= span.begin || span.end > trace->answer.size())
            __builtin_trap(); // every parsed span lies inside the answer
        for (const QByteArray& record : span.records)
            if (record.size() != 32 || trace->spansOf(record).empty())
                __builtin_trap();
    }
    const auto again = fw::ledger::AnswerTrace::fromJson(trace->toJson());
    if (!again.ok() || again->toJson() != trace->toJson())
        __builtin_trap(); // what was read is written back unchanged
    return 0;
}
