// Proof of attribution, span method: which training records an answer's text comes from, and
// each one's share. Built for workers and a node answering many requests: every call takes its
// own connection lease on its own thread; the only shared state, the loaded indexes, has a lock.
#pragma once

#include "attribution/AttributionIndex.h"
#include "attribution/ModelText.h"
#include "attribution/SpanQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
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

enum class AttributionMethod { Spans, Gradient };
std::optional<AttributionMethod> parseMethod(const QString& name); // "spans", "gradient"

struct AttributionOptions
{
    AttributionMethod method = AttributionMethod::Spans;
    SpanOptions spans;
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
    double score = 0;
    double share = 0;
    QString method; // "spans"
    QList<MatchedSpan> spans;
};

struct Attribution
{
    QString model;
    int responseTokens = 0;
    QList<AttributionLine> lines; // highest share first; empty when nothing matched
};

class AttributionService
{
public:
    explicit AttributionService(store::Workspace& workspace) : m_workspace(workspace) {}

    // Builds and stores the model's index when it has none or its lineage (versions, tokenizer)
    // no longer matches; returns whether it built one. `progress` hears records read.
    Result<bool> ensureIndex(const QString& model,
                             const std::function<void(qint64)>& progress = {});

    // The model's index (built first when missing or stale), for a deploy package to carry.
    Result<AttributionIndex> exportIndex(const QString& model);

    // Gradient: Unsupported ("not available yet"), never a made-up answer.
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
                                                 const std::function<void(qint64)>& progress);
    Attribution linesFor(const Loaded& loaded, const models::ModelEntry& entry,
                         const std::vector<int32_t>& response, const SpanOptions& options) const;

    store::Workspace& m_workspace;
    std::mutex m_mutex;                                       // guards m_loaded
    std::map<qint64, std::shared_ptr<const Loaded>> m_loaded; // by model id; immutable once loaded
};

} // namespace fw::attribution
