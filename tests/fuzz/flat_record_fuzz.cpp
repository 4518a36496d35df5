// Fuzz target: the import's fast path (RecordContent::fromFlatJsonLine) against the general path
// (Qt's JSON parser and RecordContent::fromJson). The first byte picks the record kind, the rest
// is one line. Whenever the fast path accepts a line, the general path must accept it too and
// give the same canonical bytes, JSON and plain text: a difference would give one record two
// hashes, or index other words than it holds.
#include "datanet/RecordContent.h"

#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace fw::datanet;
    if (size < 1)
        return 0;
    const RecordKind kinds[] = {RecordKind::Instruction, RecordKind::Text, RecordKind::Preference,
                                RecordKind::Chat};
    const RecordKind kind = kinds[data[0] % 4];
    const QByteArray line(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const std::optional<RecordContent> fast = RecordContent::fromFlatJsonLine(kind, line);
    if (!fast)
        return 0;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        __builtin_trap();
    const fw::Result<RecordContent> general = RecordContent::fromJson(kind, doc.object());
    if (!general.ok() || general->canonical() != fast->canonical() || general->json() != fast->json()
        || general->plainText() != fast->plainText())
        __builtin_trap();
    return 0;
}
