// What the datanet commands share: opening the workspace with the named datanet, and the
// registration of the version commands (freeze, export, prove, verify-proof) kept in their own file.
#pragma once

#include "Command.h"

#include "common/Result.h"
#include "datanet/DatanetTypes.h"
#include "store/Workspace.h"

#include <memory>

namespace fw::cli {

class CommandRegistry;

struct OpenDatanet
{
    std::unique_ptr<store::Workspace> workspace;
    datanet::Datanet datanet;
};

// Opens the workspace (asking for the passphrase) and finds the datanet named `name`.
Result<OpenDatanet> openDatanet(const CliContext& context, const QString& name);

void registerDatanetVersionCommands(CommandRegistry& registry);

} // namespace fw::cli
