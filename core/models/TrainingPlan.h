// A training run from the workspace's point of view, shared by `flywheel-cli train` and the
// ModelFactory page: what to train (a ready datanet version, a base, the output's name, the
// knobs), the engine request it becomes, and the registry entry its result is stored as.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"
#include "ml/TrainingRun.h"
#include "models/ModelEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace fw::store {
class Workspace;
}

namespace fw::models {

// One frozen datanet version to train on.
struct DataSource
{
    QString datanet;                            // name
    QString version = QStringLiteral("latest"); // id, prefix or "latest"
};

struct TrainingPlan
{
    QString datanet;                               // the first (or only) source: name
    QString version = QStringLiteral("latest");    // id, prefix or "latest"
    QList<DataSource> moreData;                    // further versions trained on together with it
    QString base;                                  // a size preset ("nano", ...) or a registered model
    QString output;                                // the new model's or adapter's name
    ml::TrainingConfig config;

    // Every source, the first one first. Their examples are concatenated in this order.
    QList<DataSource> sources() const;

    // CONFIG.json: "datanet", "version" (or "data": [{"datanet", "version"}, ...] for several),
    // "base", "output", and TrainingConfig's keys.
    static Result<TrainingPlan> fromJson(const QJsonObject& json);
    QJsonObject toJson() const; // fromJson(toJson()) gives the same plan
    bool fromScratch() const;

    // tr() in its members: the context lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::models::TrainingPlan)
};

// Everything the engine needs; the base model's files travel in the request, in memory.
struct PreparedRun
{
    TrainingPlan plan;
    datanet::Datanet datanet;     // the first source
    datanet::VersionInfo version;
    QList<std::pair<datanet::Datanet, datanet::VersionInfo>> sources; // all, the first included
    ModelEntry baseEntry; // id 0 when training from scratch
    qint64 historyId = 0; // the run's row in RunHistory, named in the lineage; 0: not recorded
    ml::TrainingRequest request;
    // What request.onAdapterCheckpoint collects while a LoRA SFT run trains (shared: the run value
    // moves, the callback keeps pointing here); registerRun stores them for gradient attribution.
    std::shared_ptr<std::vector<ml::AdapterCheckpoint>> adapterCheckpoints;
};

// Checks the plan against the workspace (a ready version, a free output name, a base that LoRA can
// adapt), reads the version's examples and lays out the folders. Nothing is written.
Result<PreparedRun> prepareRun(store::Workspace& workspace, const TrainingPlan& plan);

// What every rank of a data-parallel run must share before the first step: the plan (less the
// thread count, which each machine picks) and the Merkle roots of its datanet versions.
QByteArray dataParallelFingerprint(const PreparedRun& run);

// Stores the engine's output (summary.output) in the registry with its lineage (datanet, version,
// base, config, metrics), and a LoRA run's adapter checkpoints beside it.
Result<ModelEntry> registerRun(store::Workspace& workspace, const PreparedRun& run, const ml::TrainingSummary& summary);

} // namespace fw::models
