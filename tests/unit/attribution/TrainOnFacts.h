// Trains a model on the facts datanet through the real engine and registers it, as a run from the
// workbench or the CLI would: shared by the attribution tests that need a trained adapter.
#pragma once

#include "mlruntime/MlRuntime.h"
#include "models/TrainingPlan.h"
#include "unit/attribution/FactsWorkspace.h"

#include <QtGlobal>

namespace fw::test {

// Every fact trains (no held-out split) on one thread, so the tests that compare scores do not
// depend on the machine's core count.
inline models::ModelEntry trainOnFacts(store::Workspace& ws, ml::MlRuntime& engine, const FactsWorkspace& fx,
                                       const QString& base, const QString& output, ml::TrainingConfig config)
{
    models::TrainingPlan plan;
    plan.datanet = fx.datanet.name;
    plan.base = base;
    plan.output = output;
    config.evalFraction = 0;
    config.threads = 1;
    plan.config = config;
    Result<models::PreparedRun> run = models::prepareRun(ws, plan);
    if (!run)
        qFatal("prepareRun: %s", qPrintable(run.error().message));
    Result<ml::TrainingSummary> trained = engine.train(run->request, {}, nullptr);
    if (!trained)
        qFatal("train: %s", qPrintable(trained.error().message));
    Result<models::ModelEntry> entry = models::registerRun(ws, *run, *trained);
    if (!entry)
        qFatal("registerRun: %s", qPrintable(entry.error().message));
    qInfo("%s: %d steps, final loss %.3f", qPrintable(output), trained->steps, trained->finalLoss);
    return *entry;
}

} // namespace fw::test
