// Deploy packages: JSON envelope (base64 files), signature and hash checks.
#include "node/DeployPackage.h"

#include "crypto/Address.h"
#include "crypto/Blake2b.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fw::node {

namespace {

Error bad(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument,
                     DeployPackage::tr("deploy package: %1").arg(message));
}

Result<QByteArray> base64Field(const QJsonValue& v, const QString& what)
{
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!v.isString() || !decoded)
        return bad(DeployPackage::tr("%1 is not valid base64").arg(what));
    return *decoded;
}

} // namespace

QString manifestHash(const QByteArray& manifestJson)
{
    return QString::fromLatin1(crypto::blake2b(manifestJson).toHex());
}

DeployPackage DeployPackage::create(DeployManifest manifest, const ModelFiles& files,
                                    const crypto::SigningKey& owner)
{
    manifest.files = DeployManifest::describe(files);
    manifest.owner = crypto::addressFromPublicKey(owner.publicKey());
    if (manifest.kind == DeployKind::Model)
        manifest.baseHash = DeployManifest::filesHash(manifest.files);
    DeployPackage p;
    p.manifestJson = manifest.toJson();
    p.signature = owner.sign(manifestSigningMessage(p.manifestJson));
    p.manifest = std::move(manifest);
    p.files = files;
    return p;
}

QByteArray DeployPackage::encode() const
{
    QJsonObject fileObject;
    for (auto it = files.map().begin(); it != files.map().end(); ++it)
        fileObject.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QJsonObject o{{QStringLiteral("version"), kFormatVersion},
                        {QStringLiteral("manifest"), QString::fromLatin1(manifestJson.toBase64())},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toHex())},
                        {QStringLiteral("files"), fileObject}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<DeployPackage> DeployPackage::open(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("version")).toInt(-1) != kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("deploy package: format version %1 is not supported")
                             .arg(o.value(QLatin1String("version")).toVariant().toString()));
    Result<QByteArray> manifest =
        base64Field(o.value(QLatin1String("manifest")), QStringLiteral("\"manifest\""));
    if (!manifest)
        return manifest.error();
    const QByteArray signature =
        QByteArray::fromHex(o.value(QLatin1String("signature")).toString().toLatin1());
    const QJsonObject fileObject = o.value(QLatin1String("files")).toObject();
    if (fileObject.size() > DeployManifest::kMaxFiles)
        return bad(tr("more than %1 files").arg(DeployManifest::kMaxFiles));
    ModelFiles files;
    for (auto it = fileObject.begin(); it != fileObject.end(); ++it) {
        Result<QByteArray> bytes = base64Field(it.value(), tr("file \"%1\"").arg(it.key()));
        if (!bytes)
            return bytes.error();
        files.insert(it.key(), *bytes);
    }
    return verify(*manifest, signature, files);
}

Result<DeployPackage> DeployPackage::verify(QByteArray manifestJson, QByteArray signature,
                                            ModelFiles files)
{
    Result<DeployManifest> manifest = DeployManifest::fromJson(manifestJson);
    if (!manifest)
        return manifest.error();
    Result<crypto::PublicKey> owner = crypto::publicKeyFromAddress(manifest->owner);
    if (!owner)
        return owner.error();
    if (signature.size() != crypto::kSignatureBytes ||
        !owner->verify(manifestSigningMessage(manifestJson), signature))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("deploy package: the signature is not the owner's (%1) over this manifest")
                .arg(manifest->owner));
    if (Status s = manifest->matches(files); !s)
        return s.error();
    DeployPackage p;
    p.manifestJson = std::move(manifestJson);
    p.signature = std::move(signature);
    p.manifest = std::move(manifest).value();
    p.files = std::move(files);
    return p;
}

} // namespace fw::node
