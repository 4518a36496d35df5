// From labels to judgements to the report.
#include "feedback/AgreementReport.h"

#include <QJsonArray>
#include <QSet>

namespace fw::feedback {

namespace {
QString itemUnit(const Label& l)
{
    return l.campaign.isEmpty() ? l.item : l.campaign + QLatin1Char('/') + l.item;
}

// Answers are known by their text, so labels that showed them in other orders meet on one unit.
QString answerUnit(const Label& l, int answer)
{
    return itemUnit(l) + QLatin1Char('\x1f') + l.answers[answer].text;
}

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
} // namespace

LabelJudgements judgementsOf(const QList<Label>& labels)
{
    LabelJudgements j;
    for (const Label& l : labels) {
        switch (l.mode) {
        case LabelMode::Pairwise:
            j.choices << Judgement{itemUnit(l), l.labeler, int(l.choice)};
            break;
        case LabelMode::Rating:
            for (int a = 0; a < l.answers.size() && a < l.ratings.size(); ++a)
                if (l.ratings[a] > 0)
                    j.ratings << Judgement{answerUnit(l, a), l.labeler, l.ratings[a]};
            break;
        case LabelMode::Ranking:
            for (int rank = 0; rank < l.ranking.size(); ++rank)
                j.ranks << Judgement{answerUnit(l, l.ranking[rank]), l.labeler, rank + 1};
            break;
        case LabelMode::Rewrite:
            break;
        }
    }
    return j;
}

AgreementReport agreementReport(const QList<Label>& labels, int disagreedItems)
{
    AgreementReport r;
    const LabelJudgements all = judgementsOf(labels);
    const QList<Judgement>* basis = &all.choices;
    if (all.choices.isEmpty() && !all.ratings.isEmpty()) {
        basis = &all.ratings;
        r.basis = QStringLiteral("ratings");
        r.metric = Metric::Ordinal;
    } else if (all.choices.isEmpty() && all.ratings.isEmpty() && !all.ranks.isEmpty()) {
        basis = &all.ranks;
        r.basis = QStringLiteral("ranks");
        r.metric = Metric::Ordinal;
    }
    QSet<QString> items;
    QSet<QString> labelers;
    qint64 chosen = 0;
    qint64 first = 0;
    for (const Label& l : labels) {
        items.insert(itemUnit(l));
        labelers.insert(l.labeler);
        if (const int p = l.chosenPosition(); p >= 0) {
            ++chosen;
            first += p == 0 ? 1 : 0;
        }
    }
    r.items = items.size();
    r.labels = labels.size();
    r.labelers = labelers.size();
    if (chosen > 0)
        r.firstPositionRate = double(first) / double(chosen);
    r.alpha = krippendorffAlpha(*basis, r.metric);
    r.perLabeler = labelerAgreement(*basis);
    if (r.perLabeler.size() == 2)
        r.kappa = cohenKappa(*basis, r.perLabeler[0].labeler, r.perLabeler[1].labeler);
    r.disagreed = mostDisagreed(*basis, r.metric, disagreedItems);
    return r;
}

QJsonObject AgreementReport::toJson() const
{
    QJsonArray perLabelerJson;
    for (const LabelerAgreement& a : perLabeler)
        perLabelerJson.append(QJsonObject{
            {"labeler", a.labeler}, {"comparisons", a.comparisons}, {"agreement", a.agreement}});
    QJsonArray disagreedJson;
    for (const UnitDisagreement& d : disagreed)
        disagreedJson.append(
            QJsonObject{{"unit", QString(d.unit).replace(QLatin1Char('\x1f'), QLatin1Char(' '))},
                        {"values", d.values},
                        {"disagreement", d.disagreement}});
    QJsonObject o{{"basis", basis},
                  {"metric", metric == Metric::Nominal ? QStringLiteral("nominal")
                                                       : QStringLiteral("ordinal")},
                  {"krippendorff_alpha", optionalNumber(alpha)},
                  {"items", items},
                  {"labels", labels},
                  {"labelers", labelers},
                  {"first_position_rate", optionalNumber(firstPositionRate)},
                  {"per_labeler", perLabelerJson},
                  {"most_disagreed", disagreedJson}};
    if (labelers == 2)
        o.insert("cohen_kappa", optionalNumber(kappa));
    return o;
}

} // namespace fw::feedback
