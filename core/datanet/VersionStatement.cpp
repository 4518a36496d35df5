// Version statements: signed bytes, signing, verification and the JSON form.
#include "datanet/VersionStatement.h"

#include "crypto/Address.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace fw::datanet {

namespace {
const char* kType = "flywheel.datanet.version-statement";

Error bad(const QString& why)
{
    return makeError(ErrorCode::Corrupt,
                     VersionStatement::tr("Not a valid version statement: %1").arg(why));
}

void appendInt64(QByteArray& out, qint64 value)
{
    char bytes[8];
    qToBigEndian(quint64(value), bytes);
    out.append(bytes, 8);
}

Result<QByteArray> hexField(const QJsonObject& o, const char* key, int bytesWanted)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QByteArray hex = v.toString().toLatin1();
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (!v.isString() || bytes.size() != bytesWanted || bytes.toHex() != hex)
        return bad(VersionStatement::tr("\"%1\" must be %2 lower-case hex digits")
                       .arg(QLatin1String(key))
                       .arg(bytesWanted * 2));
    return bytes;
}
} // namespace

QByteArray VersionStatement::signedMessage() const
{
    QByteArray m(kSignatureTag);
    m.append('\0');
    m.append(datanetUid);
    m.append(versionId);
    appendInt64(m, recordCount);
    appendInt64(m, frozenAt);
    m.append(curator.toUtf8());
    return m;
}

void VersionStatement::sign(const crypto::SigningKey& key)
{
    curator = crypto::addressFromPublicKey(key.publicKey());
    signature = key.sign(signedMessage());
}

Status VersionStatement::verify() const
{
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(curator);
    if (!key)
        return bad(tr("the curator address is not valid: %1").arg(key.error().message));
    // The canonical spelling is what was signed; another spelling of the same key is another
    // message.
    if (crypto::addressFromPublicKey(*key) != curator || !key->verify(signedMessage(), signature))
        return makeError(
            ErrorCode::Corrupt,
            tr("The version statement's signature by %1 is not valid: the statement was "
               "altered or not signed by that curator.")
                .arg(curator));
    return {};
}

QByteArray VersionStatement::toJson() const
{
    // By hand, in a fixed documented order, like InclusionProof::toJson.
    return "{\"version\":" + QByteArray::number(kFormatVersion) + ",\"type\":\"" + kType +
           "\",\"datanet\":\"" + datanetUid.toHex() + "\",\"datanetVersion\":\"" +
           versionId.toHex() + "\",\"recordCount\":" + QByteArray::number(recordCount) +
           ",\"frozenAt\":" + QByteArray::number(frozenAt) + ",\"curator\":\"" + curator.toUtf8() +
           "\",\"signature\":\"" + signature.toHex() + "\"}";
}

Result<VersionStatement> VersionStatement::fromJson(const QByteArray& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value("version").toInt(-1) != kFormatVersion)
        return makeError(ErrorCode::Unsupported, tr("Unsupported version statement version."));
    if (o.value("type").toString() != QLatin1String(kType))
        return bad(tr("wrong \"type\""));
    if (o.size() != 8)
        return bad(tr("unexpected or missing fields"));
    VersionStatement s;
    Result<QByteArray> uid = hexField(o, "datanet", 16);
    if (!uid)
        return uid.error();
    Result<QByteArray> version = hexField(o, "datanetVersion", 32);
    if (!version)
        return version.error();
    Result<QByteArray> signature = hexField(o, "signature", crypto::kSignatureBytes);
    if (!signature)
        return signature.error();
    if (!o.value("recordCount").isDouble() || !o.value("frozenAt").isDouble() ||
        !o.value("curator").isString())
        return bad(tr("\"recordCount\" and \"frozenAt\" must be numbers, \"curator\" an address"));
    s.datanetUid = *uid;
    s.versionId = *version;
    s.signature = *signature;
    s.recordCount = qint64(o.value("recordCount").toDouble());
    s.frozenAt = qint64(o.value("frozenAt").toDouble());
    s.curator = o.value("curator").toString();
    if (s.toJson() != json.trimmed())
        return bad(tr("the JSON is not in canonical form"));
    return s;
}

} // namespace fw::datanet
