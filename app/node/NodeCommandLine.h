// flywheel-node's command line: --workspace, --listen HOST:PORT, limits, cache and batch sizes.
#pragma once

#include "common/Result.h"
#include "node/NodeOptions.h"

#include <QStringList>
#include <optional>

namespace fw::node {

// `flywheel-node mint ADDRESS AMOUNT`: demo and test funds, written to the node's journal.
struct MintCommand
{
    QString address;
    QString amount; // OPEN, as typed ("10", "0.5")
};

struct NodeCommandLine
{
    QString workspace;
    bool passphraseFromStdin = false; // the workbench hands it over a pipe, never the environment
    NodeOptions options;
    std::optional<MintCommand> mint; // set: mint and exit instead of serving
    bool payout = false;             // `flywheel-node payout`: pay what receipts owe, then exit
};

// Parses the arguments (argv[0] first); an error names the option and what it accepts. --help
// and --version print and exit inside.
Result<NodeCommandLine> parseNodeCommandLine(const QStringList& arguments);

} // namespace fw::node
