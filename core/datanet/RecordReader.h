// Streams records out of an import file one at a time, in any ImportFormat, so memory stays flat
// however big the file is. Each item carries the line it started on and either content or a reason.
#pragma once

#include "common/Result.h"
#include "datanet/ImportFormat.h"
#include "datanet/RecordContent.h"

#include <QIODevice>
#include <QMap>

#include <memory>
#include <optional>

namespace fw::datanet {

// How CSV columns become record fields. Fields: instruction/input/output, text,
// prompt/chosen/rejected, and system/user/assistant for a one-exchange chat.
struct CsvMapping
{
    QMap<QString, QString> columns; // field -> column header; empty: headers named like the fields
    QChar delimiter = QLatin1Char(',');
};

struct ParsedItem
{
    qint64 line = 0;                      // 1-based line where the record starts
    std::optional<RecordContent> content; // set when the record is good
    QString error;                        // why it is not, otherwise
    bool fatal = false; // the input cannot be read past this record: an import stops here, whatever
                        // skipBad says
};

class RecordReader
{
public:
    // The device must stay open while reading. Fails at once for a bad CSV header or mapping.
    static Result<std::unique_ptr<RecordReader>> create(QIODevice& device, ImportFormat format,
                                                        RecordKind kind, const CsvMapping& csv = {});
    virtual ~RecordReader() = default;

    // false at the end of the input, and after a fatal item.
    virtual bool next(ParsedItem& item) = 0;
    qint64 bytesRead() const { return m_bytesRead; }

    // The longest line or record a reader takes: memory stays bounded whatever the file holds.
    static constexpr qsizetype kMaxRecordBytes = qsizetype(16) << 20;

protected:
    explicit RecordReader(QIODevice& device) : m_device(device) {}
    enum class LineRead { Line, TooLong, End };
    // One line without its terminator. Counts lines and bytes, drops a BOM. A line longer than
    // kMaxRecordBytes is skipped without being held in memory and reported as TooLong (line empty).
    LineRead readLine(QByteArray& line);
    qint64 lineNumber() const { return m_line; }

private:
    bool fillChunk();
    LineRead skipRestOfLine(QByteArray& line);

    QIODevice& m_device;
    // Lines are cut out of large reads: QIODevice::readLine allocates and shrinks a buffer per line,
    // which cost more than the JSON parsing in a profile of big imports.
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
};

} // namespace fw::datanet
