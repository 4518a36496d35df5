// SentencePiece BPE as libsentencepiece runs it: normalise, split characters (user symbols whole),
// merge the best-scoring adjacent pair (leftmost on ties) until none is in the vocabulary,
// fall back to <0xXX> byte pieces or <unk>.
#include "ml/SentencePieceTokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <optional>
#include <queue>

namespace fw::ml {

namespace {


const QChar kSpace(0x2581); // "▁", SentencePiece's visible space

// A bounds-checked reader of protobuf's wire format: varints and length-delimited fields.
class Wire
{
public:
    Wire(const char* data, qsizetype size) : m_p(data), m_end(data + size) {}
    bool atEnd() const { return m_p >= m_end; }
    bool ok() const { return m_ok; }

    uint64_t varint()
    {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                return fail();
            const uint8_t b = uint8_t(*m_p++);
            v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        return fail();
    }
    QByteArray bytes()
    {
        const uint64_t n = varint();
        if (!m_ok || n > uint64_t(m_end - m_p))
            return fail(), QByteArray();
        QByteArray out(m_p, qsizetype(n));
        m_p += n;
        return out;
    }
    float fixed32()
    {
        if (m_end - m_p < 4)
            return float(fail());
        float f;
        std::memcpy(&f, m_p, 4); // little-endian, as protobuf writes it
        m_p += 4;
        return f;
    }
    void skip(int wireType)
    {
        switch (wireType) {
        case 0: varint(); break;
        case 1: m_p = m_end - m_p >= 8 ? m_p + 8 : (fail(), m_end); break;
        case 2: bytes(); break;
        case 5: fixed32(); break;
        default: fail();
        }
    }

private:
    uint64_t fail()
    {
        m_ok = false;
        m_p = m_end;
        return 0;
    }
    const char* m_p;
    const char* m_end;
    bool m_ok = true;
};

} // namespace

Result<std::shared_ptr<SentencePieceTokenizer>> SentencePieceTokenizer::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return fromSerialized(file.readAll());
}

Result<std::shared_ptr<SentencePieceTokenizer>> SentencePieceTokenizer::fromSerialized(const QByteArray& model)
{
    auto t = std::shared_ptr<SentencePieceTokenizer>(new SentencePieceTokenizer());
    if (Status s = t->parse(model); !s)
        return s.error();
    return t;
}

