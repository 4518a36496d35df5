// Agreement between labelers: Krippendorff's alpha (nominal or ordinal, missing values allowed),
// Cohen's kappa for two labelers, each labeler's agreement with the rest, most-disagreed units.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace fw::feedback {

// Nominal: categories (A better, B better, tie, both bad). Ordinal: ranked values (ratings 1-5).
enum class Metric { Nominal, Ordinal };

// One value one labeler gave one unit (an item for choices, an item's answer for ratings).
struct Judgement
{
    QString unit;
    QString labeler;
    int value = 0;
};

struct LabelerAgreement
{
    QString labeler;
    qint64 comparisons = 0; // values of others on the units this labeler also judged
    double agreement = 0;   // share of those equal to this labeler's value
};

struct UnitDisagreement
{
    QString unit;
    int values = 0;
    double disagreement = 0; // mean distance over pairs of values, 0 (all agree) to 1
};

// Krippendorff's alpha from the coincidence matrix ("Computing Krippendorff's Alpha-Reliability",
// 2011). A labeler's second value for a unit replaces the first. Units with one value are not
// pairable and left out. Undefined (nullopt) without two pairable values or without any variation.
std::optional<double> krippendorffAlpha(const QList<Judgement>& judgements, Metric metric);

// Cohen's kappa over the units both labelers judged; undefined when chance agreement is certain.
std::optional<double> cohenKappa(const QList<Judgement>& judgements, const QString& first,
                                 const QString& second);

// Sorted by labeler.
QList<LabelerAgreement> labelerAgreement(const QList<Judgement>& judgements);

// Units with at least two values, most disagreement first (ties by unit), at most `limit`.
QList<UnitDisagreement> mostDisagreed(const QList<Judgement>& judgements, Metric metric, int limit);

} // namespace fw::feedback
