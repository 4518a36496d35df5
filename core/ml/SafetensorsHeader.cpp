// Safetensors header validation: sizes, offsets (in bounds, contiguous, no overlap), dtype, shape.
#include "ml/SafetensorsHeader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

Error corrupt(const QString& message)
{
    return makeError(ErrorCode::Corrupt, message);
}

uint64_t readU64(const QByteArray& bytes)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | uint8_t(bytes[i]);
    return v;
}

// A JSON number that is an exact non-negative integer below 2^53 (JSON doubles are exact there).
bool toUint(const QJsonValue& v, uint64_t& out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740992.0 || d != double(uint64_t(d)))
        return false;
    out = uint64_t(d);
    return true;
}

Result<SafetensorsEntry> parseEntry(const QString& name, const QJsonValue& value)
{
    if (!value.isObject())
        return corrupt(tr("safetensors: tensor \"%1\" is not an object").arg(name));
    const QJsonObject o = value.toObject();
    SafetensorsEntry e;
    e.name = name.toStdString();
    const QString dtype = o.value(QStringLiteral("dtype")).toString();
    if (!dtypeFromName(dtype, e.dtype))
        return corrupt(tr("safetensors: tensor \"%1\" has unknown dtype \"%2\"").arg(name, dtype));
    if (!o.value(QStringLiteral("shape")).isArray())
        return corrupt(tr("safetensors: tensor \"%1\" has no shape").arg(name));
    uint64_t elements = 1;
    for (const QJsonValue& d : o.value(QStringLiteral("shape")).toArray()) {
        uint64_t dim = 0;
        if (!toUint(d, dim))
            return corrupt(tr("safetensors: tensor \"%1\" has an invalid dimension").arg(name));
        if (dim != 0 && elements > std::numeric_limits<uint64_t>::max() / 64 / dim)
            return corrupt(tr("safetensors: tensor \"%1\" is impossibly large").arg(name));
        elements *= dim;
        e.shape.push_back(int64_t(dim));
    }
    const QJsonArray offsets = o.value(QStringLiteral("data_offsets")).toArray();
    if (offsets.size() != 2 || !toUint(offsets[0], e.begin) || !toUint(offsets[1], e.end) || e.end < e.begin)
        return corrupt(tr("safetensors: tensor \"%1\" has invalid data_offsets").arg(name));
    if (e.end - e.begin != elements * uint64_t(dtypeSize(e.dtype)))
        return corrupt(tr("safetensors: tensor \"%1\" occupies %2 bytes but its shape and dtype need %3")
                           .arg(name)
                           .arg(e.end - e.begin)
                           .arg(elements * uint64_t(dtypeSize(e.dtype))));
    return e;
}

} // namespace

uint64_t SafetensorsHeader::requiredPrefix(const QByteArray& first8)
{
    if (first8.size() < 8)
        return 0;
    const uint64_t n = readU64(first8);
    return n > kMaxHeaderBytes ? 0 : 8 + n;
}

Result<SafetensorsHeader> SafetensorsHeader::parse(const QByteArray& head, uint64_t fileSize)
{
    if (fileSize < 8 || head.size() < 8)
        return corrupt(tr("safetensors: file is too short (%1 bytes) to hold a header").arg(fileSize));
    SafetensorsHeader h;
    h.headerBytes = readU64(head);
    if (h.headerBytes > kMaxHeaderBytes)
        return corrupt(tr("safetensors: header of %1 bytes exceeds the %2-byte limit")
                           .arg(h.headerBytes)
                           .arg(kMaxHeaderBytes));
    h.dataOffset = 8 + h.headerBytes;
    if (h.dataOffset > fileSize || uint64_t(head.size()) < h.dataOffset)
        return corrupt(tr("safetensors: header claims %1 bytes but the file is truncated at %2")
                           .arg(h.headerBytes)
                           .arg(fileSize));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(head.mid(8, int(h.headerBytes)), &parseError);
    if (!doc.isObject())
        return corrupt(tr("safetensors: header is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    return corrupt(tr("safetensors: metadata value \"%1\" is not a string").arg(m.key()));
                h.metadata.insert(m.key(), m.value().toString());
            }
            continue;
        }
        auto entry = parseEntry(it.key(), it.value());
        if (!entry)
            return entry.error();
        h.entries.push_back(std::move(*entry));
    }
    // The data section must be tiled exactly: no overlap, no gap, nothing past the end.
    std::sort(h.entries.begin(), h.entries.end(),
              [](const SafetensorsEntry& a, const SafetensorsEntry& b) { return a.begin < b.begin || (a.begin == b.begin && a.end < b.end); });
    const uint64_t dataBytes = fileSize - h.dataOffset;
    uint64_t expected = 0;
    for (const SafetensorsEntry& e : h.entries) {
        if (e.begin < expected)
            return corrupt(tr("safetensors: tensor \"%1\" overlaps the previous tensor").arg(QString::fromStdString(e.name)));
        if (e.begin > expected)
            return corrupt(tr("safetensors: gap before tensor \"%1\" at byte %2").arg(QString::fromStdString(e.name)).arg(expected));
        if (e.end > dataBytes)
            return corrupt(tr("safetensors: tensor \"%1\" ends at byte %2, past the end of the data (%3 bytes); "
                              "the file is truncated")
                               .arg(QString::fromStdString(e.name))
                               .arg(e.end)
                               .arg(dataBytes));
        expected = e.end;
    }
    if (expected != dataBytes)
        return corrupt(tr("safetensors: %1 trailing bytes after the last tensor").arg(dataBytes - expected));
    return h;
}

const SafetensorsEntry* SafetensorsHeader::find(const std::string& name) const
{
    for (const SafetensorsEntry& e : entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

int dtypeSize(StDtype dtype)
{
    switch (dtype) {
    case StDtype::F64: case StDtype::I64: return 8;
    case StDtype::F32: case StDtype::I32: return 4;
    case StDtype::F16: case StDtype::BF16: case StDtype::I16: return 2;
    case StDtype::I8: case StDtype::U8: case StDtype::Bool: return 1;
    }
    return 1;
}

QString dtypeName(StDtype dtype)
{
    switch (dtype) {
    case StDtype::F64: return QStringLiteral("F64");
    case StDtype::F32: return QStringLiteral("F32");
    case StDtype::F16: return QStringLiteral("F16");
    case StDtype::BF16: return QStringLiteral("BF16");
    case StDtype::I64: return QStringLiteral("I64");
    case StDtype::I32: return QStringLiteral("I32");
    case StDtype::I16: return QStringLiteral("I16");
    case StDtype::I8: return QStringLiteral("I8");
    case StDtype::U8: return QStringLiteral("U8");
    case StDtype::Bool: return QStringLiteral("BOOL");
    }
    return QString();
}

bool dtypeFromName(const QString& name, StDtype& out)
{
    static constexpr StDtype all[] = {StDtype::F64, StDtype::F32, StDtype::F16, StDtype::BF16, StDtype::I64,
                                      StDtype::I32, StDtype::I16, StDtype::I8,  StDtype::U8,   StDtype::Bool};
    for (StDtype d : all) {
        if (dtypeName(d) == name) {
            out = d;
            return true;
        }
    }
    return false;
}

} // namespace fw::ml
