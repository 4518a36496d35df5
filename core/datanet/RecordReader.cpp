// JSONL, CSV and plain-text readers behind RecordReader.
#include "datanet/RecordReader.h"

#include "datanet/FormatMapping.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cstring>

namespace fw::datanet {

namespace {

bool decodeUtf8(const QByteArray& bytes, QString& out)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

class JsonlReader final : public RecordReader
{
public:
    JsonlReader(QIODevice& d, ImportFormat f, RecordKind k)
        : RecordReader(d), m_format(f), m_kind(k),
          m_direct(f != ImportFormat::ShareGpt && formatKind(f).value_or(k) == k)
    {
    }

    bool next(ParsedItem& item) override
    {
        QByteArray line;
        LineRead read = LineRead::End;
        do {
            if ((read = readLine(line)) == LineRead::End)
                return false;
        } while (read == LineRead::Line && line.trimmed().isEmpty());
        item = ParsedItem{lineNumber(), std::nullopt, {}};
        if (read == LineRead::TooLong) {
            item.error = tr("the line is longer than %1 MiB").arg(kMaxRecordBytes >> 20);
            return true;
        }
        // The common line (flat, ASCII) skips Qt's JSON tree; the rest, errors included, takes it.
        if (m_direct)
            if (std::optional<RecordContent> c = RecordContent::fromFlatJsonLine(m_kind, line)) {
                item.content = std::move(*c);
                return true;
            }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError) {
            item.error = tr("invalid JSON at column %1: %2").arg(err.offset + 1).arg(err.errorString());
            return true;
        }
        if (!doc.isObject()) {
            item.error = tr("a line must hold one JSON object");
            return true;
        }
        Result<RecordContent> c = contentFromFormat(m_format, m_kind, doc.object());
        if (c)
            item.content = std::move(*c);
        else
            item.error = c.error().message;
        return true;
    }

    Q_DECLARE_TR_FUNCTIONS(fw::datanet::JsonlReader) // the context lupdate gives these strings
private:
    ImportFormat m_format;
    RecordKind m_kind;
    bool m_direct; // the line is the record's own object (no mapping such as ShareGPT's)
};

class PlainTextReader final : public RecordReader
{
public:
    PlainTextReader(QIODevice& d, RecordKind k) : RecordReader(d), m_kind(k) {}

    // One paragraph (lines up to a blank line) per record.
    bool next(ParsedItem& item) override
    {
        QByteArray paragraph;
        QByteArray line;
        qint64 start = 0;
        bool tooLong = false; // then the rest of the paragraph is only counted, not kept
        for (LineRead read; (read = readLine(line)) != LineRead::End;) {
            if (read == LineRead::Line && line.trimmed().isEmpty()) {
                if (start)
                    break;
                continue;
            }
            if (!start)
                start = lineNumber();
            tooLong = tooLong || read == LineRead::TooLong ||
                      paragraph.size() + line.size() + 1 > kMaxRecordBytes;
            if (tooLong)
                paragraph.clear();
            else
                paragraph += line + '\n';
        }
        if (!start)
            return false;
        item = ParsedItem{start, std::nullopt, {}};
        if (tooLong) {
            item.error = tr("the paragraph is longer than %1 MiB").arg(kMaxRecordBytes >> 20);
            return true;
        }
        QString text;
        if (!decodeUtf8(paragraph, text)) {
            item.error = tr("not valid UTF-8");
            return true;
        }
        Result<RecordContent> c = m_kind == RecordKind::Text
                                      ? RecordContent::fromJson(m_kind, QJsonObject{{"text", text}})
                                      : Result<RecordContent>(makeError(ErrorCode::InvalidArgument,
                                            tr("plain text files make text records, but this datanet "
                                               "takes %1 records").arg(kindName(m_kind))));
        if (c)
            item.content = std::move(*c);
        else
            item.error = c.error().message;
        return true;
    }

    Q_DECLARE_TR_FUNCTIONS(fw::datanet::PlainTextReader) // the context lupdate gives these strings
private:
    RecordKind m_kind;
};

class CsvReader final : public RecordReader
{
public:
    CsvReader(QIODevice& d, RecordKind k, CsvMapping m) : RecordReader(d), m_kind(k), m_mapping(std::move(m)) {}

