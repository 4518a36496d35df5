// The loop over missing answers.
#include "feedback/AnswerGeneration.h"

#include <QCoreApplication>

namespace fw::feedback {

Result<qint64> generateAnswers(store::Workspace& workspace, qint64 campaignId,
                               const AnswerGenerator& generate, const AnswerProgress& progress,
                               const std::atomic_bool* cancel)
{
    CampaignStore store(workspace);
    Result<QList<AnswerTask>> tasks = store.missingAnswers(campaignId);
    if (!tasks)
        return tasks.error();
    const qint64 total = tasks->size();
    qint64 done = 0;
    for (const AnswerTask& task : *tasks) {
        if (cancel && cancel->load())
            return makeError(
                ErrorCode::Cancelled,
                QCoreApplication::translate("fw::feedback", "Answer generation stopped."));
        Result<QString> text = generate(task.model, task.prompt, cancel);
        if (!text)
            return makeError(text.error().code,
                             QCoreApplication::translate("fw::feedback", "%1 on item %2: %3")
                                 .arg(task.model)
                                 .arg(task.itemId)
                                 .arg(text.error().message));
        if (Status s = store.storeAnswer(task.itemId, task.model, *text); !s)
            return s.error();
        ++done;
        if (progress && !progress(done, total))
            return makeError(
                ErrorCode::Cancelled,
                QCoreApplication::translate("fw::feedback", "Answer generation stopped."));
    }
    return done;
}

} // namespace fw::feedback
