// Span attribution index: SA-IS build throughput and stored bytes per token on a synthetic corpus
// (Zipf-distributed ids, records that copy spans of earlier ones), against a std::sort suffix
// array built in the same run (on a prefix, and on that prefix repeated as two versions of one
// datanet would be), and the time to attribute a 256-token answer.
// Usage: attribution_bench [--tokens N] [--baseline-tokens N] [--repeat-tokens N] [--answer N]
//                          [--queries N]
#include "attribution/SpanQuery.h"
#include "attribution/SuffixArray.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace fw;
using namespace fw::attribution;

namespace {

constexpr int kVocab = 32000;

qint64 argValue(const QStringList& args, const QString& name, qint64 fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
}

// Other processes share the cores; the numbers only compare well with the load they ran under.
QByteArray loadAverage()
{
    QFile f("/proc/loadavg");
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    return f.readAll().split(' ').mid(0, 3).join(' ');
}

// Token ids with a Zipf(1.1) distribution, as word frequencies in text have.
class Zipf
{
public:
    Zipf()
    {
        double sum = 0;
        for (int i = 1; i <= kVocab; ++i)
            m_cdf.push_back(sum += 1.0 / std::pow(double(i), 1.1));
        for (double& c : m_cdf)
            c /= sum;
    }
    int next(QRandomGenerator& rng) const
    {
        return int(std::lower_bound(m_cdf.begin(), m_cdf.end(), rng.generateDouble()) -
                   m_cdf.begin());
    }

private:
    std::vector<double> m_cdf;
};

// Records of 50-500 tokens; one in ten copies a span of an earlier record (near-duplicates).
std::vector<std::vector<int>> corpus(qint64 tokens, QRandomGenerator& rng)
{
    const Zipf zipf;
    std::vector<std::vector<int>> records;
    qint64 total = 0;
    while (total < tokens) {
        std::vector<int> r(50 + rng.bounded(450));
        for (int& t : r)
            t = zipf.next(rng);
        if (!records.empty() && rng.bounded(10) == 0) {
            const std::vector<int>& earlier = records[rng.bounded(quint32(records.size()))];
            const size_t length = std::min<size_t>({earlier.size(), r.size(), 40});
            std::copy(earlier.begin(), earlier.begin() + long(length),
                      r.begin() + long(r.size() - length));
        }
        total += qint64(r.size()) + 1;
        records.push_back(std::move(r));
    }
    return records;
}

std::vector<int32_t> flatText(const std::vector<std::vector<int>>& records, qint64 limit)
{
    std::vector<int32_t> text;
    for (const auto& r : records) {
        if (qint64(text.size()) >= limit)
            break;
        text.insert(text.end(), r.begin(), r.end());
        text.push_back(kVocab);
    }
    return text;
}

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// The baseline: every suffix, sorted by comparing suffixes directly.
std::vector<int32_t> sortSuffixes(const std::vector<int32_t>& s)
{
    std::vector<int32_t> sa(s.size());
    for (size_t i = 0; i < sa.size(); ++i)
        sa[i] = int32_t(i);
    std::sort(sa.begin(), sa.end(), [&s](int32_t a, int32_t b) {
        return std::lexicographical_compare(s.begin() + a, s.end(), s.begin() + b, s.end());
    });
    return sa;
}

// A 256-token answer: pieces of training records with a few changed tokens between them.
std::vector<int32_t> answer(const std::vector<std::vector<int>>& records, int length,
                            QRandomGenerator& rng)
{
    std::vector<int32_t> out;
    while (int(out.size()) < length) {
        const std::vector<int>& r = records[rng.bounded(quint32(records.size()))];
        const size_t from = rng.bounded(quint32(r.size()));
        const size_t to = std::min(r.size(), from + 8 + rng.bounded(40));
        out.insert(out.end(), r.begin() + long(from), r.begin() + long(to));
        out.push_back(int32_t(rng.bounded(kVocab)));
    }
    out.resize(size_t(length));
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 tokens = argValue(args, "--tokens", 10'000'000);
    const qint64 baselineTokens = std::min(tokens, argValue(args, "--baseline-tokens", 1'000'000));
    const qint64 repeatTokens = argValue(args, "--repeat-tokens", 100'000);
    const int answerLength = int(argValue(args, "--answer", 256));
    const int queries = int(argValue(args, "--queries", 200));
    std::printf("load average: %s\n", loadAverage().constData());

    QRandomGenerator rng(12345);
    const std::vector<std::vector<int>> records = corpus(tokens, rng);

    // Baseline and SA-IS on the same prefix of the corpus.
    const std::vector<int32_t> small = flatText(records, baselineTokens);
    QElapsedTimer t;
    t.start();
    const std::vector<int32_t> sorted = sortSuffixes(small);
    const double sortSeconds = seconds(t);
    t.restart();
    const std::vector<int32_t> sais = buildSuffixArray(small, kVocab);
    const double saisSmallSeconds = seconds(t);
    if (sais != sorted) {
        std::fprintf(stderr, "SA-IS and std::sort disagree\n");
        return 1;
    }
    const double n = double(small.size());
    std::printf(
        "suffix array of %lld tokens: std::sort %.0f tokens/s, SA-IS %.0f tokens/s, ratio %.1f\n",
        qlonglong(small.size()), n / sortSeconds, n / saisSmallSeconds,
        sortSeconds / saisSmallSeconds);

    // Two versions of one datanet trained on together hold most records twice: long repeats, where
    // comparing suffixes directly costs as much as the repeat is long.
    // Quadratic for std::sort, so on a smaller prefix (--repeat-tokens, default 100,000).
    const size_t half = size_t(std::min<qint64>(qint64(small.size()), repeatTokens) / 2);
    std::vector<int32_t> twice(small.begin(), small.begin() + long(half));
    twice.insert(twice.end(), twice.begin(), twice.end());
    t.restart();
    const std::vector<int32_t> twiceSorted = sortSuffixes(twice);
    const double twiceSortSeconds = seconds(t);
    t.restart();
    const std::vector<int32_t> twiceSais = buildSuffixArray(twice, kVocab);
    const double twiceSaisSeconds = seconds(t);
    if (twiceSais != twiceSorted) {
        std::fprintf(stderr, "SA-IS and std::sort disagree on repeated records\n");
        return 1;
    }
    const double m = double(twice.size());
    std::printf("suffix array of %lld tokens, every record twice: std::sort %.0f tokens/s, SA-IS "
                "%.0f tokens/s, "
                "ratio %.1f\n",
                qlonglong(twice.size()), m / twiceSortSeconds, m / twiceSaisSeconds,
                twiceSortSeconds / twiceSaisSeconds);

    // The whole index.
    t.restart();
    SpanIndex::Builder builder;
    for (const std::vector<int>& r : records) {
        builder.beginRecord();
        builder.addDocument(r);
    }
    Result<SpanIndex> index = builder.build();
    const double buildSeconds = seconds(t);
    if (!index) {
        std::fprintf(stderr, "%s\n", qPrintable(index.error().message));
        return 1;
    }
    t.restart();
    const QByteArray bytes = index->serialise();
    const double serialiseSeconds = seconds(t);
    t.restart();
    Result<SpanIndex> loaded = SpanIndex::deserialise(bytes);
    const double loadSeconds = seconds(t);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return 1;
    }
    const double size = double(index->size());
    std::printf("index of %lld tokens in %lld records: build %.0f tokens/s (%.2f s), %.2f "
                "bytes/token stored, "
                "serialise %.2f s, load and check %.2f s\n",
                qlonglong(index->size()), qlonglong(index->recordCount()), size / buildSeconds,
                buildSeconds, double(bytes.size()) / size, serialiseSeconds, loadSeconds);

    // Queries: 256-token answers stitched from training records.
    std::vector<double> ms;
    size_t matched = 0;
    for (int q = 0; q < queries; ++q) {
        const std::vector<int32_t> a = answer(records, answerLength, rng);
        t.restart();
        const std::vector<RecordScore> scores = attributeSpans(*loaded, a, SpanOptions());
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        matched += scores.empty() ? 0 : 1;
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double m : ms)
        sum += m;
    std::printf(
        "attribute a %d-token answer: mean %.3f ms, median %.3f ms, max %.3f ms over %d answers "
        "(%zu with records)\n",
        answerLength, sum / double(ms.size()), ms[ms.size() / 2], ms.back(), queries, matched);
    return 0;
}
