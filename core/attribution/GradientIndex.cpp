// Gradient lineage as JSON, TracIn scores and their ranking into shares.
#include "attribution/GradientIndex.h"

#include <QJsonArray>
#include <algorithm>
#include <numeric>

namespace fw::attribution {

bool GradientLineage::matches(const GradientLineage& other) const
{
    return text.matches(other.text) && seed == other.seed && dim == other.dim &&
           checkpoints == other.checkpoints && method == other.method;
}

QJsonObject GradientLineage::toJson() const
{
    QJsonArray list;
    for (const GradientCheckpoint& c : checkpoints)
        list.append(QJsonObject{{QStringLiteral("step"), c.step},
                                {QStringLiteral("learning_rate"), c.learningRate},
                                {QStringLiteral("adapter_hash"), c.adapterHash}});
    QJsonObject o = text.toJson();
    // A seed is 64 bits; JSON numbers hold 53 exactly, so it travels as a decimal string.
    o.insert(QStringLiteral("projection_seed"), QString::number(seed));
    o.insert(QStringLiteral("projection_dim"), dim);
    o.insert(QStringLiteral("checkpoints"), list);
    o.insert(QStringLiteral("gradient_method"), method);
    return o;
}

Result<GradientLineage> GradientLineage::fromJson(const QJsonObject& json)
{
    Result<IndexLineage> text = IndexLineage::fromJson(json);
    if (!text)
        return text.error();
    GradientLineage l;
    l.text = *text;
    bool ok = false;
    l.seed = json.value(QStringLiteral("projection_seed")).toString().toULongLong(&ok);
    l.dim = json.value(QStringLiteral("projection_dim")).toInt();
    l.method = json.value(QStringLiteral("gradient_method")).toInt();
    if (!ok || l.dim <= 0 || l.dim % 64 != 0)
        return makeError(ErrorCode::Corrupt,
                         tr("Gradient store lineage: projection_seed or projection_dim is missing "
                            "or invalid."));
    const QJsonArray list = json.value(QStringLiteral("checkpoints")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject c = list.at(i).toObject();
        GradientCheckpoint point{c.value(QStringLiteral("step")).toInt(),
                                 c.value(QStringLiteral("learning_rate")).toDouble(),
                                 c.value(QStringLiteral("adapter_hash")).toString()};
        if (point.step < 0 || point.adapterHash.size() != 64)
            return makeError(ErrorCode::Corrupt,
                             tr("Gradient store lineage: checkpoint %1 has no valid step or "
                                "adapter_hash.")
                                 .arg(i));
        l.checkpoints.append(point);
    }
    if (l.checkpoints.isEmpty())
        return makeError(ErrorCode::Corrupt, tr("Gradient store lineage: no checkpoints."));
    return l;
}

std::vector<double> tracinScores(const GradientIndex& index, const std::vector<float>& answer)
{
    const size_t dim = size_t(index.lineage.dim);
    const size_t checkpoints = size_t(index.lineage.checkpoints.size());
    std::vector<double> scores(index.records.size(), 0.0);
    if (answer.size() != index.stride())
        return scores;
    for (size_t r = 0; r < index.records.size(); ++r) {
        const float* g = index.row(r);
        double total = 0;
        for (size_t c = 0; c < checkpoints; ++c) {
            double dot = 0;
            for (size_t k = 0; k < dim; ++k)
                dot += double(answer[c * dim + k]) * double(g[c * dim + k]);
            total += index.lineage.checkpoints[int(c)].learningRate * dot;
        }
        scores[r] = total;
    }
    return scores;
}

std::vector<GradientScore> rankGradientScores(const std::vector<double>& scores, int maxPositive,
                                              int maxNegative)
{
    std::vector<qint64> order(scores.size());
    std::iota(order.begin(), order.end(), qint64(0));
    std::stable_sort(order.begin(), order.end(), [&scores](qint64 a, qint64 b) {
        return scores[size_t(a)] > scores[size_t(b)];
    });
    std::vector<GradientScore> out;
    double positive = 0;
    for (size_t i = 0; i < order.size() && int(out.size()) < maxPositive; ++i) {
        const double s = scores[size_t(order[i])];
        if (s <= 0)
            break;
        out.push_back({order[i], s, 0});
        positive += s;
    }
    for (GradientScore& g : out)
        g.share = g.score / positive;
    int negatives = 0;
    for (size_t i = order.size(); i-- > 0 && negatives < maxNegative;) {
        const double s = scores[size_t(order[i])];
        if (s >= 0)
            break;
        // Ties keep the lower record first, as among the positive lines.
        out.push_back({order[i], s, 0});
        ++negatives;
    }
    return out;
}

} // namespace fw::attribution
