// Byte-level BPE as HF tokenizers runs it: normalise, split added tokens, pre-tokenise by regex,
// map bytes to printable characters, apply merges by rank, look up ids.
#include "ml/ByteLevelBpeTokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

Error unsupported(const QString& what)
{
    return makeError(ErrorCode::Unsupported, tr("tokenizer.json: %1 is not supported").arg(what));
}

// Pieces of `text` from a regex, keeping the unmatched stretches too ("Isolated" behaviour).
void splitIsolated(const QString& text, const QRegularExpression& re, std::vector<QString>& out)
{
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        if (m.capturedStart() > last)
            out.push_back(text.mid(last, m.capturedStart() - last));
        out.push_back(m.captured());
        last = m.capturedEnd();
    }
    if (last < text.size())
        out.push_back(text.mid(last));
}

// A JSON value as the file wrote it, for error messages.
QString jsonText(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// The id of `token` within [0, kMaxTokenId], or an error naming the token and the value: ids index
// a table, so a negative one would write outside it and a huge one would make it gigabytes.
Result<int> tokenIdOf(const QJsonValue& value, const QString& where, const QString& token)
{
    const double id = value.toDouble(-1);
    if (!value.isDouble() || id < 0 || id > Tokenizer::kMaxTokenId || id != double(int(id)))
        return makeError(
            ErrorCode::Corrupt,
            tr("tokenizer.json: %1 \"%2\" has the id %3; ids must be whole numbers from 0 to %4")
                .arg(where, token, jsonText(value))
                .arg(Tokenizer::kMaxTokenId));
    return int(id);
}

} // namespace

QString ByteLevelBpeTokenizer::byteToUnicode(uchar byte)
{
    // Printable Latin-1 bytes stand for themselves; the others are shifted past 255 in order.
    auto printable = [](int b) { return (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255); };
    if (printable(byte))
        return QString(QChar(byte));
    int n = 0;
    for (int b = 0; b < byte; ++b)
        if (!printable(b))
            ++n;
    return QString(QChar(256 + n));
}

QString ByteLevelBpeTokenizer::gpt2Pattern()
{
    return QStringLiteral(R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)");
}

Result<std::shared_ptr<ByteLevelBpeTokenizer>> ByteLevelBpeTokenizer::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return fromJsonBytes(file.readAll(), path);
}

Result<std::shared_ptr<ByteLevelBpeTokenizer>>
ByteLevelBpeTokenizer::fromJsonBytes(const QByteArray& json, const QString& name)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt,
                         tr("%1 is not JSON: %2").arg(name, parseError.errorString()));
    return fromJson(doc.object());
}

Status ByteLevelBpeTokenizer::readPreTokenizer(const QJsonObject& pre)
{
    const QString type = pre.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("Sequence")) {
        for (const QJsonValue& v : pre.value(QStringLiteral("pretokenizers")).toArray())
            if (Status s = readPreTokenizer(v.toObject()); !s)
                return s;
        return Status::success();
    }
    const auto options = QRegularExpression::UseUnicodePropertiesOption;
    if (type == QLatin1String("ByteLevel")) {
        m_addPrefixSpace = pre.value(QStringLiteral("add_prefix_space")).toBool(false);
        if (pre.value(QStringLiteral("use_regex")).toBool(true))
            m_splitters.push_back({SplitKind::Regex, QRegularExpression(gpt2Pattern(), options)});
        return Status::success();
    }
    if (type == QLatin1String("Split")) {
        const QString pattern = pre.value(QStringLiteral("pattern")).toObject().value(QStringLiteral("Regex")).toString();
        const QString behavior = pre.value(QStringLiteral("behavior")).toString();
        if (pattern.isEmpty() || behavior != QLatin1String("Isolated") || pre.value(QStringLiteral("invert")).toBool())
            return unsupported(tr("a Split pre-tokenizer other than an isolated regex"));
        QRegularExpression re(pattern, options);
        if (!re.isValid())
            return makeError(ErrorCode::Corrupt, tr("tokenizer.json: invalid pre-tokenizer regex: %1").arg(re.errorString()));
        m_splitters.push_back({SplitKind::Regex, re});
        return Status::success();
    }
    if (type == QLatin1String("Digits")) {
        if (pre.value(QStringLiteral("individual_digits")).toBool())
            m_splitters.push_back({SplitKind::Digits, QRegularExpression(QStringLiteral("\\p{N}"), options)});
        return Status::success();
    }
    return unsupported(tr("the pre-tokenizer \"%1\"").arg(type));
}

