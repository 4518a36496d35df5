// Fuzz target: safetensors header parsing; anything accepted must tile the data section exactly.
#include "ml/SafetensorsHeader.h"

#include <cstdint>

namespace {
// What every caller relies on once parse() succeeds: tensors in bounds, back to back, sized by
// shape.
bool consistent(const fw::ml::SafetensorsHeader& h, uint64_t fileSize)
{
    if (h.dataOffset != 8 + h.headerBytes || h.dataOffset > fileSize)
        return false;
    uint64_t expected = 0;
    for (const fw::ml::SafetensorsEntry& e : h.entries) {
        uint64_t elements = 1;
        for (int64_t d : e.shape) {
            if (d < 0 || __builtin_mul_overflow(elements, uint64_t(d), &elements))
                return false;
        }
        uint64_t bytes = 0;
        if (__builtin_mul_overflow(elements, uint64_t(fw::ml::dtypeSize(e.dtype)), &bytes))
            return false;
        if (e.begin != expected || e.end < e.begin || e.end - e.begin != bytes)
            return false;
        expected = e.end;
    }
    return expected == fileSize - h.dataOffset;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char*>(data), qsizetype(size));
    const uint64_t prefix = fw::ml::SafetensorsHeader::requiredPrefix(file.left(8));
    auto header = fw::ml::SafetensorsHeader::parse(file, uint64_t(size));
    if (header.ok() && (prefix != header->dataOffset || !consistent(*header, uint64_t(size))))
        __builtin_trap(); // accepted a header that does not describe the file
    // Callers read the header alone first (ModelImport): a cut at the prefix must parse the same.
    if (header.ok() && prefix <= uint64_t(size)) {
        auto head = fw::ml::SafetensorsHeader::parse(file.left(qsizetype(prefix)), uint64_t(size));
        if (!head.ok() || head->entries.size() != header->entries.size())
            __builtin_trap();
    }
    return 0;
}
