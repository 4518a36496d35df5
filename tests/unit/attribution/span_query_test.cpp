// Span matching and scoring: maximal spans against a brute-force search, record boundaries, the
// common-span threshold, the choice of informative spans, shares that add up to 1, and the same
// bits from any number of threads.
#include "attribution/SpanQuery.h"

#include <QRandomGenerator>
#include <QTest>
#include <cstring>
#include <set>
#include <thread>
#include <tuple>

using namespace fw;
using namespace fw::attribution;

namespace {

using Records = std::vector<std::vector<std::vector<int>>>;

SpanIndex buildIndex(const Records& records)
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

Records randomRecords(QRandomGenerator& rng, int records, int alphabet, int maxLength)
{
    Records out(static_cast<size_t>(records));
    for (auto& record : out) {
        record.resize(1 + rng.bounded(2));
        for (auto& doc : record) {
            doc.resize(rng.bounded(maxLength));
            for (int& t : doc)
                t = int(rng.bounded(alphabet));
        }
    }
    return out;
}

// An answer that copies pieces of the records, with random tokens between them.
std::vector<int32_t> answerFrom(QRandomGenerator& rng, const Records& records, int alphabet,
                                int pieces)
{
    std::vector<int32_t> answer;
    for (int p = 0; p < pieces; ++p) {
        const auto& record = records[rng.bounded(quint32(records.size()))];
        const auto& doc = record[rng.bounded(quint32(record.size()))];
        if (!doc.empty()) {
            const size_t from = rng.bounded(quint32(doc.size()));
            const size_t to = std::min(doc.size(), from + 2 + rng.bounded(12));
            answer.insert(answer.end(), doc.begin() + long(from), doc.begin() + long(to));
        }
        for (quint32 k = rng.bounded(3); k > 0; --k)
            answer.push_back(int32_t(rng.bounded(alphabet)));
    }
    return answer;
}

int64_t naiveCount(const Records& records, const std::vector<int32_t>& ids, int begin, int end)
{
    int64_t count = 0;
    for (const auto& record : records)
        for (const auto& doc : record)
            for (size_t i = 0; i + size_t(end - begin) <= doc.size(); ++i)
                count += std::equal(ids.begin() + begin, ids.begin() + end, doc.begin() + long(i))
                             ? 1
                             : 0;
    return count;
}

// (begin, end, occurrences) of every occurring [i, j), j - i >= minSpan, that cannot be extended
// by one token on either side and still occur: the definition, searched exhaustively.
std::set<std::tuple<int, int, int64_t>>
bruteForceMaximal(const Records& records, const std::vector<int32_t>& ids, int minSpan)
{
    const int n = int(ids.size());
    std::set<std::tuple<int, int, int64_t>> out;
    for (int i = 0; i < n; ++i)
        for (int j = i + minSpan; j <= n; ++j) {
            const int64_t count = naiveCount(records, ids, i, j);
            if (count == 0)
                break;
            const bool extendsRight = j < n && naiveCount(records, ids, i, j + 1) > 0;
            const bool extendsLeft = i > 0 && naiveCount(records, ids, i - 1, j) > 0;
            if (!extendsRight && !extendsLeft)
                out.insert({i, j, count});
        }
    return out;
}

bool sameBits(const std::vector<RecordScore>& a, const std::vector<RecordScore>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].record != b[i].record ||
            std::memcmp(&a[i].score, &b[i].score, sizeof(double)) != 0 ||
            std::memcmp(&a[i].share, &b[i].share, sizeof(double)) != 0 ||
            a[i].spans.size() != b[i].spans.size())
            return false;
    return true;
}

} // namespace

