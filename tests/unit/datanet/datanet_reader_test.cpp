// RecordReader on hostile files: over-long lines and records are refused with their line number
// without holding them in memory, and an unclosed CSV quote stops the file at the line it opened
// on.
#include "datanet/RecordReader.h"

#include <QBuffer>
#include <QTest>

using namespace fw;
using namespace fw::datanet;

Q_DECLARE_METATYPE(fw::datanet::ImportFormat)
Q_DECLARE_METATYPE(fw::datanet::RecordKind)

namespace {

const qsizetype kLimit = RecordReader::kMaxRecordBytes;

// Every item of `contents` as "line:ok" or "line:error", with the errors' texts and fatal flags.
struct Read
{
    QStringList items;
    QStringList errors;
    bool fatal = false;
};

Read readAll(const QByteArray& contents, ImportFormat format, RecordKind kind)
{
    QBuffer buffer;
    buffer.setData(contents);
    buffer.open(QIODevice::ReadOnly);
    Read out;
    Result<std::unique_ptr<RecordReader>> reader = RecordReader::create(buffer, format, kind);
    if (!reader) {
        out.errors << reader.error().message;
        return out;
    }
    ParsedItem item;
    while ((*reader)->next(item)) {
        out.items << QStringLiteral("%1:%2").arg(item.line).arg(item.content ? "ok" : "error");
        if (!item.content)
            out.errors << item.error;
        out.fatal = out.fatal || item.fatal;
    }
    return out;
}

QByteArray textLine(const QByteArray& text)
{
    return "{\"text\":\"" + text + "\"}\n";
}

} // namespace

class DatanetReaderTest : public QObject
{
    Q_OBJECT
private slots:
    void refusesOverlongRecords_data()
    {
        QTest::addColumn<ImportFormat>("format");
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("items");
        QTest::addColumn<QString>("error");

        const QByteArray big(kLimit + 1, 'x');
        QTest::newRow("jsonl line")
            << ImportFormat::TextJsonl << RecordKind::Text
            << textLine("a") + textLine(big) + textLine("b") << "1:ok,2:error,3:ok"
            << "the line is longer than 16 MiB";
        QTest::newRow("jsonl last line, no newline")
            << ImportFormat::TextJsonl << RecordKind::Text << textLine("a") + big << "1:ok,2:error"
            << "the line is longer than 16 MiB";
        QTest::newRow("jsonl at the limit")
            << ImportFormat::TextJsonl << RecordKind::Text
            << textLine(QByteArray(kLimit - 11, 'y')) + textLine("b") << "1:ok,2:ok"
            << "";
        QTest::newRow("jsonl crlf at the limit")
            << ImportFormat::TextJsonl << RecordKind::Text
            << textLine(QByteArray(kLimit - 11, 'y')).chopped(1) + "\r\n"
            << "1:ok"
            << "";
        QTest::newRow("csv line") << ImportFormat::Csv << RecordKind::Text
                                  << "text\nshort\n" + big + "\nlast\n"
                                  << "2:ok,3:error,4:ok"
                                  << "the line is longer than 16 MiB";
        QByteArray manyLines;
        for (qsizetype i = 0; i <= kLimit / 1024; ++i)
            manyLines += QByteArray(1023, 'p') + '\n';
        QTest::newRow("paragraph")
            << ImportFormat::PlainText << RecordKind::Text << manyLines + "\nnext one\n"
            << "1:error,16387:ok"
            << "the paragraph is longer than 16 MiB";
    }
    void refusesOverlongRecords()
    {
        QFETCH(ImportFormat, format);
        QFETCH(RecordKind, kind);
        QFETCH(QByteArray, contents);
        QFETCH(QString, items);
        QFETCH(QString, error);
        const Read r = readAll(contents, format, kind);
        QCOMPARE(r.items.join(','), items);
        QCOMPARE(r.errors.join(';'), error);
        QVERIFY(!r.fatal);
    }

    void unclosedQuoteStopsAtTheLineItOpened_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("items");
        QTest::addColumn<QString>("error");

        QTest::newRow("at a row's start")
            << QByteArray("text\nfine\n\"never closed\nswallowed\nswallowed too\n")
            << "2:ok,3:error"
            << "the quoted field opened on line 3 is never closed";
        QTest::newRow("in a later line of a record")
            << QByteArray("instruction,input,output\nok,,yes\na,\"b\nc\",\"d\ne\nf\n")
            << "2:ok,3:error"
            << "the quoted field opened on line 4 is never closed";
        QByteArray runaway("text\n\"opens here\n");
        for (qsizetype i = 0; i < kLimit / 1024 + 10; ++i)
            runaway += QByteArray(1023, 'r') + '\n';
        QTest::newRow("growing past the limit")
            << runaway << "2:error"
            << "the quoted field opened on line 2 grows past 16 MiB by line 16386; is its closing "
               "quote missing?";
    }
    void unclosedQuoteStopsAtTheLineItOpened()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, items);
        QFETCH(QString, error);
        const RecordKind kind =
            contents.startsWith("text") ? RecordKind::Text : RecordKind::Instruction;
        const Read r = readAll(contents, ImportFormat::Csv, kind);
        QCOMPARE(r.items.join(','), items);
        QCOMPARE(r.errors.join(';'), error);
        QVERIFY(r.fatal);
    }
    void unclosedQuoteInTheHeader()
    {
        const Read r = readAll("\"text\nrow\n", ImportFormat::Csv, RecordKind::Text);
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.errors.join(';'),
                 QStringLiteral(
                     "CSV header, line 1: the quoted field opened on line 1 is never closed"));
    }
};

QTEST_GUILESS_MAIN(DatanetReaderTest)
#include "datanet_reader_test.moc"
