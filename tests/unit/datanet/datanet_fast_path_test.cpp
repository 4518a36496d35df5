// The import's fast path (RecordContent::fromFlatJsonLine) against the general path (Qt's JSON
// parser and RecordContent::fromJson): whenever the fast path accepts a line, both give the same
// canonical bytes and the same JSON; the common lines take it; everything unusual falls back.
#include "datanet/RecordContent.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace fw;
using namespace fw::datanet;

Q_DECLARE_METATYPE(fw::datanet::RecordKind)

namespace {

std::optional<RecordContent> generalPath(RecordKind kind, const QByteArray& line)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    Result<RecordContent> c = RecordContent::fromJson(kind, doc.object());
    if (!c)
        return std::nullopt;
    return std::move(*c);
}

// Fails the test when the fast path accepts what the general path refuses, or gives other bytes.
// Returns whether the fast path took the line.
bool agree(RecordKind kind, const QByteArray& line)
{
    const std::optional<RecordContent> fast = RecordContent::fromFlatJsonLine(kind, line);
    if (!fast)
        return false;
    const std::optional<RecordContent> general = generalPath(kind, line);
    if (!general) {
        qWarning("the fast path accepted a line the general path refuses: %s", line.constData());
        return false;
    }
    if (fast->canonical() != general->canonical() || fast->json() != general->json()
        || fast->plainText() != general->plainText()) {
        qWarning("the paths differ on %s:\n  fast    %s\n  general %s", line.constData(),
                 fast->canonical().constData(), general->canonical().constData());
        return false;
    }
    return true;
}

const char* const kKeys[] = {"instruction", "input", "output", "text", "prompt", "chosen", "rejected",
                             "extra", "Input", "in\\u0070ut"};
const char* const kPieces[] = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\r\\n",
                               "\\u0041", "\\u00e9", "\\u000b", "\\ud83d\\ude00", "\xc3\xa9", "\x7f",
                               "\t", "  ", "\x01", "\\x", "\\"};

QByteArray randomValue(QRandomGenerator& rng)
{
    const int kind = rng.bounded(40);
    if (kind == 0)
        return "null";
    if (kind == 1)
        return QByteArray::number(rng.bounded(100));
    if (kind == 2)
        return "[\"a\"]";
    QByteArray s = "\"";
    const int parts = rng.bounded(12);
    for (int i = 0; i < parts; ++i) {
        if (rng.bounded(6) == 0) {
            s += kPieces[rng.bounded(int(std::size(kPieces)))];
        } else {
            const int n = 1 + rng.bounded(8);
            for (int k = 0; k < n; ++k) {
                char c = char(0x20 + rng.bounded(0x5f)); // printable ASCII
                if (c == '"' || c == '\\')
                    c = ' ';
                s += c;
            }
        }
    }
    if (rng.bounded(50) != 0)
        s += '"';
    return s;
}

QByteArray space(QRandomGenerator& rng)
{
    static const char* const spaces[] = {"", "", "", " ", "\t", " \r ", "\n"};
    return spaces[rng.bounded(int(std::size(spaces)))];
}

QByteArray randomLine(QRandomGenerator& rng, RecordKind kind)
{
    // Mostly the kind's own keys, so many lines are valid records.
    QList<QByteArray> keys;
    switch (kind) {
    case RecordKind::Instruction: keys = {"instruction", "input", "output"}; break;
    case RecordKind::Text: keys = {"text"}; break;
    case RecordKind::Preference: keys = {"prompt", "chosen", "rejected"}; break;
    case RecordKind::Chat: keys = {"messages"}; break;
    }
    QList<QByteArray> chosen;
    for (const QByteArray& k : keys)
        if (rng.bounded(8) != 0)
            chosen << k;
    if (rng.bounded(6) == 0)
        chosen << kKeys[rng.bounded(int(std::size(kKeys)))];
    std::shuffle(chosen.begin(), chosen.end(), rng);
    QByteArray line = space(rng) + "{";
    for (int i = 0; i < chosen.size(); ++i) {
        if (i > 0)
            line += space(rng) + ",";
        line += space(rng) + "\"" + chosen[i] + "\"" + space(rng) + ":" + space(rng) + randomValue(rng);
    }
    line += space(rng) + (rng.bounded(40) == 0 ? "," : "") + "}" + space(rng);
    if (rng.bounded(60) == 0)
        line += "x";
    return line;
}

} // namespace

