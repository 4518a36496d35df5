// Agreement statistics against published worked examples: Krippendorff (2011) "Computing
// Krippendorff's Alpha-Reliability" and the two-rater tables of Cohen's kappa textbooks.
#include "feedback/Agreement.h"

#include <QtTest>

using namespace fw::feedback;

namespace {
constexpr int kMissing = -1;

// A units x labelers table (one row per labeler) as judgements; kMissing leaves a value out.
QList<Judgement> table(const QList<QList<int>>& rows)
{
    QList<Judgement> out;
    for (int r = 0; r < rows.size(); ++r)
        for (int u = 0; u < rows[r].size(); ++u)
            if (rows[r][u] != kMissing)
                out << Judgement{QStringLiteral("unit %1").arg(u + 1),
                                 QStringLiteral("labeler %1").arg(r + 1), rows[r][u]};
    return out;
}

// Krippendorff 2011, section C: 4 observers, 12 units, values 1-5, 7 values missing.
QList<Judgement> krippendorffExample()
{
    const int m = kMissing;
    return table({{1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m},
                  {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3},
                  {m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m},
                  {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m}});
}

// A 2x2 agreement table (yes/yes, yes/no, no/yes, no/no counts) as two labelers' judgements.
QList<Judgement> twoByTwo(int yesYes, int yesNo, int noYes, int noNo)
{
    QList<Judgement> out;
    int unit = 0;
    auto add = [&](int count, int first, int second) {
        for (int i = 0; i < count; ++i, ++unit) {
            out << Judgement{QString::number(unit), QStringLiteral("first"), first};
            out << Judgement{QString::number(unit), QStringLiteral("second"), second};
        }
    };
    add(yesYes, 1, 1);
    add(yesNo, 1, 0);
    add(noYes, 0, 1);
    add(noNo, 0, 0);
    return out;
}
} // namespace