Status SentencePieceTokenizer::parse(const QByteArray& bytes)
{
    auto corrupt = [](const QString& m) { return Status(makeError(ErrorCode::Corrupt, m)); };
    int modelType = 1; // TrainerSpec default: UNIGRAM
    int bos = -1, eos = -1;
    bool sawBos = false, sawEos = false;
    QString normalizerName;
    Wire root(bytes.constData(), bytes.size());
    while (!root.atEnd() && root.ok()) {
        const uint64_t tag = root.varint();
        const int field = int(tag >> 3), wire = int(tag & 7);
        if (wire != 2) {
            root.skip(wire);
            continue;
        }
        const QByteArray sub = root.bytes();
        Wire w(sub.constData(), sub.size());
        if (field == 1) { // SentencePiece { piece = 1; score = 2; type = 3; }
            Piece piece;
            while (!w.atEnd() && w.ok()) {
                const uint64_t t = w.varint();
                if ((t >> 3) == 1 && (t & 7) == 2)
                    piece.text = QString::fromUtf8(w.bytes());
                else if ((t >> 3) == 2 && (t & 7) == 5)
                    piece.score = w.fixed32();
                else if ((t >> 3) == 3 && (t & 7) == 0)
                    piece.type = PieceType(w.varint());
                else
                    w.skip(int(t & 7));
            }
            if (m_pieces.size() > size_t(kMaxTokenId))
                return corrupt(tr("tokenizer.model: more than %1 pieces").arg(kMaxTokenId + 1));
            // libsentencepiece refuses empty pieces too: one matches everywhere and never advances.
            if (w.ok() && piece.text.isEmpty())
                return corrupt(tr("tokenizer.model: piece %1 is empty").arg(m_pieces.size()));
            m_pieces.push_back(piece);
        } else if (field == 2) { // TrainerSpec: model_type 3, byte_fallback 35, unk/bos/eos ids 40/41/42
            while (!w.atEnd() && w.ok()) {
                const uint64_t t = w.varint();
                if ((t & 7) != 0) {
                    w.skip(int(t & 7));
                    continue;
                }
                const int64_t v = int64_t(w.varint());
                switch (t >> 3) {
                case 3: modelType = int(v); break;
                case 35: m_byteFallback = v != 0; break;
                case 40: m_unkId = int(v); break;
                case 41: bos = int(int32_t(v)), sawBos = true; break;
                case 42: eos = int(int32_t(v)), sawEos = true; break;
                default: break;
                }
            }
        } else if (field == 3) { // NormalizerSpec: name 1, add_dummy_prefix 3, remove_extra_ws 4, escape_ws 5
            while (!w.atEnd() && w.ok()) {
                const uint64_t t = w.varint();
                if ((t >> 3) == 1 && (t & 7) == 2)
                    normalizerName = QString::fromUtf8(w.bytes());
                else if ((t & 7) == 0 && (t >> 3) >= 3 && (t >> 3) <= 5) {
                    const bool v = w.varint() != 0;
                    ((t >> 3) == 3 ? m_addDummyPrefix : (t >> 3) == 4 ? m_removeExtraWhitespaces : m_escapeWhitespaces) = v;
                } else
                    w.skip(int(t & 7));
            }
        }
        if (!w.ok())
            return corrupt(tr("tokenizer.model: a malformed protobuf field"));
    }
    if (!root.ok() || m_pieces.empty())
        return corrupt(tr("tokenizer.model is not a SentencePiece model"));
    if (modelType != 2)
        return makeError(ErrorCode::Unsupported, tr("tokenizer.model: only BPE SentencePiece models are supported"));
    // nmt_nfkc and friends are approximated by Unicode NFKC; Llama-family models use "identity".
    m_nfkc = !normalizerName.isEmpty() && normalizerName != QLatin1String("identity");
    std::fill(std::begin(m_byteIds), std::end(m_byteIds), -1);
    for (int id = 0; id < int(m_pieces.size()); ++id) {
        const Piece& p = m_pieces[size_t(id)];
        m_ids.insert(p.text, id);
        if (p.type == PieceType::Control)
            m_control.emplace_back(p.text, id);
        if (p.type == PieceType::UserDefined)
            m_userDefined.emplace_back(p.text, id);
        if (p.type == PieceType::Byte && p.text.size() == 6 && p.text.startsWith(QLatin1String("<0x")))
            m_byteIds[p.text.mid(3, 2).toInt(nullptr, 16) & 0xff] = id;
    }
    auto longestFirst = [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); };
    std::stable_sort(m_control.begin(), m_control.end(), longestFirst);
    std::stable_sort(m_userDefined.begin(), m_userDefined.end(), longestFirst);
    if (m_unkId < 0 || m_unkId >= int(m_pieces.size()))
        return corrupt(tr("tokenizer.model: unk id out of range"));
    if (!sawBos)
        bos = 1; // TrainerSpec defaults
    if (!sawEos)
        eos = 2;
    const int n = int(m_pieces.size());
    setSpecialIds(bos < n ? bos : -1, eos < n ? eos : -1, true);
    return Status::success();
}

QString SentencePieceTokenizer::normalize(const QString& input) const
{
    QString text = m_nfkc ? input.normalized(QString::NormalizationForm_KC) : input;
    if (m_removeExtraWhitespaces)
        text = text.simplified().isEmpty() ? QString() : text.trimmed().replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral(" "));
    if (text.isEmpty())
        return text;
    if (m_addDummyPrefix)
        text.prepend(QLatin1Char(' '));
    if (m_escapeWhitespaces)
        text.replace(QLatin1Char(' '), kSpace);
    return text;
}