Result<std::shared_ptr<ByteLevelBpeTokenizer>> ByteLevelBpeTokenizer::fromJson(const QJsonObject& json)
{
    auto t = std::make_shared<ByteLevelBpeTokenizer>();
    const QJsonObject model = json.value(QStringLiteral("model")).toObject();
    if (model.value(QStringLiteral("type")).toString() != QLatin1String("BPE"))
        return unsupported(tr("a model of type \"%1\" (only BPE)").arg(model.value(QStringLiteral("type")).toString()));
    if (model.value(QStringLiteral("byte_fallback")).toBool())
        return unsupported(tr("byte-fallback BPE (use tokenizer.model)"));
    const QJsonObject pre = json.value(QStringLiteral("pre_tokenizer")).toObject();
    if (pre.isEmpty() || json.value(QStringLiteral("decoder")).toObject().value(QStringLiteral("type")).toString() != QLatin1String("ByteLevel"))
        return unsupported(tr("a BPE tokenizer that is not byte-level"));
    if (Status s = t->readPreTokenizer(pre); !s)
        return s.error();
    const QJsonValue normalizer = json.value(QStringLiteral("normalizer"));
    if (normalizer.isObject()) {
        const QString type = normalizer.toObject().value(QStringLiteral("type")).toString();
        if (type != QLatin1String("NFC"))
            return unsupported(tr("the normalizer \"%1\"").arg(type));
        t->m_nfc = true;
    }
    t->m_ignoreMerges = model.value(QStringLiteral("ignore_merges")).toBool(false);
    const QJsonObject vocab = model.value(QStringLiteral("vocab")).toObject();
    int maxId = -1;
    for (auto it = vocab.begin(); it != vocab.end(); ++it) {
        const Result<int> id = tokenIdOf(it.value(), tr("the vocabulary entry"), it.key());
        if (!id)
            return id.error();
        t->m_vocab.insert(it.key(), *id);
        maxId = std::max(maxId, *id);
    }
    const QJsonArray merges = model.value(QStringLiteral("merges")).toArray();
    for (int i = 0; i < merges.size(); ++i) {
        // Older files write "a b", newer ones ["a", "b"].
        const QJsonValue m = merges[i];
        const QJsonArray pair = m.toArray();
        const bool wellFormed = m.isArray()
                                    ? pair.size() == 2 && pair[0].isString() && pair[1].isString()
                                    : m.isString() && m.toString().count(QLatin1Char(' ')) == 1;
        if (!wellFormed)
            return makeError(
                ErrorCode::Corrupt,
                tr("tokenizer.json: merge %1 is malformed (expected \"a b\" or [\"a\", \"b\"])")
                    .arg(i));
        const QString key =
            m.isArray() ? pair[0].toString() + QLatin1Char(' ') + pair[1].toString() : m.toString();
        t->m_mergeRank.insert(key, i);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("added_tokens")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString content = a.value(QStringLiteral("content")).toString();
        if (!a.contains(QStringLiteral("id")) || content.isEmpty())
            return makeError(ErrorCode::Corrupt, tr("tokenizer.json: an added token has no id or content"));
        const Result<int> checked =
            tokenIdOf(a.value(QStringLiteral("id")), tr("the added token"), content);
        if (!checked)
            return checked.error();
        const int id = *checked;
        t->m_vocab.insert(content, id);
        t->m_addedContent.insert(id, content);
        t->m_addedAll.emplace_back(content, id);
        if (a.value(QStringLiteral("special")).toBool())
            t->m_special.insert(id);
        else
            t->m_addedPlain.emplace_back(content, id);
        maxId = std::max(maxId, id);
    }
    auto longestFirst = [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); };
    std::stable_sort(t->m_addedAll.begin(), t->m_addedAll.end(), longestFirst);
    std::stable_sort(t->m_addedPlain.begin(), t->m_addedPlain.end(), longestFirst);
    t->m_idToToken.assign(size_t(maxId + 1), QString());
    for (auto it = t->m_vocab.begin(); it != t->m_vocab.end(); ++it)
        t->m_idToToken[size_t(it.value())] = it.key();
    for (int b = 0; b < 256; ++b) {
        const QString ch = byteToUnicode(uchar(b));
        t->m_unicodeToByte.insert(ch[0], uchar(b));
        if (!t->m_vocab.contains(ch) && !t->m_ignoreMerges)
            return makeError(ErrorCode::Corrupt, tr("tokenizer.json: the vocabulary lacks byte %1").arg(b));
    }
    // A Llama-3 style post-processor puts BOS in front of every sequence.
    const QJsonObject post = json.value(QStringLiteral("post_processor")).toObject();
    QJsonArray single = post.value(QStringLiteral("single")).toArray();
    if (post.value(QStringLiteral("type")).toString() == QLatin1String("Sequence"))
        for (const QJsonValue& p : post.value(QStringLiteral("processors")).toArray())
            if (p.toObject().value(QStringLiteral("type")).toString() == QLatin1String("TemplateProcessing"))
                single = p.toObject().value(QStringLiteral("single")).toArray();
    int bos = -1;
    if (!single.isEmpty() && single.first().toObject().contains(QStringLiteral("SpecialToken")))
        bos = t->tokenId(single.first().toObject().value(QStringLiteral("SpecialToken")).toObject().value(QStringLiteral("id")).toString());
    t->setSpecialIds(bos, -1, bos >= 0);
    return t;
}

