// Labels turned into preference pairs (prompt, chosen, rejected) for the preference datanet.
#pragma once

#include "feedback/FeedbackLabel.h"

#include <QJsonObject>
#include <QList>

namespace fw::feedback {

struct PreferencePair
{
    QString labeler; // who vouches for the pair and signs its contribution
    QString prompt;
    QString chosen;
    QString rejected;
    QList<int> labels; // indexes of the labels it came from, in the list given

    // The preference record's canonical shape: {"prompt", "chosen", "rejected"}.
    QJsonObject content() const;
};

// Pairwise a/b: the chosen answer over the other; tie and both_bad give no pair (they still count
// for agreement). Rewrite: the edit over the original. Ranking: every higher answer over every
// lower one. Ratings: within one labeler's ratings of one prompt in one campaign (across labels,
// so ratings imported one answer a line pair up), each higher-rated answer over each lower one.
// Pairs whose two answers read the same are left out.
QList<PreferencePair> preferencePairs(const QList<Label>& labels);

} // namespace fw::feedback
