// Contribution bundles: writing lines, reading and verifying them.
#include "datanet/ContributionBundle.h"

#include "crypto/Address.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fw::datanet {

namespace {
const char* kType = "flywheel.datanet.contribution-bundle";

Error badLine(qint64 line, const QString& why)
{
    return makeError(
        ErrorCode::Corrupt,
        ContributionBundle::tr("The bundle is refused whole: line %1: %2").arg(line).arg(why));
}

Result<QByteArray> hexField(const QJsonObject& o, const char* key, int bytesWanted, qint64 line)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QByteArray hex = v.toString().toLatin1();
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (!v.isString() || bytes.size() != bytesWanted || bytes.toHex() != hex)
        return badLine(line, ContributionBundle::tr("\"%1\" must be %2 lower-case hex digits")
                                 .arg(QLatin1String(key))
                                 .arg(bytesWanted * 2));
    return bytes;
}

Result<QJsonObject> objectOf(const QByteArray& text, qint64 line)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return badLine(line, ContributionBundle::tr("not a JSON object"));
    return doc.object();
}

Result<RecordKind> readHeader(const QByteArray& text, qint64& expected)
{
    Result<QJsonObject> o = objectOf(text, 1);
    if (!o)
        return o.error();
    if (o->value("type").toString() != QLatin1String(kType))
        return badLine(1, ContributionBundle::tr("not a Flywheel contribution bundle"));
    if (o->value("version").toInt(-1) != ContributionBundle::kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         ContributionBundle::tr("Unsupported contribution bundle version."));
    const std::optional<RecordKind> kind = parseKind(o->value("kind").toString());
    if (!kind || !o->value("records").isDouble())
        return badLine(1, ContributionBundle::tr(
                              "the header needs a record \"kind\" and a \"records\" count"));
    expected = qint64(o->value("records").toDouble());
    return *kind;
}

Result<BundleRecord> readRecord(RecordKind kind, const QByteArray& text, qint64 line)
{
    Result<QJsonObject> o = objectOf(text, line);
    if (!o)
        return o.error();
    if (o->size() != 4 || !o->value("record").isObject())
        return badLine(line, ContributionBundle::tr(
                                 "expected exactly \"record\", \"contributor\", \"publicKey\" "
                                 "and \"signature\""));
    Result<RecordContent> content = RecordContent::fromJson(kind, o->value("record").toObject());
    if (!content)
        return badLine(line, content.error().message);
    Result<QByteArray> publicKey = hexField(*o, "publicKey", crypto::kPublicKeyBytes, line);
    if (!publicKey)
        return publicKey.error();
    Result<QByteArray> signature = hexField(*o, "signature", crypto::kSignatureBytes, line);
    if (!signature)
        return signature.error();
    Result<crypto::PublicKey> key =
        crypto::publicKeyFromAddress(o->value("contributor").toString());
    if (!key || key->bytes() != *publicKey)
        return badLine(
            line, ContributionBundle::tr("the contributor address does not match the public key"));
    if (!key->verify(ContributionBundle::signedMessage(content->hash()), *signature))
        return badLine(line, ContributionBundle::tr(
                                 "the signature does not match the record: it was altered or "
                                 "forged"));
    return BundleRecord{*content, crypto::addressFromPublicKey(*key), *signature};
}
} // namespace

QByteArray ContributionBundle::signedMessage(const QByteArray& contentHash)
{
    QByteArray m(kSignatureTag);
    m.append('\0');
    m.append(contentHash);
    return m;
}

QByteArray ContributionBundle::headerLine(RecordKind kind, qint64 records)
{
    return "{\"version\":" + QByteArray::number(kFormatVersion) + ",\"type\":\"" + kType +
           "\",\"kind\":\"" + kindName(kind).toLatin1() +
           "\",\"records\":" + QByteArray::number(records) + "}\n";
}

QByteArray ContributionBundle::recordLine(const BundleRecord& record)
{
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(record.contributor);
    const QByteArray publicKey = key ? key->bytes() : QByteArray();
    return "{\"record\":" + record.content.canonical() + ",\"contributor\":\"" +
           record.contributor.toLatin1() + "\",\"publicKey\":\"" + publicKey.toHex() +
           "\",\"signature\":\"" + record.signature.toHex() + "\"}\n";
}

Result<ContributionBundle> ContributionBundle::read(QIODevice& device)
{
    ContributionBundle bundle;
    qint64 expected = -1;
    qint64 line = 0;
    while (!device.atEnd()) {
        const QByteArray text = device.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        if (expected < 0) {
            if (line != 1)
                return badLine(line, tr("the header must be the first line"));
            Result<RecordKind> kind = readHeader(text, expected);
            if (!kind)
                return kind.error();
            bundle.kind = *kind;
            continue;
        }
        Result<BundleRecord> r = readRecord(bundle.kind, text, line);
        if (!r)
            return r.error();
        bundle.records.push_back(std::move(*r));
    }
    if (expected < 0)
        return makeError(ErrorCode::Corrupt, tr("The bundle is empty."));
    if (qint64(bundle.records.size()) != expected)
        return makeError(ErrorCode::Corrupt,
                         tr("The bundle is refused whole: its header announces %1 records, "
                            "it holds %2 (a line was added or removed).")
                             .arg(expected)
                             .arg(bundle.records.size()));
    return bundle;
}

} // namespace fw::datanet
