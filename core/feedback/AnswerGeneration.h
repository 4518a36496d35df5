// Fills a campaign's answer cache ahead of the labelers: every missing (item, model) answer, one
// short write each, on whatever thread the caller picks (the GUI's job runner, the CLI's main).
#pragma once

#include "common/Result.h"
#include "feedback/CampaignStore.h"

#include <atomic>
#include <functional>

namespace fw::feedback {

// Writes one model's answer to one prompt.
using AnswerGenerator = std::function<Result<QString>(const QString& model, const QString& prompt,
                                                      const std::atomic_bool* cancel)>;
// done, total; return false to stop after the current answer.
using AnswerProgress = std::function<bool(qint64 done, qint64 total)>;

// Returns how many answers were stored; stops with Cancelled when `cancel` is set or `progress`
// says so, keeping the answers stored so far (the next run goes on from there).
Result<qint64> generateAnswers(store::Workspace& workspace, qint64 campaignId,
                               const AnswerGenerator& generate, const AnswerProgress& progress = {},
                               const std::atomic_bool* cancel = nullptr);

} // namespace fw::feedback
