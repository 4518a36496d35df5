// flywheel-node's command line: --workspace, --listen HOST:PORT, limits, cache and batch sizes.
#pragma once

#include "common/Result.h"
#include "node/NodeOptions.h"

#include <QStringList>

namespace fw::node {

struct NodeCommandLine
{
    QString workspace;
    bool passphraseFromStdin = false; // the workbench hands it over a pipe, never the environment
    NodeOptions options;
};

// Parses the arguments (argv[0] first); an error names the option and what it accepts. --help
// and --version print and exit inside.
Result<NodeCommandLine> parseNodeCommandLine(const QStringList& arguments);

} // namespace fw::node
