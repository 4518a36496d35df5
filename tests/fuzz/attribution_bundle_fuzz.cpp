// Fuzz target: the attribution bundle a deploy package carries to a node (AttributionBundle).
#include "attribution/AttributionBundle.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto index = fw::attribution::AttributionBundle::decode(bytes);
    if (!index.ok())
        return 0;
    // What decode accepts is what the node indexes into: every record in range of the sources
    // and of the span index, and a re-encoded bundle decodes the same.
    if (qint64(index->records.size()) != index->spans.recordCount())
        __builtin_trap();
    for (const auto& r : index->records)
        if (r.source < 0 || r.source >= index->lineage.sources.size())
            __builtin_trap();
    const auto again = fw::attribution::AttributionBundle::decode(
        fw::attribution::AttributionBundle::encode(*index));
    if (!again.ok() || again->records.size() != index->records.size())
        __builtin_trap();
    return 0;
}
