// The agreement numbers of a set of labels: what the Agreement panel and `feedback agreement` show.
#pragma once

#include "feedback/Agreement.h"
#include "feedback/FeedbackLabel.h"

#include <QJsonObject>

namespace fw::feedback {

// Judgements of labels, by what was judged: pairwise choices per item (nominal), ratings per
// answer of an item (ordinal), ranks per answer of an item (ordinal). Rewrites are not judgements.
struct LabelJudgements
{
    QList<Judgement> choices;
    QList<Judgement> ratings;
    QList<Judgement> ranks;
};
LabelJudgements judgementsOf(const QList<Label>& labels);

struct AgreementReport
{
    QString basis =
        QStringLiteral("choices"); // "choices", "ratings" or "ranks": what alpha is over
    Metric metric = Metric::Nominal;
    std::optional<double> alpha;
    std::optional<double> kappa; // only with exactly two labelers
    qint64 items = 0;
    qint64 labels = 0;
    qint64 labelers = 0;
    // Of pairwise choices of A or B: the share where the chosen answer was shown first.
    std::optional<double> firstPositionRate;
    QList<LabelerAgreement> perLabeler;
    QList<UnitDisagreement> disagreed;

    QJsonObject toJson() const;
};

// Alpha over choices when there are any, else over ratings, else over ranks.
AgreementReport agreementReport(const QList<Label>& labels, int disagreedItems = 10);

} // namespace fw::feedback