class FastPathTest : public QObject
{
    Q_OBJECT

private slots:
    void commonLinesTakeTheFastPath_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<QByteArray>("line");
        const RecordKind i = RecordKind::Instruction;
        QTest::newRow("alpaca") << i
                                << QByteArray("{\"instruction\":\"Explain item 7: river engine\","
                                              "\"input\":\"context 217\",\"output\":\"Item 7 is...\"}");
        QTest::newRow("no input") << i << QByteArray("{\"instruction\": \"a\", \"output\": \"b\"}");
        QTest::newRow("keys in any order")
            << i << QByteArray("{\"output\":\"b\",\"input\":\"\",\"instruction\":\"a\"}");
        QTest::newRow("escapes") << i
                                 << QByteArray("{\"instruction\":\"say \\\"hi\\\"\\n\\tthen \\\\ and \\/\","
                                               "\"output\":\"\\b\\f done\"}");
        QTest::newRow("CRLF and CR") << i
                                     << QByteArray("{\"instruction\":\"a\\r\\nb\\rc\",\"output\":\"d\\r\\r\\ne\"}");
        QTest::newRow("trimmed") << i
                                 << QByteArray("  {\"instruction\":\" \\t a \\n\",\"output\":\"\\f b\\r\"} ");
        QTest::newRow("DEL") << i << QByteArray("{\"instruction\":\"a\x7f\",\"output\":\"b\"}");
        QTest::newRow("text") << RecordKind::Text << QByteArray("{\"text\":\"Hello, world.\"}");
        QTest::newRow("preference")
            << RecordKind::Preference
            << QByteArray("{\"prompt\":\"p\",\"chosen\":\"good\",\"rejected\":\"bad\"}");
    }
    void commonLinesTakeTheFastPath()
    {
        QFETCH(RecordKind, kind);
        QFETCH(QByteArray, line);
        QVERIFY(generalPath(kind, line).has_value());
        QVERIFY2(agree(kind, line), line.constData());
    }

    void unusualLinesTakeTheGeneralPath_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<QByteArray>("line");
        const RecordKind i = RecordKind::Instruction;
        QTest::newRow("unicode escape") << i << QByteArray("{\"instruction\":\"\\u0041\",\"output\":\"b\"}");
        QTest::newRow("non-ASCII") << i << QByteArray("{\"instruction\":\"caf\xc3\xa9\",\"output\":\"b\"}");
        QTest::newRow("repeated key")
            << i << QByteArray("{\"instruction\":\"a\",\"output\":\"b\",\"output\":\"c\"}");
        QTest::newRow("unknown key") << i << QByteArray("{\"instruction\":\"a\",\"output\":\"b\",\"x\":\"c\"}");
        QTest::newRow("number") << i << QByteArray("{\"instruction\":\"a\",\"output\":3}");
        QTest::newRow("null input") << i << QByteArray("{\"instruction\":\"a\",\"input\":null,\"output\":\"b\"}");
        QTest::newRow("missing output") << i << QByteArray("{\"instruction\":\"a\"}");
        QTest::newRow("blank output") << i << QByteArray("{\"instruction\":\"a\",\"output\":\" \\n \"}");
        QTest::newRow("trailing comma") << i << QByteArray("{\"instruction\":\"a\",\"output\":\"b\",}");
        QTest::newRow("garbage after") << i << QByteArray("{\"instruction\":\"a\",\"output\":\"b\"} x");
        QTest::newRow("raw tab") << i << QByteArray("{\"instruction\":\"a\tb\",\"output\":\"b\"}");
        QTest::newRow("unclosed") << i << QByteArray("{\"instruction\":\"a\",\"output\":\"b");
        QTest::newRow("same answers") << RecordKind::Preference
                                      << QByteArray("{\"prompt\":\"p\",\"chosen\":\"x\",\"rejected\":\" x\"}");
        QTest::newRow("chat") << RecordKind::Chat
                              << QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"a\"}]}");
    }
    void unusualLinesTakeTheGeneralPath()
    {
        QFETCH(RecordKind, kind);
        QFETCH(QByteArray, line);
        QVERIFY(!RecordContent::fromFlatJsonLine(kind, line).has_value());
    }

    // Random lines near the valid ones: the paths never disagree, and many take the fast path.
    void randomLinesAgree()
    {
        QRandomGenerator rng(20261203);
        int fast = 0;
        int total = 0;
        for (RecordKind kind : {RecordKind::Instruction, RecordKind::Text, RecordKind::Preference,
                                RecordKind::Chat}) {
            for (int n = 0; n < 20000; ++n) {
                const QByteArray line = randomLine(rng, kind);
                const bool took = agree(kind, line);
                // agree() warns and returns false on a disagreement: fail on the first one.
                if (!took && RecordContent::fromFlatJsonLine(kind, line))
                    QFAIL(line.constData());
                fast += took ? 1 : 0;
                ++total;
            }
        }
        qInfo("%d of %d random lines took the fast path", fast, total);
        QVERIFY(fast > total / 10);
    }
};

QTEST_GUILESS_MAIN(FastPathTest)
#include "datanet_fast_path_test.moc"
