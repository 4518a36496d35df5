// Pairs per label mode; ratings are grouped first because their pairs span labels.
#include "feedback/PreferencePairs.h"

#include <map>
#include <tuple>

namespace fw::feedback {

namespace {
void addPair(QList<PreferencePair>& out, const Label& l, const QString& chosen,
             const QString& rejected, QList<int> sources)
{
    if (chosen == rejected)
        return;
    out << PreferencePair{l.labeler, l.prompt, chosen, rejected, std::move(sources)};
}

struct Rated
{
    int rating = 0;
    int label = 0;
};

void ratingPairs(const QList<Label>& labels, QList<PreferencePair>& out)
{
    // (labeler, campaign, prompt) -> answer text -> its latest rating; std::map keeps the order
    // stable.
    std::map<std::tuple<QString, QString, QString>, std::map<QString, Rated>> groups;
    for (int i = 0; i < labels.size(); ++i) {
        const Label& l = labels[i];
        if (l.mode != LabelMode::Rating)
            continue;
        auto& group = groups[{l.labeler, l.campaign, l.prompt}];
        for (int a = 0; a < l.answers.size() && a < l.ratings.size(); ++a)
            if (l.ratings[a] > 0)
                group[l.answers[a].text] = Rated{l.ratings[a], i};
    }
    for (const auto& [key, answers] : groups)
        for (const auto& [better, b] : answers)
            for (const auto& [worse, w] : answers)
                if (b.rating > w.rating) {
                    QList<int> sources{b.label};
                    if (w.label != b.label)
                        sources << w.label;
                    addPair(out, labels[b.label], better, worse, sources);
                }
}
} // namespace

QJsonObject PreferencePair::content() const
{
    return QJsonObject{{"prompt", prompt}, {"chosen", chosen}, {"rejected", rejected}};
}

QList<PreferencePair> preferencePairs(const QList<Label>& labels)
{
    QList<PreferencePair> out;
    for (int i = 0; i < labels.size(); ++i) {
        const Label& l = labels[i];
        switch (l.mode) {
        case LabelMode::Pairwise:
            if (l.choice == Choice::A)
                addPair(out, l, l.answers[0].text, l.answers[1].text, {i});
            else if (l.choice == Choice::B)
                addPair(out, l, l.answers[1].text, l.answers[0].text, {i});
            break;
        case LabelMode::Rewrite:
            addPair(out, l, l.rewrite, l.answers[0].text, {i});
            break;
        case LabelMode::Ranking:
            for (int hi = 0; hi < l.ranking.size(); ++hi)
                for (int lo = hi + 1; lo < l.ranking.size(); ++lo)
                    addPair(out, l, l.answers[l.ranking[hi]].text, l.answers[l.ranking[lo]].text,
                            {i});
            break;
        case LabelMode::Rating:
            break; // below, across labels
        }
    }
    ratingPairs(labels, out);
    return out;
}

} // namespace fw::feedback
