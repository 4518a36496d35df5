// Judging two answers by their rewards, and the tally.
#include "feedback/WinRate.h"

#include <QLocale>
#include <cmath>

namespace fw::feedback {

namespace {
// Rewards come from float32 forward passes: scores this close are the same judgement.
bool sameScore(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}
} // namespace

Result<JudgedPrompt> judgePrompt(const QString& prompt, const QString& policyAnswer,
                                 const QString& baselineAnswer, const RewardFunction& reward)
{
    JudgedPrompt j{prompt, policyAnswer, baselineAnswer, 0, 0, Verdict::Tie};
    Result<double> policy = reward(prompt, policyAnswer);
    if (!policy)
        return policy.error();
    j.policyReward = *policy;
    if (policyAnswer.trimmed() == baselineAnswer.trimmed()) {
        j.baselineReward = j.policyReward;
        return j;
    }
    Result<double> baseline = reward(prompt, baselineAnswer);
    if (!baseline)
        return baseline.error();
    j.baselineReward = *baseline;
    if (!std::isfinite(j.policyReward) || !std::isfinite(j.baselineReward))
        return makeError(ErrorCode::InvalidArgument,
                         WinRate::tr("The reward model gave a score that is not a number; it cannot judge."));
    if (!sameScore(j.policyReward, j.baselineReward))
        j.verdict = j.policyReward > j.baselineReward ? Verdict::PolicyWins : Verdict::BaselineWins;
    return j;
}

WinRateSummary summarize(const QList<JudgedPrompt>& judged)
{
    WinRateSummary s;
    double margin = 0;
    for (const JudgedPrompt& j : judged) {
        (j.verdict == Verdict::PolicyWins ? s.wins : j.verdict == Verdict::Tie ? s.ties : s.losses)++;
        margin += j.policyReward - j.baselineReward;
    }
    s.meanMargin = judged.isEmpty() ? 0.0 : margin / judged.size();
    return s;
}

QString describe(const WinRateSummary& s)
{
    if (s.total() == 0)
        return WinRate::tr("Nothing judged yet.");
    const QLocale l;
    return WinRate::tr("win rate %1% (%2 wins, %3 ties, %4 losses of %n prompt(s); mean reward margin %5)",
                       nullptr, s.total())
        .arg(l.toString(100.0 * s.rate(), 'f', 1))
        .arg(s.wins)
        .arg(s.ties)
        .arg(s.losses)
        .arg(l.toString(s.meanMargin, 'f', 3));
}

} // namespace fw::feedback
