// A feedback campaign as plain values: prompts, the models that answer them, the labeling mode,
// the preference datanet that receives the labels, and how far the labeling has come.
#pragma once

#include "feedback/FeedbackLabel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace fw::feedback {

struct Campaign
{
    static constexpr int kMaxModels = 4;

    qint64 id = 0;
    QString name;
    qint64 datanetId = 0; // the preference datanet that receives the labels
    LabelMode mode = LabelMode::Pairwise;
    QStringList models; // registered models or adapters; two to four (rewrite: one or more)
    QJsonObject source; // where the prompts came from: {"kind": "typed" | "datanet-version" | ...}
    int overlap = 1;    // labels wanted per item, from different labelers
    bool blind = true;  // shuffle the answers per item, names shown only after submit
    QDateTime createdAt;
};

struct CampaignItem
{
    qint64 id = 0;
    int position = 0;
    QString prompt;
    QList<Answer> answers; // in the campaign's model order; only once every model has answered
};

// An item as one labeler sees it: shown[position] = index into item.answers.
struct PresentedItem
{
    CampaignItem item;
    QList<int> shown;
};

struct CampaignProgress
{
    qint64 items = 0;
    qint64 answered = 0; // items whose answers are all cached
    qint64 labels = 0;
    qint64 complete = 0; // items with `overlap` labels
    qint64 mine = 0;     // items the asking labeler has labeled
};

} // namespace fw::feedback
