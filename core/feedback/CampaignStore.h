// Feedback campaigns in the workspace: create them, their prompts, the cache of generated answers,
// the next item a labeler should see (overlap respected, shuffled per item) and progress.
#pragma once

#include "common/Result.h"
#include "feedback/Campaign.h"

#include <QCoreApplication>
#include <optional>

namespace fw::store {
class Workspace;
}

namespace fw::feedback {

// One answer still to be generated.
struct AnswerTask
{
    qint64 itemId = 0;
    QString model;
    QString prompt;
};

class CampaignStore
{
public:
    explicit CampaignStore(store::Workspace& workspace) : m_workspace(workspace) {}

    // Checks the name, the datanet (preference kind), the models and the overlap; adds the prompts.
    Result<Campaign> create(const Campaign& spec, const QStringList& prompts);
    Result<QList<Campaign>> campaigns() const;
    Result<Campaign> campaign(qint64 id) const;

    Result<QList<AnswerTask>> missingAnswers(qint64 campaignId) const;
    Status storeAnswer(qint64 itemId, const QString& model, const QString& text);

    // The first item, by position, whose answers are all cached, that `labeler` has not labeled
    // and that has fewer than `overlap` labels; nullopt when none is left. `skipped` items are
    // passed over. Blind campaigns shuffle the answers, the same way for one labeler and item.
    Result<std::optional<PresentedItem>> nextItem(qint64 campaignId, const QString& labeler,
                                                  const QList<qint64>& skipped = {}) const;
    Result<CampaignProgress> progress(qint64 campaignId, const QString& labeler) const;

    // The shuffle a labeler sees for an item: a permutation of `count`, fixed by its seed.
    static QList<int> shuffle(int count, qint64 itemId, const QString& labeler);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::feedback::CampaignStore)
private:
    Result<QList<CampaignItem>> items(const Campaign& c) const;

    store::Workspace& m_workspace;
};

} // namespace fw::feedback
