// Manifest JSON: written in one fixed form, read back with every field validated.
#include "node/DeployManifest.h"

#include "crypto/Address.h"
#include "crypto/Blake2b.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fw::node {

namespace {

constexpr int kMaxNameLength = 100;

Error bad(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument,
                     DeployManifest::tr("deploy manifest: %1").arg(message));
}

bool isSafeFileName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return allowed.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

Result<QByteArray> hash32(const QJsonValue& v, const QString& field)
{
    const QByteArray hex = v.toString().toLatin1();
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (!v.isString() || bytes.size() != crypto::kHashBytes || bytes.toHex() != hex)
        return bad(DeployManifest::tr("\"%1\" must be 64 lower-case hex digits").arg(field));
    return bytes;
}

Result<qint64> integer(const QJsonObject& o, const char* key, qint64 min, qint64 max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    // JSON numbers are doubles: integers up to 2^53 are exact, which covers every field here.
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
        return bad(DeployManifest::tr("\"%1\" must be a whole number from %2 to %3")
                       .arg(QLatin1String(key))
                       .arg(min)
                       .arg(max));
    return qint64(d);
}

Result<QList<ManifestFile>> parseFiles(const QJsonValue& v)
{
    const QJsonArray array = v.toArray();
    if (!v.isArray() || array.isEmpty() || array.size() > DeployManifest::kMaxFiles)
        return bad(
            DeployManifest::tr("\"files\" must list 1 to %1 files").arg(DeployManifest::kMaxFiles));
    QList<ManifestFile> files;
    for (const QJsonValue& item : array) {
        const QJsonObject o = item.toObject();
        ManifestFile f;
        f.name = o.value(QLatin1String("name")).toString();
        if (!isSafeFileName(f.name))
            return bad(DeployManifest::tr("file name \"%1\" is not allowed").arg(f.name));
        for (const ManifestFile& seen : files)
            if (seen.name == f.name)
                return bad(DeployManifest::tr("file \"%1\" is listed twice").arg(f.name));
        Result<qint64> size = integer(o, "size", 0, qint64(1) << 40);
        if (!size)
            return size.error();
        Result<QByteArray> hash =
            hash32(o.value(QLatin1String("blake2b")), QStringLiteral("blake2b"));
        if (!hash)
            return hash.error();
        f.size = *size;
        f.blake2b = *hash;
        files.append(f);
    }
    return files;
}

Result<QList<LineageRoot>> parseLineage(const QJsonValue& v)
{
    if (!v.isArray())
        return bad(DeployManifest::tr("\"lineage\" must be a list"));
    QList<LineageRoot> roots;
    for (const QJsonValue& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        LineageRoot r;
        r.datanet = o.value(QLatin1String("datanet")).toString();
        if (r.datanet.isEmpty() || r.datanet.size() > kMaxNameLength)
            return bad(DeployManifest::tr("a lineage entry needs a datanet name"));
        Result<qint64> records = integer(o, "records", 0, qint64(1) << 40);
        if (!records)
            return records.error();
        Result<QByteArray> root = hash32(o.value(QLatin1String("root")), QStringLiteral("root"));
        if (!root)
            return root.error();
        r.records = *records;
        r.merkleRoot = *root;
        roots.append(r);
    }
    return roots;
}

Result<RevenueSplit> parseSplit(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    RevenueSplit s;
    Result<qint64> node = integer(o, "node_bps", 0, 10000);
    Result<qint64> builder = integer(o, "builder_bps", 0, 10000);
    Result<qint64> data = integer(o, "data_bps", 0, 10000);
    if (!node || !builder || !data)
        return (!node ? node : !builder ? builder : data).error();
    if (*node + *builder + *data != 10000)
        return bad(DeployManifest::tr("the revenue split must add up to 10000 basis points, not %1")
                       .arg(*node + *builder + *data));
    s.nodeBps = int(*node);
    s.builderBps = int(*builder);
    s.dataBps = int(*data);
    return s;
}

} // namespace

QString deployKindName(DeployKind kind)
{
    return kind == DeployKind::Adapter ? QStringLiteral("adapter") : QStringLiteral("model");
}

QByteArray manifestSigningMessage(const QByteArray& manifestJson)
{
    return QByteArrayLiteral("flywheel/deploy-manifest/v1\n") + manifestJson;
}

QList<ManifestFile> DeployManifest::describe(const ModelFiles& files)
{
    QList<ManifestFile> out;
    for (auto it = files.map().begin(); it != files.map().end(); ++it)
        out.append({it.key(), it.value().size(), crypto::blake2b(it.value())});
    return out;
}

QByteArray DeployManifest::filesHash(const QList<ManifestFile>& files)
{
    QList<ManifestFile> sorted = files;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    crypto::Blake2bHasher hasher;
    hasher.add(QByteArrayLiteral("flywheel/model-files/v1\n"));
    for (const ManifestFile& f : sorted)
        hasher.add(f.name.toUtf8() + '\n' + QByteArray::number(f.size) + '\n' + f.blake2b.toHex() +
                   '\n');
    return hasher.finish();
}

