// What the model, train, generate and tokenize commands share: the ML engine with a thread count,
// and a registered model (or adapter on its base) loaded from the encrypted registry.
#pragma once

#include "CliContext.h"
#include "Command.h"
#include "common/Result.h"
#include "mlruntime/MlRuntime.h"
#include "models/RegisteredModel.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace fw::cli {

// --threads N (0 or absent: all cores).
QCommandLineOption threadsOption();
// Loads libtorch (about a second) and applies --threads.
Result<ml::MlRuntime*> openEngine(const QCommandLineParser& parser);

using OpenModel = models::RegisteredModel;
using models::loadRegisteredModel;

// A registered model or adapter from the command line: opens the workspace and the engine
// (--threads) first. The workspace closes again once the model is in memory.
Result<OpenModel> loadRegisteredModel(const Invocation& call, const QString& name);

// An open workspace and one entry of its registry, for commands that act on a stored model.
struct RegistryEntry
{
    std::unique_ptr<store::Workspace> workspace;
    models::ModelEntry entry;
    models::ModelStore store() const { return models::ModelStore(*workspace); }
};
Result<RegistryEntry> openRegistryEntry(const CliContext& context, const QString& name);

} // namespace fw::cli
