// Proof of attribution: which training records an answer's text comes from (span method) or which
// records' gradients pushed the adapter towards it (gradient method, LoRA adapters), and each
// one's share. Built for workers and a node answering many requests: every call takes its
// own connection lease on its own thread; the only shared state, the loaded indexes, has a lock.
#pragma once

#include "attribution/AttributionIndex.h"
#include "attribution/BuildProgress.h"
#include "attribution/GradientIndex.h"
#include "attribution/ModelText.h"
#include "attribution/SpanQuery.h"
#include "ml/GradientSketch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QtGlobal>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace fw::store {
class Workspace;
}
namespace fw::models {
struct ModelEntry;
}


namespace fw::attribution {

enum class AttributionMethod { Spans, Gradient, Both };
std::optional<AttributionMethod> parseMethod(const QString& name); // "spans", "gradient", "both"
QString methodName(AttributionMethod method);

struct GradientOptions
{
    int maxLines = 10;   // positive influences listed (and paid)
    int maxNegative = 3; // most negative influences listed, share 0
};

struct AttributionOptions
{
    AttributionMethod method = AttributionMethod::Spans;
    SpanOptions spans;
    GradientOptions gradient;
    QString system; // the system prompt the answer was generated under, if any
};

// One matched span: token ranges [begin, end) in the response and in the record's token stream.
struct MatchedSpan
{
    int responseBegin = 0;
    int responseEnd = 0;
    qint64 recordBegin = 0;
    qint64 recordEnd = 0;
    QString text;
};

struct AttributionLine
{
    QString recordHash; // hex BLAKE2b-256 of the record's canonical content
    QString datanetUid;
    QString datanetName;
    QString version; // hex Merkle root of the datanet version
    QString contributor;
    double score = 0; // spans: matched tokens, weighted; gradient: TracIn influence (may be < 0)
    double share = 0; // of its method's lines; 0 for a negative influence
    QString method;   // "spans" or "gradient"
    QList<MatchedSpan> spans;
};

struct Attribution
{
    QString model;
    int responseTokens = 0;
    // Per method, highest share first (spans, then gradient for "both"); each method's shares
    // add up to 1 on their own. Empty when nothing matched.
    QList<AttributionLine> lines;
};

class AttributionService
{
public:
    explicit AttributionService(store::Workspace& workspace) : m_workspace(workspace) {}

    // Builds and stores the model's index when it has none or its lineage (versions, tokenizer)
    // no longer matches; returns whether it built one. `progress` hears records read and may stop
    // the build (Cancelled, nothing stored).
    Result<bool> ensureIndex(const QString& model, const BuildProgress& progress = {});

    // The model's index (built first when missing or stale), for a deploy package to carry.
    Result<AttributionIndex> exportIndex(const QString& model);

    // Builds and stores the LoRA adapter's gradient store when it has none or it is stale (other
    // versions, checkpoints or projection); returns whether it built one. Loads the ML engine.
    // Unsupported for a whole model.
    Result<bool> ensureGradients(const QString& model, const BuildProgress& progress = {});

    // Gradient (and Both) on a whole model: Unsupported ("covers LoRA adapters; use spans").
    Result<Attribution> attribute(const QString& model, const QString& prompt,
                                  const QString& response, const AttributionOptions& options = {});

    Q_DECLARE_TR_FUNCTIONS(fw::attribution::AttributionService)
private:
    struct Loaded
    {
        QDateTime modelCreatedAt; // a deleted model's id can be reused by a new one
        ModelText text;
        AttributionIndex index;
    };
    Result<std::shared_ptr<const Loaded>> loaded(const models::ModelEntry& entry, bool* built,
                                                 const BuildProgress& progress);
    Attribution linesFor(const Loaded& loaded, const models::ModelEntry& entry,
                         const std::vector<int32_t>& response, const SpanOptions& options) const;
    Result<Attribution> spanAttribution(const models::ModelEntry& entry, const QString& prompt,
                                        const QString& response,
                                        const AttributionOptions& options);

    struct GradientLoaded
    {
        QDateTime modelCreatedAt;
        GradientIndex index;
        std::unique_ptr<ml::GradientSketcher> sketcher; // one backward pass at a time:
        std::unique_ptr<std::mutex> sketching;          // guards sketcher
    };
    Result<std::shared_ptr<const GradientLoaded>>
    gradientLoaded(const models::ModelEntry& entry, bool* built, const BuildProgress& progress);
    Result<QList<AttributionLine>> gradientLines(const models::ModelEntry& entry,
                                                 const QString& prompt, const QString& response,
                                                 const AttributionOptions& options);

    store::Workspace& m_workspace;
    std::mutex m_mutex;                                       // guards m_loaded and m_gradients
    std::map<qint64, std::shared_ptr<const Loaded>> m_loaded; // by model id; immutable once loaded
    std::map<qint64, std::shared_ptr<const GradientLoaded>> m_gradients; // by model id
};

} // namespace fw::attribution
