// One registration function per command group; each lives in its own <Group>Commands.cpp.
#pragma once

namespace fw::cli {

class CommandRegistry;

void registerWorkspaceCommands(CommandRegistry& registry);
void registerWalletCommands(CommandRegistry& registry);
void registerDatanetCommands(CommandRegistry& registry);
void registerModelCommands(CommandRegistry& registry);
void registerTrainCommands(CommandRegistry& registry); // train, generate, tokenize, score
void registerPayCommands(CommandRegistry& registry);   // pay deposit|channels|close, chat, receipts fetch
void registerNodeCommands(CommandRegistry& registry);  // deploy, undeploy, node status|deployments
void registerAttributeCommands(CommandRegistry& registry); // attribute
void registerEarningsCommands(CommandRegistry& registry);  // earnings
void registerReceiptCommands(CommandRegistry& registry);   // receipts verify
void registerFeedbackCommands(CommandRegistry& registry);  // feedback import|agreement
void registerWinRateCommands(CommandRegistry& registry);   // feedback win-rate|ab

// Every group, in the order `flywheel-cli --help` lists them.
void registerAllCommands(CommandRegistry& registry);

} // namespace fw::cli
