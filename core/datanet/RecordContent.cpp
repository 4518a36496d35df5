// Validation and normalisation of record content per kind.
#include "datanet/RecordContent.h"

#include "crypto/Blake2b.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fw::datanet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::datanet", text);
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

// The allowed keys are two or three names: a scan over them is cheaper than building a hash set
// for every record of an import.
Status checkKeys(const QJsonObject& o, std::initializer_list<const QStringList*> allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const QStringList* names : allowed)
            known = known || names->contains(key);
        if (!known)
            return invalid(tr("unexpected field \"%1\"").arg(key));
    }
    return {};
}

// Reads a string field, normalised; empty is refused unless optional.
Result<QString> textField(const QJsonObject& o, const QString& key, bool optional = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (optional)
            return QString();
        return invalid(tr("missing field \"%1\"").arg(key));
    }
    if (!v.isString())
        return invalid(tr("field \"%1\" must be a string").arg(key));
    QString s = RecordContent::normaliseText(v.toString());
    if (s.isEmpty() && !optional)
        return invalid(tr("field \"%1\" is empty").arg(key));
    return s;
}

Result<QJsonObject> normaliseFields(const QJsonObject& o, const QStringList& required,
                                    const QStringList& optional)
{
    if (Status s = checkKeys(o, {&required, &optional}); !s)
        return s.error();
    QJsonObject out;
    for (const QString& key : required) {
        Result<QString> v = textField(o, key);
        if (!v)
            return v.error();
        out.insert(key, *v);
    }
    for (const QString& key : optional) {
        Result<QString> v = textField(o, key, true);
        if (!v)
            return v.error();
        out.insert(key, *v); // always present, so {"input": ""} and no input hash the same
    }
    return out;
}

Result<QJsonObject> normaliseChat(const QJsonObject& o)
{
    static const QStringList allowed{QStringLiteral("messages")};
    if (Status s = checkKeys(o, {&allowed}); !s)
        return s.error();
    const QJsonValue v = o.value("messages");
    if (!v.isArray() || v.toArray().isEmpty())
        return invalid(tr("field \"messages\" must be a non-empty array"));
    QJsonArray messages;
    bool user = false;
    bool assistant = false;
    const QJsonArray in = v.toArray();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (!in.at(i).isObject())
            return invalid(tr("message %1 is not an object").arg(i + 1));
        static const QStringList fields{QStringLiteral("role"), QStringLiteral("content")};
        Result<QJsonObject> m = normaliseFields(in.at(i).toObject(), fields, {});
        if (!m)
            return invalid(tr("message %1: %2").arg(i + 1).arg(m.error().message));
        const QString role = m->value("role").toString();
        if (role != "system" && role != "user" && role != "assistant")
            return invalid(tr("message %1: unknown role \"%2\"").arg(i + 1).arg(role));
        user = user || role == "user";
        assistant = assistant || role == "assistant";
        messages.append(*m);
    }
    if (!user || !assistant)
        return invalid(tr("a conversation needs at least one user and one assistant message"));
    return QJsonObject{{"messages", messages}};
}

Result<QJsonObject> normalise(RecordKind kind, const QJsonObject& o)
{
    switch (kind) {
    case RecordKind::Instruction: {
        static const QStringList required{QStringLiteral("instruction"), QStringLiteral("output")};
        static const QStringList optional{QStringLiteral("input")};
        return normaliseFields(o, required, optional);
    }
    case RecordKind::Chat:
        return normaliseChat(o);
    case RecordKind::Text: {
        static const QStringList required{QStringLiteral("text")};
        return normaliseFields(o, required, {});
    }
    case RecordKind::Preference: {
        static const QStringList required{QStringLiteral("prompt"), QStringLiteral("chosen"),
                                          QStringLiteral("rejected")};
        Result<QJsonObject> p = normaliseFields(o, required, {});
        if (p && p->value("chosen") == p->value("rejected"))
            return invalid(tr("\"chosen\" and \"rejected\" are the same answer"));
        return p;
    }
    }
    return invalid(tr("unknown record kind"));
}
} // namespace

RecordContent::RecordContent(RecordKind kind, QJsonObject json)
    : m_kind(kind), m_json(std::move(json)),
      m_canonical(QJsonDocument(m_json).toJson(QJsonDocument::Compact))
{
}

RecordContent::RecordContent(RecordKind kind, QJsonObject json, QByteArray canonical)
    : m_kind(kind), m_json(std::move(json)), m_canonical(std::move(canonical))
{
}

Result<RecordContent> RecordContent::fromJson(RecordKind kind, const QJsonObject& object)
{
    Result<QJsonObject> n = normalise(kind, object);
    if (!n)
        return n.error();
    return RecordContent(kind, std::move(*n));
}

Result<RecordContent> RecordContent::fromCanonical(RecordKind kind, const QByteArray& canonical)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(canonical, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Corrupt, tr("stored record is not a JSON object"));
    return fromJson(kind, doc.object());
}

QJsonObject RecordContent::json() const
{
    // Not cached: a RecordContent is a value read from several threads, and only imports (which
    // never ask) skip building the object.
    if (m_json.isEmpty() && !m_canonical.isEmpty())
        return QJsonDocument::fromJson(m_canonical).object();
    return m_json;
}

QByteArray RecordContent::hash() const
{
    return crypto::blake2b(m_canonical);
}

QString RecordContent::plainText() const
{
    if (!m_plainTextUtf8.isEmpty())
        return QString::fromUtf8(m_plainTextUtf8);
    const QJsonObject o = json();
    QStringList parts;
    switch (m_kind) {
    case RecordKind::Instruction:
        parts << o.value("instruction").toString() << o.value("input").toString()
              << o.value("output").toString();
        break;
    case RecordKind::Chat:
        for (const QJsonValue& m : o.value("messages").toArray())
            parts << m.toObject().value("content").toString();
        break;
    case RecordKind::Text:
        parts << o.value("text").toString();
        break;
    case RecordKind::Preference:
        parts << o.value("prompt").toString() << o.value("chosen").toString()
              << o.value("rejected").toString();
        break;
    }
    parts.removeAll(QString());
    return parts.join('\n');
}

qint64 RecordContent::estimatedTokens() const
{
    return estimateTokens(plainText());
}

qint64 RecordContent::estimateTokens(const QString& plainText)
{
    // The length toUtf8() would give, without building the bytes: a surrogate pair is 4 bytes and a
    // lone surrogate becomes '?' (1 byte).
    qint64 bytes = 0;
    const qsizetype n = plainText.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = plainText.at(i);
        if (c.unicode() < 0x80) {
            bytes += 1;
        } else if (c.unicode() < 0x800) {
            bytes += 2;
        } else if (c.isHighSurrogate() && i + 1 < n && plainText.at(i + 1).isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else if (c.isSurrogate()) {
            bytes += 1;
        } else {
            bytes += 3;
        }
    }
    return (bytes + 3) / 4;
}

QString RecordContent::normaliseText(const QString& text)
{
    QString s = text;
    if (s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    // Pure ASCII is already NFC; skipping the call keeps big imports fast.
    bool ascii = true;
    for (QChar c : s)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (!ascii)
        s = s.normalized(QString::NormalizationForm_C);
    s = s.trimmed();
    // Qt's JSON parser drops a U+FEFF (byte order mark) that starts a string: one kept here would
    // make the canonical bytes read back as other content. It is invisible, so it goes.
    while (s.startsWith(QChar(0xFEFF)))
        s = s.mid(1).trimmed();
    return s;
}

} // namespace fw::datanet
