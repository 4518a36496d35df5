// A policy against a baseline on the same prompts, judged by a reward model: each prompt's two
// answers are scored and the higher one wins (identical answers, or equal scores, tie). This is
// the automatic half of "is DPO better than its SFT base?"; the blind A/B campaign is the human one.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace fw::feedback {

enum class Verdict { PolicyWins, Tie, BaselineWins };

struct JudgedPrompt
{
    QString prompt;
    QString policyAnswer;
    QString baselineAnswer;
    double policyReward = 0;
    double baselineReward = 0;
    Verdict verdict = Verdict::Tie;
};

struct WinRateSummary
{
    int wins = 0; // the policy's
    int ties = 0;
    int losses = 0;
    double meanMargin = 0; // mean of policy reward - baseline reward

    int total() const { return wins + ties + losses; }
    // (wins + ties / 2) / total, as AlpacaEval and MT-Bench count a tie; -1 when nothing was judged.
    double rate() const { return total() == 0 ? -1.0 : (wins + 0.5 * ties) / total(); }
};

// A reward model's score of a response to a prompt (higher is better).
using RewardFunction = std::function<Result<double>(const QString& prompt, const QString& response)>;

// Scores both answers; identical answers tie without being scored twice.
Result<JudgedPrompt> judgePrompt(const QString& prompt, const QString& policyAnswer,
                                 const QString& baselineAnswer, const RewardFunction& reward);

WinRateSummary summarize(const QList<JudgedPrompt>& judged);

// "the policy wins 7, ties 1, loses 4 of 12: win rate 62.5%"; for people, in their language.
QString describe(const WinRateSummary& summary);

class WinRate
{
public:
    Q_DECLARE_TR_FUNCTIONS(fw::feedback::WinRate)
};

} // namespace fw::feedback