void SentencePieceTokenizer::encodeSegment(const QString& raw, std::vector<int>& out) const
{
    const QString text = normalize(raw);
    // Initial symbols: user-defined pieces whole, otherwise single code points.
    std::vector<QString> symbols;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype len = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        for (const auto& [piece, id] : m_userDefined)
            if (QStringView(text).mid(i).startsWith(piece)) {
                len = piece.size();
                break;
            }
        symbols.push_back(text.mid(i, len));
        i += len;
    }
    // Merge agenda: best score first, leftmost on ties; stale entries are skipped when popped.
    struct Candidate
    {
        float score;
        size_t left;
        QString merged;
        bool operator<(const Candidate& o) const { return score != o.score ? score < o.score : left > o.left; }
    };
    std::vector<size_t> prev(symbols.size()), next(symbols.size());
    std::vector<bool> alive(symbols.size(), true);
    for (size_t i = 0; i < symbols.size(); ++i) {
        prev[i] = i - 1; // wraps for i == 0; checked against size below
        next[i] = i + 1;
    }
    std::priority_queue<Candidate> agenda;
    auto push = [&](size_t l) {
        if (l >= symbols.size() || next[l] >= symbols.size())
            return;
        const QString merged = symbols[l] + symbols[next[l]];
        const int id = m_ids.value(merged, -1);
        if (id < 0)
            return;
        const PieceType type = m_pieces[size_t(id)].type;
        if (type != PieceType::Normal && type != PieceType::UserDefined)
            return;
        agenda.push({m_pieces[size_t(id)].score, l, merged});
    };
    for (size_t i = 0; i + 1 < symbols.size(); ++i)
        push(i);
    while (!agenda.empty()) {
        const Candidate c = agenda.top();
        agenda.pop();
        if (!alive[c.left] || next[c.left] >= symbols.size() || symbols[c.left] + symbols[next[c.left]] != c.merged)
            continue;
        const size_t r = next[c.left];
        symbols[c.left] = c.merged;
        alive[r] = false;
        next[c.left] = next[r];
        if (next[r] < symbols.size())
            prev[next[r]] = c.left;
        if (prev[c.left] < symbols.size())
            push(prev[c.left]);
        push(c.left);
    }
    for (size_t i = 0; i < symbols.size(); ++i) {
        if (!alive[i])
            continue;
        const int id = m_ids.value(symbols[i], -1);
        if (id >= 0 && m_pieces[size_t(id)].type != PieceType::Unused) {
            out.push_back(id);
        } else if (m_byteFallback) {
            for (uchar b : symbols[i].toUtf8())
                out.push_back(m_byteIds[b] >= 0 ? m_byteIds[b] : m_unkId);
        } else {
            out.push_back(m_unkId);
        }
    }
}

std::vector<int> SentencePieceTokenizer::encode(const QString& text, bool allowSpecial) const
{
    std::vector<int> ids;
    const auto segments = allowSpecial ? splitAddedTokens(text, m_control) : std::vector<Tokenizer::Piece>{{text, -1}};
    for (const Tokenizer::Piece& s : segments) {
        if (s.id >= 0)
            ids.push_back(s.id);
        else
            encodeSegment(s.text, ids);
    }
    return ids;
}

QString SentencePieceTokenizer::decode(const std::vector<int>& ids, bool skipSpecial) const
{
    QByteArray bytes;
    bool first = true;
    for (int id : ids) {
        if (id < 0 || id >= int(m_pieces.size()))
            continue;
        const Piece& p = m_pieces[size_t(id)];
        if (p.type == PieceType::Control) {
            if (!skipSpecial)
                bytes += p.text.toUtf8();
            continue;
        }
        if (p.type == PieceType::Byte) {
            bytes.append(char(p.text.mid(3, 2).toInt(nullptr, 16)));
            first = false;
            continue;
        }
        QString piece = p.type == PieceType::Unknown ? QStringLiteral(" \u2047 ") : p.text;
        piece.replace(kSpace, QLatin1Char(' '));
        // The dummy prefix added when encoding is not part of the text.
        if (first && m_addDummyPrefix && piece.startsWith(QLatin1Char(' ')))
            piece.remove(0, 1);
        first = false;
        bytes += piece.toUtf8();
    }
    return QString::fromUtf8(bytes);
}

QString SentencePieceTokenizer::tokenText(int id) const
{
    return id >= 0 && id < int(m_pieces.size()) ? m_pieces[size_t(id)].text : QString();
}

bool SentencePieceTokenizer::isSpecial(int id) const
{
    return id >= 0 && id < int(m_pieces.size()) && m_pieces[size_t(id)].type == PieceType::Control;
}

} // namespace fw::ml