class FeedbackAgreementTest : public QObject
{
    Q_OBJECT
private slots:
    void krippendorffWorkedExample_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("expected");
        // The paper's results: nominal .743, ordinal .815 (interval .849, ratio .797 not built).
        QTest::newRow("nominal") << int(Metric::Nominal) << 0.743;
        QTest::newRow("ordinal") << int(Metric::Ordinal) << 0.815;
    }
    void krippendorffWorkedExample()
    {
        QFETCH(int, metric);
        QFETCH(double, expected);
        const std::optional<double> alpha =
            krippendorffAlpha(krippendorffExample(), Metric(metric));
        QVERIFY(alpha.has_value());
        QVERIFY2(std::abs(*alpha - expected) < 0.0005, qPrintable(QString::number(*alpha)));
    }

    void krippendorffBinaryExample()
    {
        // Same paper, section A: two observers, ten units, binary values: alpha = .095.
        const QList<Judgement> j =
            table({{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}});
        QVERIFY(std::abs(*krippendorffAlpha(j, Metric::Nominal) - 0.095) < 0.0005);
    }

    void krippendorffEdgeCases()
    {
        // Perfect agreement over varied values is 1; one value everywhere leaves alpha undefined.
        QCOMPARE(*krippendorffAlpha(table({{1, 2, 3}, {1, 2, 3}}), Metric::Nominal), 1.0);
        QVERIFY(!krippendorffAlpha(table({{2, 2, 2}, {2, 2, 2}}), Metric::Nominal).has_value());
        // No unit with two values: nothing is pairable.
        QVERIFY(
            !krippendorffAlpha(table({{1, kMissing}, {kMissing, 2}}), Metric::Nominal).has_value());
        QVERIFY(!krippendorffAlpha({}, Metric::Ordinal).has_value());
        // A labeler's second value for a unit replaces the first.
        QList<Judgement> j = table({{1, 2, 3}, {1, 2, 3}});
        j.prepend(Judgement{QStringLiteral("unit 1"), QStringLiteral("labeler 1"), 3});
        QCOMPARE(*krippendorffAlpha(j, Metric::Nominal), 1.0);
    }

    void cohenKappaTextbookTables_data()
    {
        QTest::addColumn<int>("yesYes");
        QTest::addColumn<int>("yesNo");
        QTest::addColumn<int>("noYes");
        QTest::addColumn<int>("noNo");
        QTest::addColumn<double>("expected");
        // 50 proposals, two readers: p_o = .70, p_e = .50, kappa = .40.
        QTest::newRow("50 proposals") << 20 << 5 << 10 << 15 << 0.4;
        // Equal p_o = .60 with different marginals: kappa .1304 and .2593.
        QTest::newRow("balanced marginals") << 45 << 15 << 25 << 15 << 0.1304;
        QTest::newRow("skewed marginals") << 25 << 35 << 5 << 35 << 0.2593;
    }
    void cohenKappaTextbookTables()
    {
        QFETCH(int, yesYes);
        QFETCH(int, yesNo);
        QFETCH(int, noYes);
        QFETCH(int, noNo);
        QFETCH(double, expected);
        const std::optional<double> kappa =
            cohenKappa(twoByTwo(yesYes, yesNo, noYes, noNo), QStringLiteral("first"),
                       QStringLiteral("second"));
        QVERIFY(kappa.has_value());
        QVERIFY2(std::abs(*kappa - expected) < 0.00005, qPrintable(QString::number(*kappa)));
    }

    void cohenKappaOnlyOverSharedUnits()
    {
        QList<Judgement> j = twoByTwo(20, 5, 10, 15);
        j << Judgement{QStringLiteral("only first"), QStringLiteral("first"), 1};
        QVERIFY(std::abs(*cohenKappa(j, QStringLiteral("first"), QStringLiteral("second")) - 0.4) <
                1e-9);
        QVERIFY(!cohenKappa(j, QStringLiteral("first"), QStringLiteral("nobody")).has_value());
        // Both always say yes: chance agreement is certain, kappa undefined.
        QVERIFY(!cohenKappa(twoByTwo(5, 0, 0, 0), QStringLiteral("first"), QStringLiteral("second"))
                     .has_value());
    }

    void labelerAgreementWithTheRest()
    {
        // Units 1-4: A and B agree everywhere, C agrees with them on unit 1 only.
        const QList<Judgement> j = table({{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 1, 1, 1}});
        const QList<LabelerAgreement> a = labelerAgreement(j);
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[0].labeler, QStringLiteral("labeler 1"));
        QCOMPARE(a[0].comparisons, qint64(8));
        QCOMPARE(a[0].agreement, 5.0 / 8.0); // all 4 with B, 1 of 4 with C
        QCOMPARE(a[2].agreement, 2.0 / 8.0);
    }

    void mostDisagreedItemsFirst()
    {
        const QList<Judgement> j = table({{1, 1, 1, 5}, {1, 2, 1, 1}, {1, 2, kMissing, kMissing}});
        const QList<UnitDisagreement> nominal = mostDisagreed(j, Metric::Nominal, 10);
        QCOMPARE(nominal.size(), 4);
        QCOMPARE(nominal[0].unit, QStringLiteral("unit 4")); // 1 vs 5: the one pair differs
        QCOMPARE(nominal[0].disagreement, 1.0);
        QCOMPARE(nominal[1].unit, QStringLiteral("unit 2")); // 1, 2, 2: two of three pairs differ
        QCOMPARE(nominal[1].disagreement, 2.0 / 3.0);
        QCOMPARE(nominal[2].disagreement, 0.0);
        // Ordinal: the distance counts, so 1 vs 2 is a small disagreement beside 1 vs 5.
        const QList<UnitDisagreement> ordinal = mostDisagreed(j, Metric::Ordinal, 2);
        QCOMPARE(ordinal.size(), 2);
        QCOMPARE(ordinal[0].unit, QStringLiteral("unit 4"));
        QCOMPARE(ordinal[1].disagreement, (2.0 / 3.0) * 0.25);
    }
};

QTEST_GUILESS_MAIN(FeedbackAgreementTest)
#include "feedback_agreement_test.moc"
