// Judging a policy's answers against a baseline's by a reward function, and the win-rate tally.
#include "feedback/WinRate.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace fw;
using feedback::Verdict;

class WinRateTest : public QObject
{
    Q_OBJECT

private slots:
    void judgesByTheHigherReward_data()
    {
        QTest::addColumn<double>("policy");
        QTest::addColumn<double>("baseline");
        QTest::addColumn<int>("verdict");
        QTest::newRow("policy higher") << 1.5 << 0.5 << int(Verdict::PolicyWins);
        QTest::newRow("baseline higher") << -2.0 << -1.0 << int(Verdict::BaselineWins);
        QTest::newRow("equal") << 0.25 << 0.25 << int(Verdict::Tie);
        QTest::newRow("float noise is a tie") << 3.0 << 3.0 + 1e-9 << int(Verdict::Tie);
    }
    void judgesByTheHigherReward()
    {
        QFETCH(double, policy);
        QFETCH(double, baseline);
        QFETCH(int, verdict);
        const feedback::RewardFunction reward = [&](const QString&, const QString& r) -> Result<double> {
            return r == QLatin1String("mine") ? policy : baseline;
        };
        Result<feedback::JudgedPrompt> j = feedback::judgePrompt("q", "mine", "theirs", reward);
        QVERIFY(j);
        QCOMPARE(int(j->verdict), verdict);
        QCOMPARE(j->policyReward, policy);
        QCOMPARE(j->baselineReward, baseline);
    }

    void identicalAnswersTieWithOneScore()
    {
        int calls = 0;
        const feedback::RewardFunction reward = [&](const QString&, const QString&) -> Result<double> {
            ++calls;
            return 1.0;
        };
        Result<feedback::JudgedPrompt> j = feedback::judgePrompt("q", "Paris.", " Paris. ", reward);
        QVERIFY(j);
        QCOMPARE(int(j->verdict), int(Verdict::Tie));
        QCOMPARE(calls, 1);
    }

    void aJudgeThatFailsOrGivesNanIsAnError()
    {
        const feedback::RewardFunction noHead = [](const QString&, const QString&) -> Result<double> {
            return makeError(ErrorCode::NotFound, QStringLiteral("no reward head"));
        };
        Result<feedback::JudgedPrompt> j = feedback::judgePrompt("q", "a", "b", noHead);
        QVERIFY(!j);
        QCOMPARE(j.error().code, ErrorCode::NotFound);
        const feedback::RewardFunction nan = [](const QString&, const QString& r) -> Result<double> {
            return r == QLatin1String("a") ? std::numeric_limits<double>::quiet_NaN() : 0.0;
        };
        j = feedback::judgePrompt("q", "a", "b", nan);
        QVERIFY(!j);
        QVERIFY(j.error().message.contains(QStringLiteral("not a number")));
    }

    void tiesCountHalf()
    {
        QList<feedback::JudgedPrompt> judged;
        const auto add = [&](double p, double b, Verdict v) { judged << feedback::JudgedPrompt{"q", "a", "b", p, b, v}; };
        add(2, 1, Verdict::PolicyWins);
        add(2, 1, Verdict::PolicyWins);
        add(1, 1, Verdict::Tie);
        add(0, 3, Verdict::BaselineWins);
        const feedback::WinRateSummary s = feedback::summarize(judged);
        QCOMPARE(s.wins, 2);
        QCOMPARE(s.ties, 1);
        QCOMPARE(s.losses, 1);
        QCOMPARE(s.rate(), 2.5 / 4);
        QCOMPARE(s.meanMargin, (1.0 + 1.0 + 0.0 - 3.0) / 4);
        QVERIFY(feedback::describe(s).contains(QStringLiteral("62.5%")));
        QCOMPARE(feedback::summarize({}).rate(), -1.0);
    }
};

QTEST_GUILESS_MAIN(WinRateTest)
#include "feedback_win_rate_test.moc"
