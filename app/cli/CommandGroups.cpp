// The list of command groups: a new group is one line here (see CommandRegistry.h).
#include "CommandGroups.h"

namespace fw::cli {

void registerAllCommands(CommandRegistry& registry)
{
    registerWorkspaceCommands(registry);
    registerWalletCommands(registry);
    registerDatanetCommands(registry);
    registerFeedbackCommands(registry);
    registerWinRateCommands(registry);
    registerModelCommands(registry);
    registerTrainCommands(registry);
    registerNodeCommands(registry);
    registerPayCommands(registry);
    registerAttributeCommands(registry);
    registerEarningsCommands(registry);
    registerReceiptCommands(registry);
}

} // namespace fw::cli
