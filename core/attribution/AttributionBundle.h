// A model's attribution index as one file, so a deploy package can carry it and a node can
// attribute its answers without the datanets. Layout (integers big-endian):
//   "FWAB" | u32 format version | three parts, each u64 length + bytes:
//   the lineage (JSON), the indexed records (AttributionIndex::recordsBytes), the span index
//   (SpanIndex::serialise, which checks itself with BLAKE2b).
#pragma once

#include "attribution/AttributionIndex.h"

#include <QCoreApplication>

namespace fw::attribution {

struct AttributionBundle
{
    static constexpr quint32 kFormatVersion = 1;
    // The name of the bundle inside a deploy package's files.
    static constexpr const char* kPackageFileName = "attribution.fwab";

    static QByteArray encode(const AttributionIndex& index);
    // Strict: Corrupt names the part that is wrong, Unsupported a newer format version; the
    // records must match the span index one for one.
    static Result<AttributionIndex> decode(const QByteArray& bytes);

    Q_DECLARE_TR_FUNCTIONS(fw::attribution::AttributionBundle)
};

} // namespace fw::attribution
