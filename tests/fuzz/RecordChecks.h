// Shared by the import fuzz targets: reads every record of a device and checks what it yields.
#pragma once

#include "datanet/RecordReader.h"

namespace fw::fuzz {

// Reads to the end; a record accepted on import must re-parse from its stored (canonical) bytes
// to the very same bytes, or a frozen version could never be verified again.
inline void readAllRecords(datanet::RecordReader& reader)
{
    datanet::ParsedItem item;
    qint64 lastLine = 0;
    while (reader.next(item)) {
        if (item.line < lastLine || item.content.has_value() == !item.error.isEmpty())
            __builtin_trap(); // lines go forward; an item is either a record or a reason
        lastLine = item.line;
        if (!item.content)
            continue;
        auto again =
            datanet::RecordContent::fromCanonical(item.content->kind(), item.content->canonical());
        if (!again.ok() || again->canonical() != item.content->canonical())
            __builtin_trap();
        (void)item.content->plainText();
    }
}

} // namespace fw::fuzz
