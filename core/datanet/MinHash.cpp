// MinHash signatures and LSH band keys; hashes are our own (FNV-1a + splitmix64), so stored keys
// stay comparable across Qt versions and runs.
#include "datanet/MinHash.h"

#include <QtEndian>
#include <limits>
#include <vector>

// An AVX-512 clone chosen by the loader (an ELF ifunc). Not under ThreadSanitizer: its
// instrumented resolver runs during relocation, before the sanitizer's runtime is up, and crashes.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define FW_NO_CLONES
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define FW_NO_CLONES
#endif
#if defined(__GNUC__) && defined(__x86_64__) && defined(__linux__) && !defined(FW_NO_CLONES)
#define FW_MINHASH_CLONES __attribute__((target_clones("arch=x86-64-v4", "default")))
#else
#define FW_MINHASH_CLONES
#endif

namespace fw::datanet {

namespace {
inline quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The 32 hash functions: splitmix64 of the shingle xor'ed with one seed each.
constexpr std::array<quint64, MinHash::kHashes> hashSeeds()
{
    std::array<quint64, MinHash::kHashes> seeds{};
    for (int i = 0; i < MinHash::kHashes; ++i)
        seeds[size_t(i)] = 0x243f6a8885a308d3ULL * quint64(i + 1);
    return seeds;
}
constexpr std::array<quint64, MinHash::kHashes> kSeeds = hashSeeds();

// The minimum of every hash function over the shingles: 32 hashes per shingle, the import's
// hottest loop. Written as one branch-free pass over the seeds, so an AVX-512 clone computes 8
// at a time (64-bit multiplies and unsigned minimums); the values are the scalar ones exactly.
FW_MINHASH_CLONES void foldShingles(const quint64* shingles, size_t count, quint64* mins)
{
    for (size_t k = 0; k < count; ++k) {
        const quint64 s = shingles[k];
        for (int i = 0; i < MinHash::kHashes; ++i) {
            const quint64 v = splitmix(s ^ kSeeds[size_t(i)]);
            mins[i] = v < mins[i] ? v : mins[i];
        }
    }
}

inline QChar qcharOf(QChar c)
{
    return c;
}
inline QChar qcharOf(char latin1) // Latin-1: each byte is the QChar of the same code
{
    return QChar(char16_t(static_cast<unsigned char>(latin1)));
}

// Lower-cased words of letters and digits, each as a 64-bit FNV-1a hash, into `words`. `Chars`
// is a QString or a view of Latin-1 bytes.
template <typename Chars>
void wordHashes(const Chars& text, std::vector<quint64>& words)
{
    words.clear();
    quint64 h = 0xcbf29ce484222325ULL;
    bool inWord = false;
    for (auto ch : text) {
        const QChar c = qcharOf(ch);
        const char16_t u = c.unicode();
        // ASCII answers the same as QChar's Unicode tables, without the table lookups.
        const bool ascii = u < 0x80;
        const bool alnum =
            ascii ? (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                  : c.isLetterOrNumber();
        if (alnum) {
            const char16_t lower =
                ascii ? (u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u) : c.toLower().unicode();
            h = (h ^ lower) * 0x100000001b3ULL;
            inWord = true;
        } else if (inWord) {
            words.push_back(h);
            h = 0xcbf29ce484222325ULL;
            inWord = false;
        }
    }
    if (inWord)
        words.push_back(h);
}

// The band keys of `text`; asString() gives it as a QString for the rare text without a shingle.
template <typename Chars, typename AsString>
MinHash::BandKeys keysOf(const Chars& text, const AsString& asString)
{
    // Per thread and reused: an import computes this for every record on its hashing thread, and
    // two fresh vectors per record (grown a push at a time) were most of its allocations.
    thread_local std::vector<quint64> words;
    thread_local std::vector<quint64> shingles;
    wordHashes(text, words);
    shingles.clear();
    if (words.size() < 3) {
        quint64 h = 0x5eed;
        for (quint64 w : words)
            h = splitmix(h ^ w);
        if (!words.empty())
            shingles.push_back(h);
    }
    for (size_t i = 0; i + 2 < words.size(); ++i)
        shingles.push_back(splitmix(splitmix(words[i] ^ 1) ^ words[i + 1]) ^ words[i + 2]);

    std::array<quint64, MinHash::kHashes> mins;
    mins.fill(std::numeric_limits<quint64>::max());
    foldShingles(shingles.data(), shingles.size(), mins.data());
    MinHash::BandKeys keys{};
    for (int b = 0; b < MinHash::kBands; ++b) {
        quint64 k = splitmix(quint64(b) + 0x1000);
        for (int r = 0; r < MinHash::kRows; ++r)
            k = splitmix(k ^ mins[b * MinHash::kRows + r]);
        keys[b] = k;
    }
    if (shingles.empty()) { // nothing to compare: make the keys unique to this text's hash
        const QString s = asString();
        for (int b = 0; b < MinHash::kBands; ++b)
            keys[b] = splitmix(qHashBits(s.constData(), s.size() * sizeof(QChar), 0) + b);
    }
    return keys;
}
} // namespace

MinHash::BandKeys MinHash::bandKeys(const QString& text)
{
    return keysOf(text, [&] { return text; });
}

MinHash::BandKeys MinHash::bandKeysLatin1(QByteArrayView text)
{
    return keysOf(text, [&] { return QString::fromLatin1(text); });
}

MinHash::KeyBytes MinHash::toKeyBytes(const BandKeys& keys)
{
    KeyBytes out;
    for (int b = 0; b < kBands; ++b)
        qToLittleEndian(keys[b], out.data() + b * 8);
    return out;
}

QByteArray MinHash::toBytes(const BandKeys& keys)
{
    const KeyBytes bytes = toKeyBytes(keys);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

bool MinHash::fromBytes(const QByteArray& bytes, BandKeys& keys)
{
    if (bytes.size() != kBands * 8)
        return false;
    for (int b = 0; b < kBands; ++b)
        keys[b] = qFromLittleEndian<quint64>(bytes.constData() + b * 8);
    return true;
}

} // namespace fw::datanet