Status DeployManifest::matches(const ModelFiles& given) const
{
    for (const ManifestFile& f : files) {
        if (!given.contains(f.name))
            return bad(tr("file \"%1\" is missing from the package").arg(f.name));
        const QByteArray bytes = given.value(f.name);
        if (bytes.size() != f.size || crypto::blake2b(bytes) != f.blake2b)
            // The sender's fault (400 at a node); the store reports its own copy failing as
            // Corrupt.
            return makeError(
                ErrorCode::InvalidArgument,
                tr("deploy package: file \"%1\" does not match its hash in the signed manifest")
                    .arg(f.name));
    }
    if (given.count() != files.size())
        for (const QString& name : given.names())
            if (std::none_of(files.begin(), files.end(),
                             [&](const ManifestFile& f) { return f.name == name; }))
                return bad(tr("file \"%1\" is not listed in the signed manifest").arg(name));
    return Status::success();
}

QByteArray DeployManifest::toJson() const
{
    QJsonArray fileArray;
    for (const ManifestFile& f : files)
        fileArray.append(
            QJsonObject{{QStringLiteral("name"), f.name},
                        {QStringLiteral("size"), double(f.size)},
                        {QStringLiteral("blake2b"), QString::fromLatin1(f.blake2b.toHex())}});
    QJsonArray lineageArray;
    for (const LineageRoot& r : lineage)
        lineageArray.append(
            QJsonObject{{QStringLiteral("datanet"), r.datanet},
                        {QStringLiteral("root"), QString::fromLatin1(r.merkleRoot.toHex())},
                        {QStringLiteral("records"), double(r.records)}});
    const QJsonObject o{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("release"), double(release)},
        {QStringLiteral("kind"), deployKindName(kind)},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("base_hash"), QString::fromLatin1(baseHash.toHex())},
        {QStringLiteral("files"), fileArray},
        {QStringLiteral("lineage"), lineageArray},
        // A string: amounts are integers of base units and must not pass through a double.
        {QStringLiteral("price_per_1k"), QString::number(pricePer1k)},
        {QStringLiteral("split"), QJsonObject{{QStringLiteral("node_bps"), split.nodeBps},
                                              {QStringLiteral("builder_bps"), split.builderBps},
                                              {QStringLiteral("data_bps"), split.dataBps}}},
        {QStringLiteral("created_at"), double(createdAtMs)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<DeployManifest> DeployManifest::fromJson(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("version")).toInt(-1) != kFormatVersion)
        return makeError(
            ErrorCode::Unsupported,
            tr("deploy manifest: format version %1 is not supported (this node reads %2)")
                .arg(o.value(QLatin1String("version")).toVariant().toString())
                .arg(kFormatVersion));
    DeployManifest m;
    m.name = o.value(QLatin1String("name")).toString();
    if (m.name.trimmed() != m.name || m.name.isEmpty() || m.name.size() > kMaxNameLength ||
        m.name.contains(QLatin1Char('/')))
        return bad(tr("\"name\" must be 1 to %1 characters, without '/' or surrounding spaces")
                       .arg(kMaxNameLength));
    for (const QChar c : m.name)
        if (c.category() == QChar::Other_Control)
            return bad(tr("\"name\" must not hold control characters"));
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("model") && kind != QLatin1String("adapter"))
        return bad(tr("\"kind\" must be \"model\" or \"adapter\""));
    m.kind = kind == QLatin1String("adapter") ? DeployKind::Adapter : DeployKind::Model;
    m.owner = o.value(QLatin1String("owner")).toString();
    if (!crypto::isValidAddress(m.owner))
        return bad(tr("\"owner\" is not a valid address"));
    Result<qint64> release = integer(o, "release", 1, qint64(1) << 53);
    Result<qint64> created = integer(o, "created_at", 0, qint64(1) << 53);
    if (!release || !created)
        return (!release ? release : created).error();
    m.release = *release;
    m.createdAtMs = *created;
    Result<QByteArray> base =
        hash32(o.value(QLatin1String("base_hash")), QStringLiteral("base_hash"));
    if (!base)
        return base.error();
    m.baseHash = *base;
    Result<QList<ManifestFile>> files = parseFiles(o.value(QLatin1String("files")));
    if (!files)
        return files.error();
    m.files = *files;
    if (m.kind == DeployKind::Model && filesHash(m.files) != m.baseHash)
        return bad(tr("a model's \"base_hash\" must be the hash of its own files"));
    Result<QList<LineageRoot>> lineage = parseLineage(o.value(QLatin1String("lineage")));
    if (!lineage)
        return lineage.error();
    m.lineage = *lineage;
    const QJsonValue price = o.value(QLatin1String("price_per_1k"));
    bool digits = price.isString() && !price.toString().isEmpty() && price.toString().size() <= 19;
    for (const QChar c : price.toString())
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    bool parsed = false;
    const qint64 units = price.toString().toLongLong(&parsed, 10);
    if (!digits || !parsed || !ledger::amountInRange(units))
        return bad(tr("\"price_per_1k\" must be a whole number of base units, as a string"));
    m.pricePer1k = units;
    Result<RevenueSplit> split = parseSplit(o.value(QLatin1String("split")));
    if (!split)
        return split.error();
    m.split = *split;
    return m;
}

} // namespace fw::node
