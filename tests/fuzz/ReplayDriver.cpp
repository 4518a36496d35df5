// Stand-in for libFuzzer's main when building without clang: replays every file of the corpus
// folders given as arguments, then deterministic mutations of each (bit flips, truncations,
// splices), through LLVMFuzzerTestOneInput. A crash or sanitizer report fails the test.
#include <QByteArray>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {
void feed(const QByteArray& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
}

QByteArray mutate(const QByteArray& seed, const std::vector<QByteArray>& all, std::mt19937& rng)
{
    QByteArray out = seed;
    switch (rng() % 5) {
    case 0: // flip a bit
        if (!out.isEmpty()) {
            const int pos = int(rng() % out.size());
            out[pos] = char(out[pos] ^ (1 << (rng() % 8)));
        }
        break;
    case 1: // truncate
        out.truncate(out.isEmpty() ? 0 : int(rng() % out.size()));
        break;
    case 2: // insert random bytes
        out.insert(out.isEmpty() ? 0 : int(rng() % out.size()), QByteArray(int(rng() % 16), char(rng())));
        break;
    case 3: // splice with another seed
        out = out.left(out.isEmpty() ? 0 : int(rng() % out.size())) + all[rng() % all.size()];
        break;
    default: // duplicate a chunk
        out += out.mid(int(rng() % (out.size() + 1)));
        break;
    }
    return out;
}
} // namespace

int main(int argc, char** argv)
{
    std::vector<QByteArray> seeds{QByteArray()};
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                seeds.push_back(f.readAll());
        }
    }
    // As libFuzzer's default -max_len: repeated chunk duplication would otherwise grow inputs
    // exponentially and turn a smoke test of seconds into minutes.
    qsizetype maxLen = 4096;
    for (const QByteArray& seed : seeds)
        maxLen = std::max(maxLen, seed.size());
    std::mt19937 rng(12345);
    int runs = 0;
    for (const QByteArray& seed : seeds) {
        feed(seed);
        QByteArray current = seed;
        for (int i = 0; i < 2000; ++i, ++runs) {
            current = mutate(i % 50 == 0 ? seed : current, seeds, rng).left(maxLen);
            feed(current);
        }
    }
    std::printf("replayed %zu seeds and %d mutations\n", seeds.size(), runs);
    return 0;
}
