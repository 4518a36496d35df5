// The suffix array and the span index's searches against naive sorting and counting, on random
// and adversarial texts; the index's bytes round-trip and damaged bytes are refused by name.
#include "attribution/SpanIndex.h"
#include "attribution/SuffixArray.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace fw;
using namespace fw::attribution;

Q_DECLARE_METATYPE(std::vector<int32_t>)

namespace {

std::vector<int32_t> naiveSuffixArray(const std::vector<int32_t>& s)
{
    std::vector<int32_t> sa(s.size());
    for (size_t i = 0; i < sa.size(); ++i)
        sa[i] = int32_t(i);
    std::sort(sa.begin(), sa.end(), [&s](int32_t a, int32_t b) {
        return std::lexicographical_compare(s.begin() + a, s.end(), s.begin() + b, s.end());
    });
    return sa;
}

std::vector<int32_t> randomText(quint32 seed, int length, int alphabet)
{
    QRandomGenerator rng(seed);
    std::vector<int32_t> s(static_cast<size_t>(length));
    for (int32_t& c : s)
        c = int32_t(rng.bounded(alphabet));
    return s;
}

// Records of random documents over a small alphabet, so that spans repeat across records.
std::vector<std::vector<std::vector<int>>> randomRecords(quint32 seed, int records, int alphabet)
{
    QRandomGenerator rng(seed);
    std::vector<std::vector<std::vector<int>>> out(static_cast<size_t>(records));
    for (auto& record : out) {
        record.resize(1 + rng.bounded(3));
        for (auto& doc : record) {
            doc.resize(rng.bounded(40));
            for (int& t : doc)
                t = int(rng.bounded(alphabet));
        }
    }
    return out;
}

SpanIndex buildIndex(const std::vector<std::vector<std::vector<int>>>& records)
{
    SpanIndex::Builder b;
    for (const auto& record : records) {
        b.beginRecord();
        for (const auto& doc : record)
            b.addDocument(doc);
    }
    Result<SpanIndex> index = b.build();
    if (!index)
        qFatal("build: %s", qPrintable(index.error().message));
    return std::move(*index);
}

// Occurrences of `pattern` in any single document, counted by sliding it along each one.
int64_t naiveCount(const std::vector<std::vector<std::vector<int>>>& records,
                   const std::vector<int32_t>& pattern)
{
    int64_t count = 0;
    for (const auto& record : records)
        for (const auto& doc : record)
            for (size_t i = 0; i + pattern.size() <= doc.size(); ++i)
                count += std::equal(pattern.begin(), pattern.end(), doc.begin() + long(i)) ? 1 : 0;
    return count;
}

} // namespace

class SuffixArrayTest : public QObject
{
    Q_OBJECT
private slots:
    void matchesNaiveSort_data()
    {
        QTest::addColumn<std::vector<int32_t>>("text");
        QTest::addColumn<int32_t>("maxValue");
        QTest::newRow("empty") << std::vector<int32_t>{} << 0;
        QTest::newRow("one") << std::vector<int32_t>{5} << 5;
        QTest::newRow("all equal") << std::vector<int32_t>(500, 3) << 3;
        std::vector<int32_t> periodic, decreasing, increasing, fibonacci{0}, prev{1};
        for (int i = 0; i < 600; ++i) {
            periodic.push_back(i % 3 == 2 ? 1 : 0);
            decreasing.push_back(600 - i);
            increasing.push_back(i);
        }
        while (fibonacci.size() < 1000) { // Fibonacci words: the worst case for many sorters
            std::vector<int32_t> next = fibonacci;
            next.insert(next.end(), prev.begin(), prev.end());
            prev = fibonacci;
            fibonacci = next;
        }
        QTest::newRow("periodic") << periodic << 1;
        QTest::newRow("decreasing") << decreasing << 600;
        QTest::newRow("increasing") << increasing << 599;
        QTest::newRow("fibonacci word") << fibonacci << 1;
        for (quint32 seed = 1; seed <= 8; ++seed) {
            const int alphabet = seed % 2 ? 2 : 50000;
            QTest::addRow("random %u, alphabet %d", seed, alphabet)
                << randomText(seed, 200 + int(seed) * 211, alphabet) << alphabet - 1;
        }
        // Documents closed by a repeated sentinel, as the index lays them out.
        std::vector<int32_t> docs = randomText(99, 3000, 4);
        for (size_t i = 7; i < docs.size(); i += 1 + i % 37)
            docs[i] = 4;
        QTest::newRow("sentinel-separated") << docs << 4;
    }
    void matchesNaiveSort()
    {
        QFETCH(std::vector<int32_t>, text);
        QFETCH(int32_t, maxValue);
        QCOMPARE(buildSuffixArray(text, maxValue), naiveSuffixArray(text));
    }

