// Inclusion proof serialisation and verification.
#include "datanet/InclusionProof.h"

#include "crypto/Blake2b.h"
#include "datanet/MerkleTree.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace fw::datanet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::datanet", text);
}

const char* kType = "flywheel.datanet.inclusion-proof";

Error bad(const QString& why)
{
    return makeError(ErrorCode::Corrupt, tr("Not a valid inclusion proof: %1").arg(why));
}

Result<QByteArray> hashField(const QJsonValue& v, const QString& what, int bytesWanted = crypto::kHashBytes)
{
    const QByteArray hex = v.toString().toLatin1();
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (!v.isString() || bytes.size() != bytesWanted || bytes.toHex() != hex)
        return bad(tr("%1 must be %2 lower-case hex digits").arg(what).arg(bytesWanted * 2));
    return bytes;
}
// A leaf index or tree size: a whole JSON number from 0 to 2^53, where doubles are still exact.
// Checked before converting, since converting a double outside qint64's range is undefined.
Result<qint64> positionField(const QJsonValue& v, const QString& what)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !(d >= 0 && d <= 9007199254740992.0) || d != std::trunc(d))
        return bad(tr("\"%1\" must be a whole number from 0 to 2^53").arg(what));
    return qint64(d);
}
} // namespace

QByteArray InclusionProof::toJson() const
{
    // Built by hand: QJsonObject would sort the keys, and a fixed, documented order is kinder to readers.
    QByteArray out = "{\"version\":" + QByteArray::number(kFormatVersion) + ",\"type\":\"" + kType
                     + "\",\"datanet\":\"" + datanetUid.toHex() + "\",\"datanetVersion\":\"" + versionId.toHex() + "\",\"record\":\"" + recordHash.toHex()
                     + "\",\"index\":" + QByteArray::number(index) + ",\"treeSize\":" + QByteArray::number(treeSize)
                     + ",\"path\":[";
    for (size_t i = 0; i < path.size(); ++i)
        out += (i ? ",\"" : "\"") + path[i].toHex() + "\"";
    return out + "]}";
}

Result<InclusionProof> InclusionProof::fromJson(const QByteArray& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value("version").toInt(-1) != kFormatVersion)
        return makeError(ErrorCode::Unsupported, tr("Unsupported inclusion proof version."));
    if (o.value("type").toString() != QLatin1String(kType))
        return bad(tr("wrong \"type\""));
    if (o.size() != 8)
        return bad(tr("unexpected or missing fields"));
    InclusionProof p;
    Result<QByteArray> uid = hashField(o.value("datanet"), "datanet", 16);
    if (!uid)
        return uid.error();
    p.datanetUid = *uid;
    Result<QByteArray> version = hashField(o.value("datanetVersion"), "datanetVersion");
    if (!version)
        return version.error();
    Result<QByteArray> record = hashField(o.value("record"), "record");
    if (!record)
        return record.error();
    p.versionId = *version;
    p.recordHash = *record;
    Result<qint64> index = positionField(o.value("index"), "index");
    if (!index)
        return index.error();
    Result<qint64> treeSize = positionField(o.value("treeSize"), "treeSize");
    if (!treeSize)
        return treeSize.error();
    p.index = *index;
    p.treeSize = *treeSize;
    if (!o.value("path").isArray())
        return bad(tr("\"path\" must be an array"));
    for (const QJsonValue& v : o.value("path").toArray()) {
        Result<QByteArray> h = hashField(v, "path");
        if (!h)
            return h.error();
        p.path.push_back(*h);
    }
    if (p.toJson() != json.trimmed())
        return bad(tr("the JSON is not in canonical form"));
    return p;
}

Status InclusionProof::verify(const VersionStatement& trusted) const
{
    if (Status s = trusted.verify(); !s)
        return s;
    if (datanetUid != trusted.datanetUid || versionId != trusted.versionId ||
        treeSize != trusted.recordCount)
        return makeError(ErrorCode::Corrupt,
                         tr("The proof is for version %1 of datanet %2, not for the trusted "
                            "version %3 of datanet %4.")
                             .arg(QString::fromLatin1(versionId.toHex()),
                                  QString::fromLatin1(datanetUid.toHex()),
                                  QString::fromLatin1(trusted.versionId.toHex()),
                                  QString::fromLatin1(trusted.datanetUid.toHex())));
    const QByteArray root = MerkleTree::rootFromPath(recordHash, index, treeSize, path);
    if (root.isEmpty())
        return bad(tr("the path does not fit the index and tree size"));
    if (MerkleTree::seal(trusted.datanetUid, root, trusted.recordCount) != trusted.versionId)
        return makeError(ErrorCode::Corrupt,
                         tr("The proof does not lead to datanet version %1.").arg(QString::fromLatin1(versionId.toHex())));
    return {};
}

Status verifyInclusionProofJson(const QByteArray& proofJson, const QByteArray& statementJson)
{
    Result<InclusionProof> p = InclusionProof::fromJson(proofJson);
    if (!p)
        return p.error();
    Result<VersionStatement> trusted = VersionStatement::fromJson(statementJson);
    if (!trusted)
        return trusted.error();
    return p->verify(*trusted);
}

} // namespace fw::datanet
