// Receipts: canonical JSON, signature, hash and the strict parser.
#include "ledger/Receipt.h"

#include "crypto/Address.h"
#include "crypto/Blake2b.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace fw::ledger {

namespace {
const char* kType = "flywheel.receipt";
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

Error bad(const QString& why)
{
    return makeError(ErrorCode::Corrupt, Receipt::tr("Not a valid receipt: %1").arg(why));
}

// Names that need no escaping in JSON and read the same everywhere: [A-Za-z0-9._:/@+-]{1,128}.
bool isPlainText(const QString& s)
{
    if (s.isEmpty() || s.size() > Receipt::kMaxTextLength)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
               QStringView(u"._:/@+-").contains(c);
    });
}

QByteArray quoted(const QString& s)
{
    return '"' + s.toUtf8() + '"';
}

QByteArray unsignedJson(const Receipt& r)
{
    QByteArray j = "{\"version\":" + QByteArray::number(Receipt::kFormatVersion) + ",\"type\":\"" +
                   kType + "\",\"request\":" + quoted(r.requestId) +
                   ",\"deployment\":" + quoted(r.deployment) + ",\"manifest\":\"" +
                   r.manifestHash.toHex() + "\",\"tokensIn\":" + QByteArray::number(r.tokensIn) +
                   ",\"tokensOut\":" + QByteArray::number(r.tokensOut) + ",\"fee\":\"" +
                   QByteArray::number(r.fee) + "\",\"split\":[";
    for (size_t i = 0; i < r.split.size(); ++i)
        j += (i ? "," : "") + QByteArray("{\"party\":") + quoted(r.split[i].party) +
             ",\"role\":" + quoted(roleName(r.split[i].role)) + ",\"amount\":\"" +
             QByteArray::number(r.split[i].amount) + "\"}";
    j += "],\"attribution\":[";
    for (size_t i = 0; i < r.attribution.size(); ++i) {
        const AttributionLine& a = r.attribution[i];
        j += (i ? "," : "") + QByteArray("{\"record\":\"") + a.recordHash.toHex() +
             "\",\"datanetVersion\":\"" + a.datanetVersion.toHex() +
             "\",\"contributor\":" + quoted(a.contributor) +
             ",\"share\":" + QByteArray::number(a.share) + "}";
    }
    j += "],\"previous\":\"" + r.previousHash.toHex() + "\",\"node\":" + quoted(r.node) +
         ",\"at\":" + QByteArray::number(r.at);
    return j;
}

// Field checks shared by verify() and fromJson(); a message naming the first problem.
QString fieldProblem(const Receipt& r)
{
    if (!isPlainText(r.requestId) || !isPlainText(r.deployment))
        return Receipt::tr("\"request\" and \"deployment\" must be 1 to 128 plain characters");
    if (r.manifestHash.size() != 32 || r.previousHash.size() != 32)
        return Receipt::tr("\"manifest\" and \"previous\" must be 32-byte hashes");
    if (r.tokensIn < 0 || r.tokensOut < 0 || r.tokensIn > qint64(kMaxExactInteger) ||
        r.tokensOut > qint64(kMaxExactInteger) || r.at <= 0 || r.at > qint64(kMaxExactInteger))
        return Receipt::tr("token counts or time out of range");
    if (!amountInRange(r.fee))
        return Receipt::tr("the fee is out of range");
    if (r.split.size() > size_t(Receipt::kMaxLines) ||
        r.attribution.size() > size_t(Receipt::kMaxLines))
        return Receipt::tr("more than %1 lines").arg(Receipt::kMaxLines);
    for (const SplitLine& l : r.split)
        if (!crypto::isValidAddress(l.party) || l.party != l.party.trimmed().toLower())
            return Receipt::tr("split party \"%1\" is not an address").arg(l.party);
    if (sumOf(r.split) != r.fee)
        return Receipt::tr("the split adds up to %1, not to the fee %2")
            .arg(sumOf(r.split))
            .arg(r.fee);
    for (const AttributionLine& a : r.attribution)
        if (a.recordHash.size() != 32 || a.datanetVersion.size() != 32 ||
            !crypto::isValidAddress(a.contributor) || a.share < 0 ||
            a.share > AttributionLine::kShareScale)
            return Receipt::tr("an attribution line is malformed");
    return {};
}

Result<QByteArray> hexField(const QJsonObject& o, const char* key, int bytesWanted)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QByteArray hex = v.toString().toLatin1();
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (!v.isString() || bytes.size() != bytesWanted || bytes.toHex() != hex)
        return bad(Receipt::tr("\"%1\" must be %2 lower-case hex digits")
                       .arg(QLatin1String(key))
                       .arg(bytesWanted * 2));
    return bytes;
}

Result<qint64> integerField(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > kMaxExactInteger || std::floor(d) != d)
        return bad(Receipt::tr("\"%1\" must be a whole number").arg(QLatin1String(key)));
    return qint64(d);
}

Result<Amount> amountField(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString s = v.toString();
    bool ok = false;
    const qint64 value = s.toLongLong(&ok);
    // The canonical spelling only: no sign, no leading zero, no spaces.
    if (!v.isString() || !ok || !amountInRange(value) || QString::number(value) != s)
        return bad(Receipt::tr("\"%1\" must be an amount in base units, as a string")
                       .arg(QLatin1String(key)));
    return value;
}

Result<QString> stringField(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return bad(Receipt::tr("\"%1\" must be a string").arg(QLatin1String(key)));
    return v.toString();
}

