// A LoRA adapter's gradient store in memory: what it was built from (lineage), which record each
// row is, and every record's projected gradient at each checkpoint; TracIn scores against it.
#pragma once

#include "attribution/AttributionIndex.h"

#include <QCoreApplication>
#include <vector>

namespace fw::attribution {

// One adapter checkpoint as the lineage names it.
struct GradientCheckpoint
{
    int step = 0;
    double learningRate = 0.0;
    QString adapterHash; // hex BLAKE2b-256 over the checkpoint's PEFT files
    bool operator==(const GradientCheckpoint& o) const
    {
        return step == o.step && learningRate == o.learningRate && adapterHash == o.adapterHash;
    }
};

struct GradientLineage
{
    static constexpr int kMethod = 1; // mean reply loss, Rademacher sketch (ml/GradientSketch.h)

    IndexLineage text; // model, datanet versions, tokenizer and chat template
    quint64 seed = 0;
    int dim = 0;
    QList<GradientCheckpoint> checkpoints;
    int method = kMethod;

    bool matches(const GradientLineage& other) const;
    QJsonObject toJson() const;
    static Result<GradientLineage> fromJson(const QJsonObject& json);

    Q_DECLARE_TR_FUNCTIONS(fw::attribution::GradientLineage)
};

struct GradientIndex
{
    GradientLineage lineage;
    std::vector<IndexedRecord> records;
    std::vector<float> gradients; // records x checkpoints x dim

    size_t stride() const { return size_t(lineage.checkpoints.size()) * size_t(lineage.dim); }
    const float* row(size_t record) const { return gradients.data() + record * stride(); }
};

// TracIn: sum over checkpoints c of lr_c * <answer_c, record_c>, each dot product in double in
// index order, checkpoints in order: bit-identical on every machine and thread count.
// `answer` holds checkpoints x dim values.
std::vector<double> tracinScores(const GradientIndex& index, const std::vector<float>& answer);

struct GradientScore
{
    qint64 record = 0; // into GradientIndex::records
    double score = 0;
    double share = 0; // of the positive influence; 0 for a negative score
};

// The `maxPositive` highest positive scores, sharing 1 among them in proportion to their scores,
// then the `maxNegative` most negative ones with share 0 (reported, not paid). Ties: lower record
// first.
std::vector<GradientScore> rankGradientScores(const std::vector<double>& scores, int maxPositive,
                                              int maxNegative);

} // namespace fw::attribution
