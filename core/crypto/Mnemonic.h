// BIP39 mnemonics: 24 English words carrying 256 bits of entropy and an 8-bit checksum.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QStringList>

namespace fw::crypto {

namespace mnemonic {

constexpr int kEntropyBytes = 32; // 24 words
constexpr int kWordCount = 24;

QStringList fromEntropy(const SecureBytes& entropy); // 16..32 bytes, multiple of 4
// Validates every word against the list and the checksum; says which word is wrong.
Result<SecureBytes> toEntropy(const QStringList& words);
// Splits free text (any whitespace, any case) into words.
QStringList splitWords(const QString& text);
// The 64-byte BIP39 seed: PBKDF2-HMAC-SHA512(words, "mnemonic" + passphrase, 2048).
SecureBytes toSeed(const QStringList& words, const QString& passphrase = QString());
bool isWord(const QString& word);

} // namespace mnemonic
} // namespace fw::crypto