    void findCountsEveryOccurrence_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("alphabet");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(2 + seed);
    }
    void findCountsEveryOccurrence()
    {
        QFETCH(quint32, seed);
        QFETCH(int, alphabet);
        const auto records = randomRecords(seed, 60, alphabet);
        const SpanIndex index = buildIndex(records);
        QRandomGenerator rng(seed + 1000);
        for (int trial = 0; trial < 300; ++trial) {
            const std::vector<int32_t> pattern =
                randomText(rng.generate(), 1 + int(rng.bounded(5)), alphabet);
            const SuffixRange r = index.find(pattern.data(), int64_t(pattern.size()));
            QCOMPARE(r.size(), naiveCount(records, pattern));
            for (int64_t rank = r.begin; rank < r.end; ++rank) // each hit lies inside one record
                QCOMPARE(index.recordOf(index.suffixAt(rank)),
                         index.recordOf(index.suffixAt(rank) + int64_t(pattern.size()) - 1));
        }
    }

    void unigramCountsSkipSentinels()
    {
        const SpanIndex index = buildIndex({{{1, 2, 2}}, {{2}, {3}}});
        QCOMPARE(index.tokenCount(), 5);
        QCOMPARE(index.unigramCount(2), 3);
        QCOMPARE(index.unigramCount(index.sentinel()), 0);
        QCOMPARE(index.recordCount(), 2);
        QCOMPARE(index.recordOf(3), 0); // the first record's sentinel
        QCOMPARE(index.recordOf(4), 1);
    }

    void negativeIdsAreRefused()
    {
        SpanIndex::Builder b;
        b.beginRecord();
        b.addDocument({1, -5});
        Result<SpanIndex> index = b.build();
        QVERIFY(!index);
        QCOMPARE(index.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(index.error().message.contains("-5"), qPrintable(index.error().message));
    }

    void serialiseRoundTrip_data()
    {
        QTest::addColumn<int>("alphabet");
        QTest::addColumn<int>("tokenBytes");
        QTest::newRow("16-bit ids") << 300 << 2;
        QTest::newRow("32-bit ids") << 100000 << 4;
    }
    void serialiseRoundTrip()
    {
        QFETCH(int, alphabet);
        QFETCH(int, tokenBytes);
        const auto records = randomRecords(7, 200, alphabet);
        const SpanIndex index = buildIndex(records);
        const QByteArray bytes = index.serialise();
        QCOMPARE(int(bytes.at(12)), tokenBytes);
        Result<SpanIndex> back = SpanIndex::deserialise(bytes);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->size(), index.size());
        QCOMPARE(back->recordCount(), index.recordCount());
        for (int64_t i = 0; i < index.size(); ++i) {
            QCOMPARE(back->tokenAt(i), index.tokenAt(i));
            QCOMPARE(back->suffixAt(i), index.suffixAt(i));
        }
        QCOMPARE(back->serialise(), bytes);
        QCOMPARE(bytes.size(),
                 40 + (index.recordCount() + 1) * 3 + index.size() * (tokenBytes + 3) + 32);
    }

    void damagedBytesAreRefused_data()
    {
        QTest::addColumn<int>("offset"); // byte to change; -1: truncate by one byte
        QTest::addColumn<int>("expectedCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("magic") << 0 << int(ErrorCode::Corrupt) << "magic";
        QTest::newRow("newer format") << 8 << int(ErrorCode::Unsupported) << "format";
        QTest::newRow("token width") << 12 << int(ErrorCode::Corrupt) << "token width";
        QTest::newRow("pointer width") << 16 << int(ErrorCode::Corrupt) << "pointer width";
        QTest::newRow("text size") << 24 << int(ErrorCode::Corrupt) << "length";
        QTest::newRow("a token") << 60 << int(ErrorCode::Corrupt) << "checksum";
        QTest::newRow("truncated") << -1 << int(ErrorCode::Corrupt) << "length";
    }
    void damagedBytesAreRefused()
    {
        QFETCH(int, offset);
        QFETCH(int, expectedCode);
        QFETCH(QString, mentions);
        QByteArray bytes = buildIndex(randomRecords(3, 20, 30)).serialise();
        if (offset < 0)
            bytes.chop(1);
        else
            bytes[offset] = char(bytes.at(offset) + 7);
        Result<SpanIndex> index = SpanIndex::deserialise(bytes);
        QVERIFY(!index);
        QCOMPARE(int(index.error().code), expectedCode);
        QVERIFY2(index.error().message.contains(mentions), qPrintable(index.error().message));
    }

    void everyTruncationIsRefused()
    {
        const QByteArray bytes = buildIndex(randomRecords(4, 5, 10)).serialise();
        for (int n = 0; n < bytes.size(); ++n)
            QVERIFY(!SpanIndex::deserialise(bytes.left(n)));
    }
};

QTEST_GUILESS_MAIN(SuffixArrayTest)
#include "suffix_array_test.moc"