    Status readHeader()
    {
        QStringList header;
        qint64 line = 0;
        QString error;
        if (!readRow(header, line, error))
            return makeError(ErrorCode::InvalidArgument, tr("the CSV file is empty"));
        if (!error.isEmpty())
            return makeError(ErrorCode::InvalidArgument, tr("CSV header, line %1: %2").arg(line).arg(error));
        QStringList fields = fieldsOf(m_kind);
        for (const QString& field : fields) {
            const QString column = m_mapping.columns.value(field, field);
            const qsizetype at = header.indexOf(column, 0);
            qsizetype found = at;
            if (found < 0)
                for (qsizetype i = 0; i < header.size(); ++i)
                    if (header[i].trimmed().compare(column, Qt::CaseInsensitive) == 0)
                        found = i;
            if (found >= 0)
                m_columnOf.insert(field, int(found));
        }
        for (auto it = m_mapping.columns.begin(); it != m_mapping.columns.end(); ++it)
            if (!m_columnOf.contains(it.key()))
                return makeError(ErrorCode::InvalidArgument,
                                 tr("the CSV header has no column \"%1\" (mapped to %2)").arg(it.value(), it.key()));
        if (m_columnOf.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("no CSV column maps to a field of %1 records (%2)")
                                 .arg(kindName(m_kind), fields.join(", ")));
        m_columns = int(header.size());
        return {};
    }

    bool next(ParsedItem& item) override
    {
        QStringList row;
        qint64 line = 0;
        QString error;
        do {
            if (m_fatal || !readRow(row, line, error))
                return false;
        } while (error.isEmpty() && row.size() == 1 && row[0].trimmed().isEmpty());
        item = ParsedItem{line, std::nullopt, error, m_fatal};
        if (!error.isEmpty())
            return true;
        if (row.size() != m_columns) {
            item.error = tr("expected %1 columns, found %2").arg(m_columns).arg(row.size());
            return true;
        }
        Result<RecordContent> c = RecordContent::fromJson(m_kind, toObject(row));
        if (c)
            item.content = std::move(*c);
        else
            item.error = c.error().message;
        return true;
    }

    Q_DECLARE_TR_FUNCTIONS(fw::datanet::CsvReader) // the context lupdate gives these strings
private:
    static QStringList fieldsOf(RecordKind kind)
    {
        switch (kind) {
        case RecordKind::Instruction:
            return {"instruction", "input", "output"};
        case RecordKind::Chat:
            return {"system", "user", "assistant"};
        case RecordKind::Text:
            return {"text"};
        case RecordKind::Preference:
            return {"prompt", "chosen", "rejected"};
        }
        return {};
    }

    QJsonObject toObject(const QStringList& row) const
    {
        QJsonObject o;
        for (auto it = m_columnOf.begin(); it != m_columnOf.end(); ++it)
            o.insert(it.key(), row.at(it.value()));
        if (m_kind != RecordKind::Chat)
            return o;
        QJsonArray messages;
        for (const char* role : {"system", "user", "assistant"})
            if (!o.value(role).toString().trimmed().isEmpty())
                messages.append(QJsonObject{{"role", role}, {"content", o.value(role)}});
        return QJsonObject{{"messages", messages}};
    }

    // RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks. A quote that
    // never closes would swallow the rest of the file into one field: that is fatal (m_fatal), not
    // a bad row.
    bool readRow(QStringList& row, qint64& startLine, QString& error)
    {
        row.clear();
        error.clear();
        QByteArray line;
        const LineRead first = readLine(line);
        if (first == LineRead::End)
            return false;
        startLine = lineNumber();
        if (first == LineRead::TooLong) {
            error = tr("the line is longer than %1 MiB").arg(kMaxRecordBytes >> 20);
            return true;
        }
        QByteArray field;
        bool quoted = false;
        bool wasQuoted = false;
        qint64 quoteLine = 0;   // where the open quoted field started
        qsizetype rowBytes = 0; // a quoted field across lines is held whole: bound it like a line
        QString text;
        for (;;) {
            for (qsizetype i = 0; i < line.size(); ++i) {
                const char c = line[i];
                if (quoted) {
                    if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        ++i;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field += c;
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = wasQuoted = true;
                    quoteLine = lineNumber();
                } else if (c == m_mapping.delimiter.toLatin1()) {
                    if (!decodeUtf8(field, text))
                        error = tr("not valid UTF-8");
                    row << text;
                    field.clear();
                    wasQuoted = false;
                } else if (c == '"') {
                    error = tr("stray quote in column %1").arg(row.size() + 1);
                    field += c;
                } else {
                    field += c;
                }
            }
            if (!quoted)
                break;
            rowBytes += line.size() + 1;
            const LineRead more = readLine(line);
            if (more == LineRead::End) {
                error = tr("the quoted field opened on line %1 is never closed").arg(quoteLine);
                m_fatal = true;
                break;
            }
            if (more == LineRead::TooLong || rowBytes + line.size() > kMaxRecordBytes) {
                error = tr("the quoted field opened on line %1 grows past %2 MiB by line %3; "
                           "is its closing quote missing?")
                            .arg(quoteLine)
                            .arg(kMaxRecordBytes >> 20)
                            .arg(lineNumber());
                m_fatal = true;
                break;
            }
            field += '\n';
        }
        if (!decodeUtf8(field, text))
            error = tr("not valid UTF-8");
        row << text;
        return true;
    }

