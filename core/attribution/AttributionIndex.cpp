// Lineage comparison and the JSON forms of an index's lineage and record list.
#include "attribution/AttributionIndex.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fw::attribution {

namespace {
constexpr int kRecordsVersion = 1;
constexpr qsizetype kHashBytes = 32;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

bool IndexLineage::matches(const IndexLineage& other) const
{
    return sources == other.sources && tokenizerHash == other.tokenizerHash &&
           chatFormat == other.chatFormat && encoding == other.encoding;
}

QJsonObject IndexLineage::toJson() const
{
    QJsonArray list;
    for (const IndexSource& s : sources) {
        QJsonObject source{{QStringLiteral("datanet"), s.datanetName},
                           {QStringLiteral("datanet_uid"), s.datanetUid},
                           {QStringLiteral("version"), s.version}};
        if (!s.kind.isEmpty()) // optional: indexes built before it stay byte for byte the same
            source.insert(QStringLiteral("kind"), s.kind);
        list.append(source);
    }
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("model"), model},
            {QStringLiteral("data"), list},
            {QStringLiteral("tokenizer_hash"), tokenizerHash},
            {QStringLiteral("chat_format"), chatFormat},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("method"), QStringLiteral("spans")}};
}

Result<IndexLineage> IndexLineage::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::Unsupported,
                         AttributionIndex::tr("Attribution index lineage: unknown \"version\" %1.")
                             .arg(json.value(QStringLiteral("version")).toVariant().toString()));
    IndexLineage l;
    l.model = str(json, "model");
    l.tokenizerHash = str(json, "tokenizer_hash");
    l.chatFormat = str(json, "chat_format");
    l.encoding = json.value(QStringLiteral("encoding")).toInt();
    for (const QJsonValue& v : json.value(QStringLiteral("data")).toArray()) {
        const QJsonObject s = v.toObject();
        l.sources.append({str(s, "datanet_uid"), str(s, "datanet"), str(s, "version"), str(s, "kind")});
    }
    return l;
}

QByteArray AttributionIndex::recordsBytes() const
{
    return recordsToBytes(records);
}

QByteArray AttributionIndex::recordsToBytes(const std::vector<IndexedRecord>& records)
{
    QJsonArray list;
    for (const IndexedRecord& r : records)
        list.append(QJsonArray{r.source, QString::fromLatin1(r.hash.toHex()), r.contributor});
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), kRecordsVersion},
                                     {QStringLiteral("records"), list}})
        .toJson(QJsonDocument::Compact);
}

Result<std::vector<IndexedRecord>> AttributionIndex::recordsFromBytes(const QByteArray& bytes,
                                                                      int sourceCount)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt,
                         tr("Attribution index records: not JSON (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt() != kRecordsVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("Attribution index records: unknown \"version\"."));
    std::vector<IndexedRecord> out;
    const QJsonArray list = o.value(QStringLiteral("records")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonArray r = list.at(i).toArray();
        IndexedRecord record;
        record.source = r.at(0).toInt(-1);
        record.hash = QByteArray::fromHex(r.at(1).toString().toLatin1());
        record.contributor = r.at(2).toString();
        if (r.size() != 3 || record.source < 0 || record.source >= sourceCount ||
            record.hash.size() != kHashBytes)
            return makeError(
                ErrorCode::Corrupt,
                tr("Attribution index records: entry %1 is not [source, 64 hex digits, address].")
                    .arg(i));
        out.push_back(std::move(record));
    }
    return out;
}

} // namespace fw::attribution
