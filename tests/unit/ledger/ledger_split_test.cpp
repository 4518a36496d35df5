// The revenue split: exact sums over many random cases, the rounding rule, the fallback parties.
#include "ledger/RevenueSplit.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fw;
using namespace fw::ledger;

namespace {
QString party(int i)
{
    return QStringLiteral("fw1party%1").arg(i, 3, 10, QLatin1Char('0'));
}
} // namespace

class SplitTest : public QObject
{
    Q_OBJECT
private slots:
    void apportions_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<quint64>>("weights");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("even") << qint64(10) << QList<quint64>{1, 1} << QList<qint64>{5, 5};
        // 10/3 = 3.33 each: the one unit left goes to the lowest index among equal remainders.
        QTest::newRow("thirds tie")
            << qint64(10) << QList<quint64>{1, 1, 1} << QList<qint64>{4, 3, 3};
        // 7 * (1,2,4)/7... 5*(1/7, 2/7, 4/7) = 0.71, 1.43, 2.86: floors 0,1,2; one left -> 0.71.
        QTest::newRow("largest remainder")
            << qint64(5) << QList<quint64>{1, 2, 4} << QList<qint64>{1, 1, 3};
        QTest::newRow("zero weight") << qint64(3) << QList<quint64>{0, 1} << QList<qint64>{0, 3};
        QTest::newRow("one unit, many")
            << qint64(1) << QList<quint64>{5, 5, 6} << QList<qint64>{0, 0, 1};
        QTest::newRow("no weight") << qint64(9) << QList<quint64>{0, 0} << QList<qint64>{0, 0};
        QTest::newRow("max amount, big weights")
            << qint64(kMaxAmount) << QList<quint64>{~0ull / 3, ~0ull / 3, ~0ull / 3}
            << QList<qint64>{kMaxAmount / 3 + 1, kMaxAmount / 3, kMaxAmount / 3};
    }
    void apportions()
    {
        QFETCH(qint64, total);
        QFETCH(QList<quint64>, weights);
        QFETCH(QList<qint64>, expected);
        const std::vector<Amount> parts =
            apportion(total, std::vector<quint64>(weights.begin(), weights.end()));
        QCOMPARE(QList<qint64>(parts.begin(), parts.end()), expected);
    }

    void splitsByPolicy()
    {
        const SplitPolicy policy{1'000, 2'500, 6'500};
        const auto lines =
            splitFee(1'001, policy, "fw1node", "fw1builder",
                     {{"fw1b", Role::Contributor, 1}, {"fw1a", Role::Labeler, 2}}, {});
        QVERIFY2(lines.ok(), qPrintable(lines.error().message));
        // 1001 * (0.1, 0.25, 0.65) = 100.1, 250.25, 650.65 -> 100, 250, 651; 651 * (2/3, 1/3).
        const std::vector<SplitLine> expected{{"fw1node", Role::Node, 100},
                                              {"fw1builder", Role::Builder, 250},
                                              {"fw1a", Role::Labeler, 434},
                                              {"fw1b", Role::Contributor, 217}};
        QVERIFY(*lines == expected);
    }

    void fallsBack()
    {
        const SplitPolicy policy{0, 5'000, 5'000};
        auto lines =
            splitFee(100, policy, "fw1node", "fw1builder", {{"fw1x", Role::Contributor, 0}},
                     {{"fw1c", Role::Contributor, 30}, {"fw1d", Role::Contributor, 70}});
        QVERIFY(lines.ok());
        const std::vector<SplitLine> byRecords{{"fw1builder", Role::Builder, 50},
                                               {"fw1c", Role::Contributor, 15},
                                               {"fw1d", Role::Contributor, 35}};
        QVERIFY(*lines == byRecords);
        lines = splitFee(100, policy, "fw1node", "fw1builder", {}, {});
        QVERIFY(lines.ok());
        const std::vector<SplitLine> builderOnly{{"fw1builder", Role::Builder, 100}};
        QVERIFY(*lines == builderOnly);
    }

    // A party named twice (a contributor who is also a labeler, or twice a contributor) must not
    // make the lines depend on the order the caller listed them in (found by fuzz_revenue_split).
    void repeatedPartiesDoNotDependOnOrder()
    {
        const std::vector<WeightedParty> parties{{"fw1a", Role::Contributor, 1},
                                                 {"fw1a", Role::Labeler, 2},
                                                 {"fw1a", Role::Contributor, 4}};
        std::vector<WeightedParty> reversed(parties.rbegin(), parties.rend());
        const auto one = splitFee(1'001, {0, 0, 10'000}, "fw1node", "fw1builder", parties, {});
        const auto two = splitFee(1'001, {0, 0, 10'000}, "fw1node", "fw1builder", reversed, {});
        QVERIFY(one.ok() && two.ok());
        QCOMPARE(sumOf(*one), Amount(1'001));
        QVERIFY(*one == *two);
    }

    void refuses()
    {
        QVERIFY(!splitFee(-1, {}, "n", "b", {}, {}).ok());
        QVERIFY(!splitFee(kMaxAmount + 1, {}, "n", "b", {}, {}).ok());
        QVERIFY(!splitFee(1, {5'000, 5'000, 1}, "n", "b", {}, {}).ok());
        QVERIFY(!splitFee(1, {-1, 5'001, 5'000}, "n", "b", {}, {}).ok());
        QVERIFY(!splitFee(1, {}, "n", "b", {{"x", Role::Node, 1}}, {}).ok());
        QVERIFY(!weightsFromShares({0.5, -0.1}).ok());
        QVERIFY(!weightsFromShares({qQNaN()}).ok());
        QVERIFY(!weightsFromShares({qInf()}).ok());
    }

    void sharesBecomeWeightsDeterministically()
    {
        const auto w = weightsFromShares({0.1, 0.2, 0.7, 1.0 / 3});
        QVERIFY(w.ok());
        QCOMPARE(*w, (std::vector<quint64>{100'000'000, 200'000'000, 700'000'000, 333'333'333}));
    }

    // The property: whatever the fee, policy and parties, the lines add up to the fee exactly,
    // no line is negative, and the same input gives the same lines whatever the parties' order.
    void everySplitAddsUp()
    {
        QRandomGenerator rng(20261130);
        for (int round = 0; round < 20'000; ++round) {
            const int nodeBps = int(rng.bounded(10'001));
            const int builderBps = int(rng.bounded(10'001 - nodeBps));
            const SplitPolicy policy{nodeBps, builderBps, 10'000 - nodeBps - builderBps};
            Amount fee = Amount(rng.bounded(1'000));
            if (round % 3 == 1)
                fee = Amount(rng.generate64() % quint64(kMaxAmount + 1));
            std::vector<WeightedParty> attributed, fallback;
            const int n = int(rng.bounded(12));
            std::vector<double> shares;
            for (int i = 0; i < n; ++i)
                shares.push_back(rng.generateDouble());
            const auto weights = weightsFromShares(shares);
            QVERIFY(weights.ok());
            for (int i = 0; i < n; ++i)
                attributed.push_back({party(i), i % 2 ? Role::Labeler : Role::Contributor,
                                      round % 5 == 0 ? rng.generate64() >> 2 : (*weights)[i]});
            for (int i = 0; i < int(rng.bounded(4)); ++i)
                fallback.push_back({party(100 + i), Role::Contributor, rng.bounded(50u)});
            const auto lines = splitFee(fee, policy, "fw1node", "fw1builder", attributed, fallback);
            QVERIFY2(lines.ok(), qPrintable(lines.error().message));
            QCOMPARE(sumOf(*lines), fee);
            for (const SplitLine& l : *lines)
                QVERIFY(l.amount > 0);
            std::reverse(attributed.begin(), attributed.end());
            const auto again = splitFee(fee, policy, "fw1node", "fw1builder", attributed, fallback);
            QVERIFY(*again == *lines);
        }
    }
};

QTEST_GUILESS_MAIN(SplitTest)
#include "ledger_split_test.moc"
