// The import's fast path: a flat JSON object of printable-ASCII strings goes straight to its
// canonical bytes, without Qt's JSON parser building a document, fromJson() copying it and the
// writer printing it back (together most of an import's reading thread). Whatever the fast path
// does not recognise goes to the general path, so this file only has to be right about what it
// accepts: tests/unit/datanet/datanet_fast_path_test.cpp and fuzz_flat_record compare the two
// paths byte for byte.
#include "datanet/RecordContent.h"

namespace fw::datanet {

namespace {

struct Field
{
    QLatin1String name;
    bool required;
};

// Each kind's fields in canonical order (QJsonObject keeps its keys sorted).
constexpr Field kInstruction[] = {{QLatin1String("input"), false},
                                  {QLatin1String("instruction"), true},
                                  {QLatin1String("output"), true}};
constexpr Field kText[] = {{QLatin1String("text"), true}};
constexpr Field kPreference[] = {{QLatin1String("chosen"), true},
                                 {QLatin1String("prompt"), true},
                                 {QLatin1String("rejected"), true}};
constexpr int kMaxFields = 3;

struct Shape
{
    const Field* fields = nullptr;
    int count = 0;
    int plainOrder[kMaxFields] = {}; // fields in plainText() order
};

Shape shapeOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Instruction:
        return {kInstruction, 3, {1, 0, 2}}; // instruction, input, output
    case RecordKind::Text:
        return {kText, 1, {0}};
    case RecordKind::Preference:
        return {kPreference, 3, {1, 0, 2}}; // prompt, chosen, rejected
    case RecordKind::Chat:
        break; // nested: the general path
    }
    return {};
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// QChar::isSpace() for ASCII, which is what QString::trimmed() removes.
bool isTrimmedSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

class Cursor
{
public:
    explicit Cursor(QByteArrayView line) : m_p(line.data()), m_end(line.data() + line.size()) {}

    void skipSpace()
    {
        while (m_p < m_end && isJsonSpace(*m_p))
            ++m_p;
    }
    bool consume(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    // A string after its opening quote. Without escapes (the usual case) `text` views the line;
    // with them it views `unescaped`, where they are decoded. False for anything the fast path
    // leaves to the general one: \u escapes, bytes outside printable ASCII, an unclosed string.
    bool readString(QByteArrayView& text, QByteArray& unescaped)
    {
        const char* start = m_p;
        scanPlain();
        if (m_p < m_end && *m_p == '"') {
            text = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        unescaped.resize(0);
        unescaped.append(start, m_p - start);
        for (;;) {
            if (m_p == m_end)
                return false;
            const char c = *m_p++;
            if (c == '"') {
                text = unescaped;
                return true;
            }
            if (c != '\\' || m_p == m_end)
                return false; // a control or non-ASCII byte
            switch (*m_p++) {
            case '"': unescaped.append('"'); break;
            case '\\': unescaped.append('\\'); break;
            case '/': unescaped.append('/'); break;
            case 'b': unescaped.append('\b'); break;
            case 'f': unescaped.append('\f'); break;
            case 'n': unescaped.append('\n'); break;
            case 'r': unescaped.append('\r'); break;
            case 't': unescaped.append('\t'); break;
            default: return false; // \uXXXX, or not an escape at all
            }
            const char* run = m_p;
            scanPlain();
            unescaped.append(run, m_p - run);
        }
    }

private:
    // Past the bytes that stand for themselves: printable ASCII (and DEL) but '"' and '\\'.
    void scanPlain()
    {
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
                return;
            ++m_p;
        }
    }

    const char* m_p;
    const char* m_end;
};

// RecordContent::normaliseText() for ASCII: CRLF and CR become LF, then both ends are trimmed
// (NFC changes nothing in ASCII, and a byte order mark is not ASCII). The result views `text` or,
// when a CR had to go, `storage`.
QByteArrayView normalisedAscii(QByteArrayView text, QByteArray& storage)
{
    if (text.contains('\r')) {
        QByteArray s;
        s.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] != '\r') {
                s.append(text[i]);
                continue;
            }
            s.append('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        }
        storage = std::move(s);
        text = storage;
    }
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isTrimmedSpace(text[from]))
        ++from;
    while (to > from && isTrimmedSpace(text[to - 1]))
        --to;
    return text.sliced(from, to - from);
}

// As Qt's JSON writer escapes an ASCII string.
void appendEscaped(QByteArray& out, QByteArrayView s)
{
    static const char hex[] = "0123456789abcdef";
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        const char* run = p;
        while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        out.append(run, p - run);
        if (p == end)
            return;
        const char c = *p++;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default: {
            const char u[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            out.append(u, 6);
        }
        }
    }
}

} // namespace

std::optional<RecordContent> RecordContent::fromFlatJsonLine(RecordKind kind, QByteArrayView line)
{
    const Shape shape = shapeOf(kind);
    if (!shape.fields)
        return std::nullopt;
    QByteArrayView values[kMaxFields];
    QByteArray storage[kMaxFields]; // for values with escapes or CRs only
    bool seen[kMaxFields] = {};
    Cursor in(line);
    if (!in.consume('{'))
        return std::nullopt;
    QByteArray keyStorage;
    for (bool first = true;; first = false) {
        if (!first && !in.consume(','))
            break;
        QByteArrayView key;
        if (!in.consume('"') || !in.readString(key, keyStorage))
            return std::nullopt;
        int field = 0;
        while (field < shape.count
               && QByteArrayView(shape.fields[field].name.data(), shape.fields[field].name.size()) != key)
            ++field;
        if (field == shape.count || seen[field]) // unknown or repeated: the general path words it
            return std::nullopt;
        QByteArrayView raw;
        if (!in.consume(':') || !in.consume('"') || !in.readString(raw, storage[field]))
            return std::nullopt;
        values[field] = normalisedAscii(raw, storage[field]);
        seen[field] = true;
    }
    if (!in.consume('}') || !in.atEnd())
        return std::nullopt;

    qsizetype bytes = 2;
    for (int i = 0; i < shape.count; ++i) {
        if (shape.fields[i].required && values[i].isEmpty())
            return std::nullopt; // missing or empty: refused, with its reason, by the general path
        bytes += shape.fields[i].name.size() + values[i].size() + 8;
    }
    if (kind == RecordKind::Preference && values[0] == values[2])
        return std::nullopt; // chosen == rejected
    QByteArray canonical;
    canonical.reserve(bytes);
    canonical.append('{');
    for (int i = 0; i < shape.count; ++i) {
        if (i > 0)
            canonical.append(',');
        canonical.append('"').append(shape.fields[i].name.data(), shape.fields[i].name.size());
        canonical.append("\":\"", 3);
        appendEscaped(canonical, values[i]);
        canonical.append('"');
    }
    canonical.append('}');
    // plainText() as RecordContent builds it: the non-empty fields joined by newlines.
    QByteArray plain;
    plain.reserve(bytes);
    for (int i = 0; i < shape.count; ++i) {
        const QByteArrayView v = values[shape.plainOrder[i]];
        if (v.isEmpty())
            continue;
        if (!plain.isEmpty())
            plain.append('\n');
        plain.append(v.data(), v.size());
    }
    // No QJsonObject: json() parses canonical() if ever asked. An import never asks, and building
    // the object was a dozen allocations per record, freed later on another thread.
    RecordContent content(kind, QJsonObject(), std::move(canonical));
    content.m_plainTextUtf8 = std::move(plain); // ASCII: the same bytes in UTF-8
    return content;
}

} // namespace fw::datanet