    RecordKind m_kind;
    CsvMapping m_mapping;
    QMap<QString, int> m_columnOf;
    int m_columns = 0;
    bool m_fatal = false; // a quote never closed: nothing after it can be read as rows
};
} // namespace

bool RecordReader::fillChunk()
{
    constexpr qint64 kChunk = 1 << 20;
    m_chunk.remove(0, m_pos);
    m_pos = 0;
    // read(n) allocates n bytes first: ask for no more than a file or buffer still holds (a
    // small file no longer costs 1 MiB per read, which dominated fuzzing under ASan). A pipe
    // tells nothing: full chunks.
    const qint64 available = m_device.isSequential() ? 0 : m_device.bytesAvailable();
    const QByteArray more = m_device.read(available > 0 ? std::min(kChunk, available) : kChunk);
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_chunk += more;
    return true;
}

RecordReader::LineRead RecordReader::readLine(QByteArray& line)
{
    // Each byte is searched once: a long line grows over several chunks and only the new part is
    // scanned (searching again from the line's start was quadratic in its length).
    qsizetype scanned = 0; // bytes from m_pos known to hold no '\n'; fillChunk() moves m_pos to 0
    qsizetype end = -1;
    for (;;) {
        const qsizetype from = m_pos + scanned;
        const void* nl = from < m_chunk.size() ? std::memchr(m_chunk.constData() + from, '\n',
                                                             size_t(m_chunk.size() - from))
                                               : nullptr;
        if (nl) {
            end = static_cast<const char*>(nl) - m_chunk.constData() + 1;
            break;
        }
        scanned = m_chunk.size() - m_pos;
        if (scanned > kMaxRecordBytes + 1) // even a '\n' next, after a '\r', leaves too much
            return skipRestOfLine(line);
        if (m_eof || !fillChunk()) {
            if (m_pos >= m_chunk.size())
                return LineRead::End;
            end = m_chunk.size(); // a last line without a terminator
            break;
        }
    }
    line = m_chunk.mid(m_pos, end - m_pos);
    m_pos = end;
    m_bytesRead += line.size();
    ++m_line;
    if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() <= kMaxRecordBytes)
        return LineRead::Line;
    line.clear();
    return LineRead::TooLong;
}

RecordReader::LineRead RecordReader::skipRestOfLine(QByteArray& line)
{
    line.clear();
    ++m_line;
    for (;;) {
        const char* start = m_chunk.constData() + m_pos;
        if (const void* nl = std::memchr(start, '\n', size_t(m_chunk.size() - m_pos))) {
            const qsizetype end = static_cast<const char*>(nl) - m_chunk.constData() + 1;
            m_bytesRead += end - m_pos;
            m_pos = end;
            return LineRead::TooLong;
        }
        m_bytesRead += m_chunk.size() - m_pos;
        m_pos = m_chunk.size(); // dropped by the next fillChunk(): memory stays at one chunk
        if (m_eof || !fillChunk())
            return LineRead::TooLong;
    }
}

Result<std::unique_ptr<RecordReader>> RecordReader::create(QIODevice& device, ImportFormat format,
                                                           RecordKind kind, const CsvMapping& csv)
{
    if (format == ImportFormat::PlainText)
        return std::unique_ptr<RecordReader>(new PlainTextReader(device, kind));
    if (format != ImportFormat::Csv)
        return std::unique_ptr<RecordReader>(new JsonlReader(device, format, kind));
    auto reader = std::make_unique<CsvReader>(device, kind, csv);
    if (Status s = reader->readHeader(); !s)
        return s.error();
    return std::unique_ptr<RecordReader>(std::move(reader));
}

} // namespace fw::datanet
