// Packing and strict unpacking of an attribution index for deploy packages.
#include "attribution/AttributionBundle.h"

#include <QJsonDocument>
#include <QtEndian>

namespace fw::attribution {

namespace {

constexpr char kMagic[4] = {'F', 'W', 'A', 'B'};
constexpr int kHeaderBytes = 8;
constexpr int kParts = 3;

Error corrupt(const QString& what)
{
    return makeError(ErrorCode::Corrupt,
                     AttributionBundle::tr("The attribution bundle is damaged: %1.").arg(what));
}

void appendPart(QByteArray& out, const QByteArray& part)
{
    uchar length[8];
    qToBigEndian<quint64>(quint64(part.size()), length);
    out.append(reinterpret_cast<const char*>(length), 8);
    out.append(part);
}

} // namespace

QByteArray AttributionBundle::encode(const AttributionIndex& index)
{
    QByteArray out(kMagic, sizeof kMagic);
    uchar version[4];
    qToBigEndian<quint32>(kFormatVersion, version);
    out.append(reinterpret_cast<const char*>(version), 4);
    appendPart(out, QJsonDocument(index.lineage.toJson()).toJson(QJsonDocument::Compact));
    appendPart(out, index.recordsBytes());
    appendPart(out, index.spans.serialise());
    return out;
}

Result<AttributionIndex> AttributionBundle::decode(const QByteArray& bytes)
{
    if (bytes.size() < kHeaderBytes || std::memcmp(bytes.constData(), kMagic, 4) != 0)
        return corrupt(tr("it does not start with FWAB"));
    const quint32 version = qFromBigEndian<quint32>(bytes.constData() + 4);
    if (version == 0)
        return corrupt(tr("format version 0"));
    if (version > kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("This attribution bundle has format %1; this build reads up to %2.")
                             .arg(version)
                             .arg(kFormatVersion));
    QByteArray parts[kParts];
    const char* names[kParts] = {QT_TR_NOOP("the lineage"), QT_TR_NOOP("the records"),
                                 QT_TR_NOOP("the span index")};
    qint64 at = kHeaderBytes;
    for (int i = 0; i < kParts; ++i) {
        if (bytes.size() - at < 8)
            return corrupt(tr("%1 is cut short").arg(tr(names[i])));
        const quint64 length = qFromBigEndian<quint64>(bytes.constData() + at);
        at += 8;
        if (length > quint64(bytes.size() - at))
            return corrupt(tr("%1 is longer than the file").arg(tr(names[i])));
        parts[i] = bytes.mid(at, qsizetype(length));
        at += qint64(length);
    }
    if (at != bytes.size())
        return corrupt(tr("%1 bytes follow the last part").arg(bytes.size() - at));
    QJsonParseError parseError;
    const QJsonDocument lineageJson = QJsonDocument::fromJson(parts[0], &parseError);
    if (parseError.error != QJsonParseError::NoError || !lineageJson.isObject())
        return corrupt(tr("the lineage is not a JSON object"));
    Result<IndexLineage> lineage = IndexLineage::fromJson(lineageJson.object());
    if (!lineage)
        return corrupt(lineage.error().message);
    Result<std::vector<IndexedRecord>> records =
        AttributionIndex::recordsFromBytes(parts[1], int(lineage->sources.size()));
    if (!records)
        return records.error();
    Result<SpanIndex> spans = SpanIndex::deserialise(parts[2]);
    if (!spans)
        return spans.error();
    if (qint64(records->size()) != spans->recordCount())
        return corrupt(tr("it lists %1 records but its span index holds %2")
                           .arg(records->size())
                           .arg(spans->recordCount()));
    return AttributionIndex{std::move(lineage).value(), std::move(records).value(),
                            std::move(spans).value()};
}

} // namespace fw::attribution
