// Vouchers: the fixed binary layout, its signature and the strict header parser.
#include "ledger/Voucher.h"

#include "crypto/Address.h"

#include <QtEndian>

namespace fw::ledger {

namespace {
const char kMagic[3] = {'F', 'W', 'V'};
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error bad(const QString& why)
{
    return makeError(ErrorCode::Corrupt, Voucher::tr("Not a valid voucher: %1").arg(why));
}

template <typename T> void appendBigEndian(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> T readBigEndian(const QByteArray& in, int& pos)
{
    const T value = qFromBigEndian<T>(in.constData() + pos);
    pos += int(sizeof(T));
    return value;
}

bool fieldsInRange(const Voucher& v)
{
    return v.channelId.size() == Voucher::kChannelIdBytes && v.payer.isValid() &&
           v.node.isValid() && v.lane < Voucher::kMaxLanes && amountInRange(v.cumulative) &&
           v.cumulative > 0 && v.expiresAt > 0;
}
} // namespace

QString Voucher::payerAddress() const
{
    return payer.isValid() ? crypto::addressFromPublicKey(payer) : QString();
}

QString Voucher::nodeAddress() const
{
    return node.isValid() ? crypto::addressFromPublicKey(node) : QString();
}

QByteArray Voucher::body() const
{
    if (!fieldsInRange(*this))
        return {};
    QByteArray b;
    b.reserve(kBodyBytes);
    b.append(kMagic, 3);
    b.append(char(kFormatVersion));
    b.append(channelId);
    b.append(payer.bytes());
    b.append(node.bytes());
    appendBigEndian<quint32>(b, lane);
    appendBigEndian<qint64>(b, cumulative);
    appendBigEndian<quint64>(b, nonce);
    appendBigEndian<qint64>(b, expiresAt);
    return b;
}

QByteArray Voucher::signedMessage() const
{
    QByteArray m(kSignatureTag);
    m.append('\0');
    m.append(body());
    return m;
}

void Voucher::sign(const crypto::SigningKey& key)
{
    payer = key.publicKey();
    signature = key.sign(signedMessage());
}

Status Voucher::verify() const
{
    if (!fieldsInRange(*this))
        return bad(tr("a field is out of range"));
    if (!payer.verify(signedMessage(), signature))
        return makeError(ErrorCode::Corrupt,
                         tr("The voucher's signature by %1 is not valid: it was altered or not "
                            "signed by that payer.")
                             .arg(payerAddress()));
    return {};
}

QByteArray Voucher::toHeader() const
{
    return (body() + signature).toBase64(kBase64);
}

Result<Voucher> Voucher::fromHeader(const QByteArray& header)
{
    // Longer than any voucher can be: refuse before decoding, so a huge header costs nothing.
    if (header.size() > 2 * kWireBytes)
        return bad(tr("the header is too long"));
    const auto decoded =
        QByteArray::fromBase64Encoding(header, kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(kBase64) != header)
        return bad(tr("not canonical base64url"));
    const QByteArray& raw = decoded.decoded;
    if (raw.size() < 4 || !raw.startsWith(QByteArray(kMagic, 3)))
        return bad(tr("it does not start with \"FWV\""));
    if (quint8(raw.at(3)) != kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("Unsupported voucher version %1.").arg(quint8(raw.at(3))));
    if (raw.size() != kWireBytes)
        return bad(tr("%1 bytes instead of %2").arg(raw.size()).arg(kWireBytes));
    Voucher v;
    int pos = 4;
    v.channelId = raw.mid(pos, kChannelIdBytes);
    pos += kChannelIdBytes;
    v.payer = *crypto::PublicKey::fromBytes(raw.mid(pos, crypto::kPublicKeyBytes));
    pos += crypto::kPublicKeyBytes;
    v.node = *crypto::PublicKey::fromBytes(raw.mid(pos, crypto::kPublicKeyBytes));
    pos += crypto::kPublicKeyBytes;
    v.lane = readBigEndian<quint32>(raw, pos);
    v.cumulative = readBigEndian<qint64>(raw, pos);
    v.nonce = readBigEndian<quint64>(raw, pos);
    v.expiresAt = readBigEndian<qint64>(raw, pos);
    v.signature = raw.mid(pos);
    if (v.lane >= kMaxLanes)
        return bad(tr("lane %1 is not below %2").arg(v.lane).arg(kMaxLanes));
    if (!amountInRange(v.cumulative) || v.cumulative == 0)
        return bad(tr("the cumulative amount %1 is out of range").arg(v.cumulative));
    if (v.expiresAt <= 0)
        return bad(tr("the expiry time is not positive"));
    return v;
}

} // namespace fw::ledger