std::vector<QString> ByteLevelBpeTokenizer::preTokenize(const QString& text) const
{
    std::vector<QString> pieces{m_addPrefixSpace && !text.startsWith(QLatin1Char(' ')) ? QLatin1Char(' ') + text : text};
    for (const Splitter& s : m_splitters) {
        std::vector<QString> next;
        for (const QString& p : pieces)
            splitIsolated(p, s.regex, next);
        pieces = std::move(next);
    }
    return pieces;
}

void ByteLevelBpeTokenizer::bpe(const QString& piece, std::vector<int>& out) const
{
    QString word;
    for (uchar b : piece.toUtf8())
        word += byteToUnicode(b);
    if (m_ignoreMerges && m_vocab.contains(word)) {
        out.push_back(m_vocab.value(word));
        return;
    }
    std::vector<QString> symbols;
    for (QChar c : word)
        symbols.emplace_back(c);
    while (symbols.size() > 1) {
        int best = std::numeric_limits<int>::max();
        size_t at = 0;
        for (size_t i = 0; i + 1 < symbols.size(); ++i) {
            const int rank = m_mergeRank.value(symbols[i] + QLatin1Char(' ') + symbols[i + 1], std::numeric_limits<int>::max());
            if (rank < best) {
                best = rank;
                at = i;
            }
        }
        if (best == std::numeric_limits<int>::max())
            break;
        const QString left = symbols[at], right = symbols[at + 1];
        std::vector<QString> merged;
        for (size_t i = 0; i < symbols.size(); ++i) {
            if (i + 1 < symbols.size() && symbols[i] == left && symbols[i + 1] == right) {
                merged.push_back(left + right);
                ++i;
            } else {
                merged.push_back(symbols[i]);
            }
        }
        symbols = std::move(merged);
    }
    for (const QString& s : symbols) {
        const int id = m_vocab.value(s, -1);
        if (id >= 0)
            out.push_back(id);
    }
}

std::vector<int> ByteLevelBpeTokenizer::encode(const QString& input, bool allowSpecial) const
{
    const QString text = m_nfc ? input.normalized(QString::NormalizationForm_C) : input;
    std::vector<int> ids;
    for (const Piece& piece : splitAddedTokens(text, allowSpecial ? m_addedAll : m_addedPlain)) {
        if (piece.id >= 0) {
            ids.push_back(piece.id);
            continue;
        }
        for (const QString& word : preTokenize(piece.text))
            bpe(word, ids);
    }
    return ids;
}

QString ByteLevelBpeTokenizer::decode(const std::vector<int>& ids, bool skipSpecial) const
{
    QByteArray bytes;
    for (int id : ids) {
        if (id < 0 || size_t(id) >= m_idToToken.size())
            continue;
        if (m_addedContent.contains(id)) {
            if (!(skipSpecial && m_special.contains(id)))
                bytes += m_addedContent.value(id).toUtf8();
            continue;
        }
        for (QChar c : m_idToToken[size_t(id)])
            bytes.append(char(m_unicodeToByte.value(c, uchar('?'))));
    }
    return QString::fromUtf8(bytes);
}

QString ByteLevelBpeTokenizer::tokenText(int id) const
{
    return id >= 0 && size_t(id) < m_idToToken.size() ? m_idToToken[size_t(id)] : QString();
}

} // namespace fw::ml
