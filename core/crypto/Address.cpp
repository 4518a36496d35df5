// Address encoding with checksum.
#include "crypto/Address.h"

#include "crypto/Blake2b.h"

#include <QCoreApplication>

namespace fw::crypto {

namespace {
const QString kPrefix = QStringLiteral("fw1");
// The bech32 alphabet: no 1, b, i or o, which people confuse with other characters.
const char kAlphabet[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int kChecksumBytes = 4;
constexpr int kPayloadBytes = kPublicKeyBytes + kChecksumBytes;
constexpr int kEncodedChars = (kPayloadBytes * 8 + 4) / 5; // 58

QByteArray checksumOf(const QByteArray& publicKey)
{
    return blake2b(QByteArrayLiteral("flywheel address v1") + publicKey, kChecksumBytes);
}

QString encodeBase32(const QByteArray& bytes)
{
    QString out;
    out.reserve(kEncodedChars);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

bool decodeBase32(const QString& text, QByteArray& out)
{
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        const char* pos = ch.unicode() < 128 ? strchr(kAlphabet, char(ch.unicode())) : nullptr;
        if (!pos || ch.unicode() == 0)
            return false;
        buffer = (buffer << 5) | quint32(pos - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return (buffer & ((1u << bits) - 1)) == 0; // padding bits must be zero
}

Error invalid(const char* why)
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("fw::crypto", "Invalid address: %1")
                         .arg(QCoreApplication::translate("fw::crypto", why)));
}
} // namespace

QString addressFromPublicKey(const PublicKey& key)
{
    return kPrefix + encodeBase32(key.bytes() + checksumOf(key.bytes()));
}

Result<PublicKey> publicKeyFromAddress(const QString& address)
{
    const QString text = address.trimmed().toLower();
    if (!text.startsWith(kPrefix))
        return invalid(QT_TRANSLATE_NOOP("fw::crypto", "it must start with fw1."));
    const QString body = text.mid(kPrefix.size());
    if (body.size() != kEncodedChars)
        return invalid(QT_TRANSLATE_NOOP("fw::crypto", "wrong length."));
    QByteArray payload;
    if (!decodeBase32(body, payload) || payload.size() != kPayloadBytes)
        return invalid(QT_TRANSLATE_NOOP("fw::crypto", "it contains a character that is not allowed."));
    const QByteArray key = payload.left(kPublicKeyBytes);
    if (checksumOf(key) != payload.mid(kPublicKeyBytes))
        return invalid(QT_TRANSLATE_NOOP("fw::crypto", "the checksum does not match (a typo?)."));
    return PublicKey::fromBytes(key);
}

bool isValidAddress(const QString& address)
{
    return publicKeyFromAddress(address).ok();
}

} // namespace fw::crypto
