// The span index's bytes: a fixed header, record offsets, token ids and suffix array packed to the
// fewest bytes their largest value needs, then a BLAKE2b checksum of everything before it.
//
//   0  "FWSPANIX"            8  u32 format version      12 u32 token bytes (2 or 4)
//  16  u32 pointer bytes (3..5)  20 u32 sentinel        24 u64 text size N    32 u64 records R
//  40  (R + 1) record offsets, N token ids, N suffix positions, 32-byte checksum
#include "attribution/SpanIndex.h"
#include "crypto/Blake2b.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace fw::attribution {

namespace {

constexpr char kMagic[8] = {'F', 'W', 'S', 'P', 'A', 'N', 'I', 'X'};
constexpr qsizetype kHeaderBytes = 40;
constexpr qsizetype kChecksumBytes = 32;

int bytesFor(uint64_t largest)
{
    int bytes = 1;
    while (bytes < 8 && (largest >> (8 * bytes)) != 0)
        ++bytes;
    return bytes;
}

void putPacked(QByteArray& out, uint64_t value, int bytes)
{
    for (int b = 0; b < bytes; ++b)
        out.append(char((value >> (8 * b)) & 0xff));
}

uint64_t getPacked(const uchar* at, int bytes)
{
    uint64_t v = 0;
    for (int b = 0; b < bytes; ++b)
        v |= uint64_t(at[b]) << (8 * b);
    return v;
}

// The widths serialise() picks: one byte form per index, so bytes and index map one to one.
int tokenWidth(uint64_t sentinel)
{
    return sentinel < 0x10000 ? 2 : 4;
}

int pointerWidth(uint64_t textSize)
{
    return std::max(3, bytesFor(textSize));
}

Error corrupt(const QString& field, qsizetype offset, const QString& why)
{
    return makeError(ErrorCode::Corrupt,
                     SpanIndex::tr("Attribution index damaged: %1 at byte %2 %3.")
                         .arg(field)
                         .arg(offset)
                         .arg(why));
}

} // namespace

QByteArray SpanIndex::serialise() const
{
    const int tokenBytes = tokenWidth(uint64_t(m_sentinel));
    const int pointerBytes = pointerWidth(uint64_t(size()));
    QByteArray out;
    out.reserve(kHeaderBytes + qsizetype(m_recordStart.size()) * pointerBytes +
                qsizetype(size()) * (tokenBytes + pointerBytes) + kChecksumBytes);
    out.append(kMagic, sizeof kMagic);
    putPacked(out, kFormatVersion, 4);
    putPacked(out, uint64_t(tokenBytes), 4);
    putPacked(out, uint64_t(pointerBytes), 4);
    putPacked(out, uint64_t(m_sentinel), 4);
    putPacked(out, uint64_t(size()), 8);
    putPacked(out, uint64_t(recordCount()), 8);
    for (int64_t start : m_recordStart)
        putPacked(out, uint64_t(start), pointerBytes);
    for (int32_t t : m_text)
        putPacked(out, uint64_t(t), tokenBytes);
    for (int32_t p : m_sa)
        putPacked(out, uint64_t(p), pointerBytes);
    out.append(crypto::blake2b(out, int(kChecksumBytes)));
    return out;
}

Result<SpanIndex> SpanIndex::deserialise(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    if (bytes.size() < kHeaderBytes + kChecksumBytes)
        return corrupt(tr("the header"), bytes.size(),
                       tr("is cut short (%1 bytes)").arg(bytes.size()));
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0)
        return corrupt(tr("the magic"), 0, tr("is not FWSPANIX"));
    const uint64_t version = getPacked(data + 8, 4);
    if (version > kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("This attribution index has format %1; this build reads up to %2.")
                             .arg(version)
                             .arg(kFormatVersion));
    if (version == 0)
        return corrupt(tr("the format version"), 8, tr("is 0"));
    const int tokenBytes = int(getPacked(data + 12, 4));
    const int pointerBytes = int(getPacked(data + 16, 4));
    const uint64_t sentinel = getPacked(data + 20, 4);
    const uint64_t n = getPacked(data + 24, 8);
    const uint64_t records = getPacked(data + 32, 8);
    if (tokenBytes != 2 && tokenBytes != 4)
        return corrupt(tr("the token width"), 12, tr("is %1; expected 2 or 4").arg(tokenBytes));
    if (pointerBytes < 3 || pointerBytes > 4)
        return corrupt(tr("the pointer width"), 16, tr("is %1; expected 3 or 4").arg(pointerBytes));
    if (sentinel > uint64_t(INT32_MAX) || tokenBytes != tokenWidth(sentinel))
        return corrupt(tr("the sentinel"), 20,
                       tr("is %1, which does not fit the token width").arg(sentinel));
    if (n >= uint64_t(INT32_MAX) || pointerBytes != pointerWidth(n))
        return corrupt(tr("the text size"), 24,
                       tr("is %1, which does not fit the pointer width").arg(n));
    if (records > n)
        return corrupt(tr("the record count"), 32,
                       tr("is %1, more than the %2 tokens").arg(records).arg(n));
    const uint64_t expected = uint64_t(kHeaderBytes) + (records + 1) * uint64_t(pointerBytes) +
                              n * uint64_t(tokenBytes + pointerBytes) + uint64_t(kChecksumBytes);
    if (uint64_t(bytes.size()) != expected)
        return corrupt(tr("the length"), bytes.size(),
                       tr("does not match the header (%1 bytes expected)").arg(expected));
    const qsizetype body = bytes.size() - kChecksumBytes;
    if (crypto::blake2b(QByteArray::fromRawData(bytes.constData(), body), int(kChecksumBytes)) !=
        bytes.mid(body))
        return corrupt(tr("the checksum"), body, tr("does not match the contents"));

    qsizetype at = kHeaderBytes;
    std::vector<int64_t> starts(size_t(records) + 1);
    for (size_t r = 0; r < starts.size(); ++r, at += pointerBytes) {
        starts[r] = int64_t(getPacked(data + at, pointerBytes));
        const int64_t previous = r == 0 ? 0 : starts[r - 1];
        if ((r == 0 && starts[r] != 0) || starts[r] < previous || starts[r] > int64_t(n) ||
            (r + 1 == starts.size() && starts[r] != int64_t(n)))
            return corrupt(tr("record offset %1").arg(r), at, tr("is out of order or range"));
    }
    std::vector<int32_t> text(static_cast<size_t>(n));
    for (size_t i = 0; i < text.size(); ++i, at += tokenBytes) {
        const uint64_t t = getPacked(data + at, tokenBytes);
        if (t > sentinel)
            return corrupt(tr("token %1").arg(i), at, tr("is %1, above the sentinel").arg(t));
        text[i] = int32_t(t);
    }
    if (n > 0 && text.back() != int32_t(sentinel))
        return corrupt(tr("the last token"), at - tokenBytes, tr("is not the sentinel"));
    std::vector<int32_t> sa(static_cast<size_t>(n));
    std::vector<bool> seen(static_cast<size_t>(n), false);
    for (size_t i = 0; i < sa.size(); ++i, at += pointerBytes) {
        const uint64_t p = getPacked(data + at, pointerBytes);
        if (p >= n || seen[size_t(p)])
            return corrupt(tr("suffix %1").arg(i), at, tr("is out of range or repeated"));
        seen[size_t(p)] = true;
        sa[i] = int32_t(p);
    }
    return SpanIndex(std::move(text), std::move(starts), int32_t(sentinel), std::move(sa));
}

} // namespace fw::attribution
