// Coincidence matrices, distance metrics and the statistics built on them.
#include "feedback/Agreement.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace fw::feedback {

namespace {
// unit -> labeler -> value, the last value of a labeler winning; ordered so results are stable.
using Table = std::map<QString, std::map<QString, int>>;

Table tableOf(const QList<Judgement>& judgements)
{
    Table t;
    for (const Judgement& j : judgements)
        t[j.unit][j.labeler] = j.value;
    return t;
}

std::vector<int> valuesOf(const std::map<QString, int>& byLabeler)
{
    std::vector<int> v;
    v.reserve(byLabeler.size());
    for (const auto& [labeler, value] : byLabeler)
        v.push_back(value);
    return v;
}

// The coincidence matrix over the distinct values (sorted): o[c][k] counts c-k pairs of values
// from different labelers in a unit, each unit weighted 1 / (values in it - 1).
struct Coincidences
{
    std::vector<int> values;
    std::vector<std::vector<double>> o;
    std::vector<double> n; // marginals n_c
    double total = 0;
};

Coincidences coincidences(const Table& table)
{
    Coincidences c;
    std::vector<int> all;
    for (const auto& [unit, byLabeler] : table)
        if (byLabeler.size() >= 2)
            for (const auto& [labeler, value] : byLabeler)
                all.push_back(value);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    c.values = all;
    const size_t k = all.size();
    c.o.assign(k, std::vector<double>(k, 0.0));
    auto index = [&](int value) {
        return size_t(std::lower_bound(all.begin(), all.end(), value) - all.begin());
    };
    for (const auto& [unit, byLabeler] : table) {
        const std::vector<int> v = valuesOf(byLabeler);
        if (v.size() < 2)
            continue;
        const double weight = 1.0 / double(v.size() - 1);
        for (size_t i = 0; i < v.size(); ++i)
            for (size_t j = 0; j < v.size(); ++j)
                if (i != j)
                    c.o[index(v[i])][index(v[j])] += weight;
    }
    c.n.assign(k, 0.0);
    for (size_t a = 0; a < k; ++a)
        for (size_t b = 0; b < k; ++b)
            c.n[a] += c.o[a][b];
    for (double m : c.n)
        c.total += m;
    return c;
}

// Squared distance between the a-th and b-th distinct values.
double delta2(const Coincidences& c, size_t a, size_t b, Metric metric)
{
    if (a == b)
        return 0.0;
    if (metric == Metric::Nominal)
        return 1.0;
    // Ordinal: how many pairable values lie between the two ranks, halving the end points.
    const size_t lo = std::min(a, b);
    const size_t hi = std::max(a, b);
    double sum = 0;
    for (size_t g = lo; g <= hi; ++g)
        sum += c.n[g];
    sum -= (c.n[lo] + c.n[hi]) / 2.0;
    return sum * sum;
}

double pairDistance(int a, int b, Metric metric, int range)
{
    if (metric == Metric::Nominal || range == 0)
        return a == b ? 0.0 : 1.0;
    return double(std::abs(a - b)) / double(range);
}
} // namespace

std::optional<double> krippendorffAlpha(const QList<Judgement>& judgements, Metric metric)
{
    const Coincidences c = coincidences(tableOf(judgements));
    if (c.total < 2)
        return std::nullopt;
    double observed = 0;
    double expected = 0;
    const size_t k = c.values.size();
    for (size_t a = 0; a < k; ++a)
        for (size_t b = 0; b < k; ++b) {
            const double d = delta2(c, a, b, metric);
            observed += c.o[a][b] * d;
            expected += c.n[a] * c.n[b] * d;
        }
    if (expected <= 0)
        return std::nullopt;
    return 1.0 - (c.total - 1.0) * observed / expected;
}

std::optional<double> cohenKappa(const QList<Judgement>& judgements, const QString& first,
                                 const QString& second)
{
    QMap<int, double> firstShare;
    QMap<int, double> secondShare;
    double agreed = 0;
    double units = 0;
    for (const auto& [unit, byLabeler] : tableOf(judgements)) {
        const auto a = byLabeler.find(first);
        const auto b = byLabeler.find(second);
        if (a == byLabeler.end() || b == byLabeler.end())
            continue;
        units += 1;
        firstShare[a->second] += 1;
        secondShare[b->second] += 1;
        if (a->second == b->second)
            agreed += 1;
    }
    if (units == 0)
        return std::nullopt;
    double chance = 0;
    for (auto it = firstShare.begin(); it != firstShare.end(); ++it)
        chance += (it.value() / units) * (secondShare.value(it.key()) / units);
    if (chance >= 1.0)
        return std::nullopt;
    return (agreed / units - chance) / (1.0 - chance);
}

QList<LabelerAgreement> labelerAgreement(const QList<Judgement>& judgements)
{
    std::map<QString, LabelerAgreement> byLabeler;
    std::map<QString, qint64> agreed;
    for (const auto& [unit, values] : tableOf(judgements))
        for (const auto& [labeler, value] : values) {
            LabelerAgreement& a = byLabeler[labeler];
            a.labeler = labeler;
            for (const auto& [other, otherValue] : values)
                if (other != labeler) {
                    ++a.comparisons;
                    agreed[labeler] += otherValue == value ? 1 : 0;
                }
        }
    QList<LabelerAgreement> out;
    for (auto& [labeler, a] : byLabeler) {
        a.agreement = a.comparisons > 0 ? double(agreed[labeler]) / double(a.comparisons) : 0.0;
        out << a;
    }
    return out;
}

QList<UnitDisagreement> mostDisagreed(const QList<Judgement>& judgements, Metric metric, int limit)
{
    int lowest = 0;
    int highest = 0;
    for (qsizetype i = 0; i < judgements.size(); ++i) {
        lowest = i == 0 ? judgements[i].value : std::min(lowest, judgements[i].value);
        highest = i == 0 ? judgements[i].value : std::max(highest, judgements[i].value);
    }
    QList<UnitDisagreement> out;
    for (const auto& [unit, byLabeler] : tableOf(judgements)) {
        const std::vector<int> v = valuesOf(byLabeler);
        if (v.size() < 2)
            continue;
        double sum = 0;
        for (size_t i = 0; i < v.size(); ++i)
            for (size_t j = i + 1; j < v.size(); ++j)
                sum += pairDistance(v[i], v[j], metric, highest - lowest);
        const double pairs = double(v.size() * (v.size() - 1)) / 2.0;
        out << UnitDisagreement{unit, int(v.size()), sum / pairs};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const UnitDisagreement& a, const UnitDisagreement& b) {
                         return a.disagreement > b.disagreement;
                     });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace fw::feedback
