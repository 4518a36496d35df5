// BIP39 encoding, decoding and seed derivation.
#include "crypto/Mnemonic.h"

#include "crypto/Bip39WordList.h"
#include "crypto/HmacSha512.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace fw::crypto::mnemonic {

namespace {
int wordIndex(const QString& word)
{
    const QByteArray w = word.toLatin1();
    const auto* begin = std::begin(bip39::kEnglishWords);
    const auto* end = std::end(bip39::kEnglishWords);
    // The list is sorted, so a binary search finds a word in 11 comparisons.
    const auto* it = std::lower_bound(begin, end, w, [](const char* a, const QByteArray& b) {
        return std::strcmp(a, b.constData()) < 0;
    });
    return (it != end && w == *it) ? int(it - begin) : -1;
}

bool bitAt(const unsigned char* bytes, int bit)
{
    return (bytes[bit / 8] >> (7 - bit % 8)) & 1;
}
} // namespace

bool isWord(const QString& word)
{
    return wordIndex(word) >= 0;
}

QStringList fromEntropy(const SecureBytes& entropy)
{
    const int entBits = int(entropy.size()) * 8;
    Q_ASSERT(entBits >= 128 && entBits <= 256 && entBits % 32 == 0);
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, entropy.data(), entropy.size());
    const int csBits = entBits / 32;
    QStringList words;
    for (int w = 0; w < (entBits + csBits) / 11; ++w) {
        int index = 0;
        for (int b = 0; b < 11; ++b) {
            const int bit = w * 11 + b;
            const bool on = bit < entBits ? bitAt(entropy.data(), bit) : bitAt(hash, bit - entBits);
            index = (index << 1) | int(on);
        }
        words << QString::fromLatin1(bip39::kEnglishWords[index]);
    }
    sodium_memzero(hash, sizeof hash);
    return words;
}

Result<SecureBytes> toEntropy(const QStringList& words)
{
    const int count = int(words.size());
    if (count < 12 || count > 24 || count % 3 != 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::crypto",
                                                     "A recovery phrase has 12 to 24 words; got %1.")
                             .arg(count));
    const int totalBits = count * 11;
    const int entBits = totalBits * 32 / 33;
    SecureBytes bits((totalBits + 7) / 8);
    for (int w = 0; w < count; ++w) {
        const int index = wordIndex(words[w].toLower());
        if (index < 0)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("fw::crypto",
                                                         "Word %1 (\"%2\") is not in the word list.")
                                 .arg(w + 1)
                                 .arg(words[w]));
        for (int b = 0; b < 11; ++b)
            if ((index >> (10 - b)) & 1)
                bits.data()[(w * 11 + b) / 8] |= (unsigned char)(0x80 >> ((w * 11 + b) % 8));
    }
    SecureBytes entropy = SecureBytes::fromBytes(bits.data(), std::size_t(entBits / 8));
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, entropy.data(), entropy.size());
    // The checksum is the first (totalBits - entBits) bits of SHA-256(entropy); it fits in a byte.
    const int csBits = totalBits - entBits;
    int stored = 0;
    for (int b = 0; b < csBits; ++b)
        stored = (stored << 1) | int(bitAt(bits.data(), entBits + b));
    const int expected = hash[0] >> (8 - csBits);
    sodium_memzero(hash, sizeof hash);
    if (stored != expected)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "fw::crypto",
                             "The recovery phrase's checksum does not match; check the words and their order."));
    return entropy;
}

QStringList splitWords(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.toLower().split(space, Qt::SkipEmptyParts);
}

SecureBytes toSeed(const QStringList& words, const QString& passphrase)
{
    QByteArray sentence = words.join(QLatin1Char(' ')).normalized(QString::NormalizationForm_KD).toUtf8();
    const QByteArray salt =
        (QStringLiteral("mnemonic") + passphrase).normalized(QString::NormalizationForm_KD).toUtf8();
    SecureBytes seed = pbkdf2HmacSha512(sentence, salt, 2048);
    wipe(sentence);
    return seed;
}

} // namespace fw::crypto::mnemonic
