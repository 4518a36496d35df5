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

// Lower-cased words of letters and digits, each as a 64-bit FNV-1a hash.
std::vector<quint64> wordHashes(const QString& text)
{
    std::vector<quint64> words;
    quint64 h = 0xcbf29ce484222325ULL;
    bool inWord = false;
    for (QChar c : text) {
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
    return words;
}
} // namespace

MinHash::BandKeys MinHash::bandKeys(const QString& text)
{
    const std::vector<quint64> words = wordHashes(text);
    std::vector<quint64> shingles;
    if (words.size() < 3) {
        quint64 h = 0x5eed;
        for (quint64 w : words)
            h = splitmix(h ^ w);
        if (!words.empty())
            shingles.push_back(h);
    }
    for (size_t i = 0; i + 2 < words.size(); ++i)
        shingles.push_back(splitmix(splitmix(words[i] ^ 1) ^ words[i + 1]) ^ words[i + 2]);

    std::array<quint64, kHashes> mins;
    mins.fill(std::numeric_limits<quint64>::max());
    foldShingles(shingles.data(), shingles.size(), mins.data());
    BandKeys keys{};
    for (int b = 0; b < kBands; ++b) {
        quint64 k = splitmix(quint64(b) + 0x1000);
        for (int r = 0; r < kRows; ++r)
            k = splitmix(k ^ mins[b * kRows + r]);
        keys[b] = k;
    }
    if (shingles.empty()) // nothing to compare: make the keys unique to this text's hash
        for (int b = 0; b < kBands; ++b)
            keys[b] = splitmix(qHashBits(text.constData(), text.size() * sizeof(QChar), 0) + b);
    return keys;
}

QByteArray MinHash::toBytes(const BandKeys& keys)
{
    QByteArray out(kBands * 8, Qt::Uninitialized);
    for (int b = 0; b < kBands; ++b)
        qToLittleEndian(keys[b], out.data() + b * 8);
    return out;
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