Result<SplitLine> splitLine(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || o.size() != 3)
        return bad(Receipt::tr("a split line needs exactly party, role and amount"));
    Result<QString> party = stringField(o, "party");
    Result<QString> role = stringField(o, "role");
    Result<Amount> amount = amountField(o, "amount");
    if (!party || !role || !amount)
        return !party ? party.error() : !role ? role.error() : amount.error();
    Result<Role> r = roleFromName(*role);
    if (!r)
        return bad(r.error().message);
    return SplitLine{*party, *r, *amount};
}

Result<AttributionLine> attributionLine(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || o.size() != 4)
        return bad(Receipt::tr("an attribution line needs exactly record, datanetVersion, "
                               "contributor and share"));
    Result<QByteArray> record = hexField(o, "record", 32);
    Result<QByteArray> version = hexField(o, "datanetVersion", 32);
    Result<QString> contributor = stringField(o, "contributor");
    Result<qint64> share = integerField(o, "share");
    if (!record || !version || !contributor || !share)
        return !record        ? record.error()
               : !version     ? version.error()
               : !contributor ? contributor.error()
                              : share.error();
    return AttributionLine{*record, *version, *contributor, *share};
}
} // namespace

QByteArray Receipt::signedMessage() const
{
    QByteArray m(kSignatureTag);
    m.append('\0');
    m.append(unsignedJson(*this) + '}');
    return m;
}

void Receipt::sign(const crypto::SigningKey& key)
{
    node = crypto::addressFromPublicKey(key.publicKey());
    signature = key.sign(signedMessage());
}

Status Receipt::verify() const
{
    if (const QString problem = fieldProblem(*this); !problem.isEmpty())
        return bad(problem);
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(node);
    if (!key || crypto::addressFromPublicKey(*key) != node)
        return bad(tr("the node address is not valid"));
    if (!key->verify(signedMessage(), signature))
        return makeError(ErrorCode::Corrupt,
                         tr("The receipt's signature by %1 is not valid: it was altered or not "
                            "signed by that node.")
                             .arg(node));
    return {};
}

QByteArray Receipt::hash() const
{
    QByteArray m(kHashTag);
    m.append('\0');
    m.append(toJson());
    return crypto::blake2b(m);
}

QByteArray Receipt::toJson() const
{
    return unsignedJson(*this) + ",\"signature\":\"" + signature.toHex() + "\"}";
}

Result<Receipt> Receipt::fromJson(const QByteArray& json)
{
    // Far above kMaxLines of each kind; a bigger input is refused before the JSON parser sees it.
    if (json.size() > 1'000'000)
        return bad(tr("larger than a receipt can be"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a JSON object"));
    Result<Receipt> r = fromObject(doc.object());
    if (!r)
        return r.error();
    if (r->toJson() != json)
        return bad(tr("the JSON is not in canonical form"));
    return r;
}

Result<Receipt> Receipt::fromObject(const QJsonObject& o)
{
    if (o.value("version").toInt(-1) != kFormatVersion)
        return makeError(ErrorCode::Unsupported, tr("Unsupported receipt version."));
    if (o.value("type").toString() != QLatin1String(kType))
        return bad(tr("wrong \"type\""));
    if (o.size() != 14 || !o.value("split").isArray() || !o.value("attribution").isArray())
        return bad(tr("unexpected or missing fields"));
    Receipt r;
    Result<QString> request = stringField(o, "request");
    Result<QString> deployment = stringField(o, "deployment");
    Result<QString> node = stringField(o, "node");
    Result<QByteArray> manifest = hexField(o, "manifest", 32);
    Result<QByteArray> previous = hexField(o, "previous", 32);
    Result<QByteArray> signature = hexField(o, "signature", crypto::kSignatureBytes);
    Result<qint64> tokensIn = integerField(o, "tokensIn");
    Result<qint64> tokensOut = integerField(o, "tokensOut");
    Result<qint64> at = integerField(o, "at");
    Result<Amount> fee = amountField(o, "fee");
    for (const Error* e :
         {request ? nullptr : &request.error(), deployment ? nullptr : &deployment.error(),
          node ? nullptr : &node.error(), manifest ? nullptr : &manifest.error(),
          previous ? nullptr : &previous.error(), signature ? nullptr : &signature.error(),
          tokensIn ? nullptr : &tokensIn.error(), tokensOut ? nullptr : &tokensOut.error(),
          at ? nullptr : &at.error(), fee ? nullptr : &fee.error()})
        if (e)
            return *e;
    r.requestId = *request;
    r.deployment = *deployment;
    r.node = *node;
    r.manifestHash = *manifest;
    r.previousHash = *previous;
    r.signature = *signature;
    r.tokensIn = *tokensIn;
    r.tokensOut = *tokensOut;
    r.at = *at;
    r.fee = *fee;
    const QJsonArray split = o.value("split").toArray();
    const QJsonArray attribution = o.value("attribution").toArray();
    if (split.size() > kMaxLines || attribution.size() > kMaxLines)
        return bad(tr("more than %1 lines").arg(kMaxLines));
    for (const QJsonValue& v : split) {
        Result<SplitLine> line = splitLine(v);
        if (!line)
            return line.error();
        r.split.push_back(*line);
    }
    for (const QJsonValue& v : attribution) {
        Result<AttributionLine> line = attributionLine(v);
        if (!line)
            return line.error();
        r.attribution.push_back(*line);
    }
    if (const QString problem = fieldProblem(r); !problem.isEmpty())
        return bad(problem);
    return r;
}

} // namespace fw::ledger
