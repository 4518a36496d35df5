// Fuzz target: CSV import through RecordReader with a column mapping. The first byte picks the
// record kind, the delimiter and whether columns are mapped by name; the rest is the CSV file.
#include "RecordChecks.h"

#include <QBuffer>
#include <cstdint>

namespace {
// Column names a user would map the fields of each kind to (as in the import dialog).
fw::datanet::CsvMapping mappingFor(fw::datanet::RecordKind kind)
{
    using fw::datanet::RecordKind;
    fw::datanet::CsvMapping m;
    switch (kind) {
    case RecordKind::Instruction:
        m.columns = {{QStringLiteral("instruction"), QStringLiteral("question")},
                     {QStringLiteral("output"), QStringLiteral("answer")}};
        break;
    case RecordKind::Chat:
        m.columns = {{QStringLiteral("user"), QStringLiteral("prompt")},
                     {QStringLiteral("assistant"), QStringLiteral("reply")}};
        break;
    case RecordKind::Text:
        m.columns = {{QStringLiteral("text"), QStringLiteral("body")}};
        break;
    case RecordKind::Preference:
        m.columns = {{QStringLiteral("prompt"), QStringLiteral("question")},
                     {QStringLiteral("chosen"), QStringLiteral("good")},
                     {QStringLiteral("rejected"), QStringLiteral("bad")}};
        break;
    }
    return m;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace fw::datanet;
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    const auto kind = RecordKind(selector % 4);
    CsvMapping mapping = (selector >> 2) % 2 ? mappingFor(kind) : CsvMapping{};
    mapping.delimiter = QLatin1Char(",;\t|"[(selector >> 3) % 4]);
    QByteArray file(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    QBuffer buffer(&file);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;
    auto reader = RecordReader::create(buffer, ImportFormat::Csv, kind, mapping);
    if (reader.ok())
        fw::fuzz::readAllRecords(**reader);
    return 0;
}