class SpanQueryTest : public QObject
{
    Q_OBJECT
private slots:
    void maximalSpansMatchBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("alphabet");
        QTest::addColumn<int>("minSpan");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(2 + seed % 5) << int(1 + seed % 4);
    }
    void maximalSpansMatchBruteForce()
    {
        QFETCH(quint32, seed);
        QFETCH(int, alphabet);
        QFETCH(int, minSpan);
        QRandomGenerator rng(seed);
        const Records records = randomRecords(rng, 12, alphabet, 30);
        const SpanIndex index = buildIndex(records);
        for (int trial = 0; trial < 10; ++trial) {
            const std::vector<int32_t> answer = answerFrom(rng, records, alphabet + 1, 4);
            std::set<std::tuple<int, int, int64_t>> found;
            for (const SpanMatch& m : maximalSpans(index, answer, minSpan))
                found.insert({m.begin, m.end, m.occurrences.size()});
            QCOMPARE(found, bruteForceMaximal(records, answer, minSpan));
        }
    }

    void spansNeverCrossRecords()
    {
        const SpanIndex index =
            buildIndex({{{10, 11, 12, 13, 14, 15}}, {{16, 17, 18, 19, 20, 21}}});
        const std::vector<int32_t> answer{13, 14, 15, 16, 17, 18};
        const std::vector<SpanMatch> spans = maximalSpans(index, answer, 3);
        QCOMPARE(int(spans.size()), 2);
        QCOMPARE(std::make_pair(spans[0].begin, spans[0].end), std::make_pair(0, 3));
        QCOMPARE(std::make_pair(spans[1].begin, spans[1].end), std::make_pair(3, 6));
        // Neither are the documents of one record joined.
        const SpanIndex twoDocs = buildIndex({{{1, 2, 3}, {4, 5, 6}}});
        QVERIFY(maximalSpans(twoDocs, {1, 2, 3, 4, 5, 6}, 4).empty());
    }

    void commonSpansAreDropped()
    {
        Records records;
        for (int r = 0; r < 10; ++r)
            records.push_back({{1, 2, 3, 4, 5, 6, 100 + r}}); // a phrase every record shares
        const SpanIndex index = buildIndex(records);
        const std::vector<int32_t> answer{1, 2, 3, 4, 5, 6};
        SpanOptions options;
        options.minSpan = 6;
        options.maxCount = 9;
        QVERIFY(attributeSpans(index, answer, options).empty());
        options.maxCount = 10;
        const std::vector<RecordScore> scores = attributeSpans(index, answer, options);
        QCOMPARE(int(scores.size()), 10);
        for (const RecordScore& s : scores)
            QCOMPARE(s.share, scores.front().share); // one span, split evenly
    }

    void mostInformativeSpansAreKept()
    {
        // Record 0 holds a span of frequent tokens, record 1 one of rare tokens.
        Records records{{{1, 1, 2, 2, 1, 2, 9}}, {{50, 51, 52, 53, 9}}};
        for (int r = 0; r < 20; ++r)
            records.push_back({{1, 2, 1, 2}});
        const SpanIndex index = buildIndex(records);
        const std::vector<int32_t> answer{1, 1, 2, 2, 1, 2, 9, 7, 50, 51, 52, 53};
        SpanOptions options;
        options.minSpan = 4;
        options.maxSpans = 1;
        const std::vector<RecordScore> scores = attributeSpans(index, answer, options);
        QCOMPARE(int(scores.size()), 1);
        QCOMPARE(scores.front().record, 1);
        QCOMPARE(scores.front().spans.front().answerBegin, 8);
        QCOMPARE(scores.front().spans.front().recordBegin, 0);
        QCOMPARE(scores.front().spans.front().recordEnd, 4);
    }

    void sharesAddUpToOne_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 10; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void sharesAddUpToOne()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const Records records = randomRecords(rng, 40, 6, 40);
        const SpanIndex index = buildIndex(records);
        SpanOptions options;
        options.minSpan = 3;
        const std::vector<RecordScore> scores =
            attributeSpans(index, answerFrom(rng, records, 6, 8), options);
        QVERIFY(!scores.empty());
        double sum = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            QVERIFY(scores[i].share > 0 && scores[i].share <= 1);
            if (i > 0)
                QVERIFY(scores[i - 1].score >= scores[i].score);
            sum += scores[i].share;
        }
        QVERIFY2(std::abs(sum - 1.0) < 1e-12, qPrintable(QString::number(sum, 'g', 17)));
    }

    void sameBitsFromAnyThread()
    {
        QRandomGenerator rng(77);
        const Records records = randomRecords(rng, 300, 8, 60);
        const SpanIndex index = buildIndex(records);
        std::vector<std::vector<int32_t>> answers;
        for (int a = 0; a < 16; ++a)
            answers.push_back(answerFrom(rng, records, 8, 12));
        SpanOptions options;
        options.minSpan = 3;
        std::vector<std::vector<RecordScore>> alone;
        for (const auto& answer : answers)
            alone.push_back(attributeSpans(index, answer, options));
        std::vector<std::vector<std::vector<RecordScore>>> threaded(8);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < threaded.size(); ++t)
            threads.emplace_back([&, t] {
                for (size_t a = 0; a < answers.size(); ++a) // each thread in another order
                    threaded[t].push_back(
                        attributeSpans(index, answers[(a + t) % answers.size()], options));
            });
        for (std::thread& t : threads)
            t.join();
        for (size_t t = 0; t < threaded.size(); ++t)
            for (size_t a = 0; a < answers.size(); ++a)
                QVERIFY(sameBits(threaded[t][a], alone[(a + t) % answers.size()]));
    }
};

QTEST_GUILESS_MAIN(SpanQueryTest)
#include "span_query_test.moc"
