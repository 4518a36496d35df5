// Strict parser of a safetensors header: every size, offset, dtype and shape checked before use.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>
#include <QCoreApplication>

namespace fw::ml {

enum class StDtype { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

struct SafetensorsEntry
{
    std::string name;
    StDtype dtype = StDtype::F32;
    std::vector<int64_t> shape;
    uint64_t begin = 0; // byte offsets relative to the start of the data section
    uint64_t end = 0;
};

struct SafetensorsHeader
{
    // The spec's limit, also what HF's reference implementation enforces.
    static constexpr uint64_t kMaxHeaderBytes = 100u * 1024u * 1024u;

    uint64_t headerBytes = 0; // N of the 8-byte little-endian prefix
    uint64_t dataOffset = 0;  // 8 + N: where tensor data starts in the file
    std::vector<SafetensorsEntry> entries; // in file order (sorted by offset)
    QMap<QString, QString> metadata;       // "__metadata__"

    // `head` holds at least the first min(fileSize, 8 + N) bytes of the file.
    static Result<SafetensorsHeader> parse(const QByteArray& head, uint64_t fileSize);
    // Bytes needed before parse() can succeed: 8 + N, read from the prefix (0 if too short).
    static uint64_t requiredPrefix(const QByteArray& first8);

    const SafetensorsEntry* find(const std::string& name) const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::ml::SafetensorsHeader)
};

int dtypeSize(StDtype dtype);
QString dtypeName(StDtype dtype);
bool dtypeFromName(const QString& name, StDtype& out);

} // namespace fw::ml
