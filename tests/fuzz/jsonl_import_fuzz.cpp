// Fuzz target: import of a JSONL (or plain text) file: format detection from its start, then every
// record through RecordReader and RecordContent, as DatanetImporter does.
#include "RecordChecks.h"
#include "datanet/ImportFormat.h"

#include <QBuffer>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace fw::datanet;
    QByteArray file(reinterpret_cast<const char*>(data), qsizetype(size));
    auto detected = detectFormat(QStringLiteral("import.jsonl"), file.left(64 * 1024));
    // Undetectable starts are imported as plain text when the user says so: fuzz that reader too.
    const ImportFormat format = detected.ok() ? *detected : ImportFormat::PlainText;
    QBuffer buffer(&file);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;
    auto reader =
        RecordReader::create(buffer, format, formatKind(format).value_or(RecordKind::Text));
    if (reader.ok())
        fw::fuzz::readAllRecords(**reader);
    return 0;
}
