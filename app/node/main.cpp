// flywheel-node: open the workspace, load the deployed base, serve HTTP until SIGTERM, then drain.
#include "CliContext.h"
#include "ExitCodes.h"
#include "NodeCommandLine.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "node/HttpServer.h"
#include "crypto/Address.h"
#include "ledger/NodeLedger.h"
#include "node/NodeService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <thread>

namespace {

int fail(const fw::Error& error)
{
    std::fprintf(stderr, "flywheel-node: %s\n", qPrintable(error.message));
    return int(fw::cli::exitCodeFor(error.code));
}

void say(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// SIGTERM and SIGINT are blocked in every thread (the mask is inherited) and taken here by
// sigwait, so a signal never interrupts a handler or the model mid-step.
sigset_t blockStopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::signal(SIGPIPE, SIG_IGN); // a client that vanished is an error value, not a dead node
    return set;
}

// The node's ledger on `workspace`, signed with its key.
fw::Result<std::unique_ptr<fw::ledger::NodeLedger>> openLedger(fw::store::Workspace& workspace)
{
    fw::Result<fw::crypto::SigningKey> key = fw::node::NodeService::nodeKey(workspace);
    if (!key)
        return key.error();
    return fw::ledger::NodeLedger::open(workspace, std::move(key).value(),
                                        [] { return QDateTime::currentMSecsSinceEpoch(); });
}

// Batch settlement: one Payout per party the receipts owe.
int payout(fw::store::Workspace& workspace)
{
    auto ledger = openLedger(workspace);
    if (!ledger)
        return fail(ledger.error());
    fw::Result<std::vector<fw::ledger::JournalEntry>> paid = (*ledger)->payOwed();
    if (!paid)
        return fail(paid.error());
    fw::ledger::Amount total = 0;
    for (const fw::ledger::JournalEntry& e : *paid) {
        say(QStringLiteral("paid %1 OPEN to %2").arg(fw::ledger::formatOpen(e.amount), e.party));
        total += e.amount;
    }
    say(QStringLiteral("%1 payouts, %2 OPEN in all").arg(paid->size()).arg(
        fw::ledger::formatOpen(total)));
    return 0;
}

// Demo and test funds: a signed Mint entry in the node's own journal.
int mint(fw::store::Workspace& workspace, const fw::node::MintCommand& command)
{
    fw::Result<fw::ledger::Amount> amount = fw::ledger::parseOpen(command.amount);
    if (!amount)
        return fail(amount.error());
    if (!fw::crypto::isValidAddress(command.address))
        return fail(fw::makeError(
            fw::ErrorCode::InvalidArgument,
            QCoreApplication::translate("flywheel-node", "\"%1\" is not a Flywheel address.")
                .arg(command.address)));
    auto ledger = openLedger(workspace);
    if (!ledger)
        return fail(ledger.error());
    if (fw::Status s = (*ledger)->mint(command.address, *amount); !s)
        return fail(s.error());
    fw::Result<fw::ledger::Amount> balance = (*ledger)->balance(command.address);
    if (!balance)
        return fail(balance.error());
    say(QStringLiteral("minted %1 OPEN to %2; balance %3 OPEN")
            .arg(fw::ledger::formatOpen(*amount), command.address,
                 fw::ledger::formatOpen(*balance)));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const sigset_t stopSignals = blockStopSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flywheel-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLYWHEEL_VERSION));

    fw::Result<fw::node::NodeCommandLine> command =
        fw::node::parseNodeCommandLine(QCoreApplication::arguments());
    if (!command) {
        std::fprintf(stderr, "flywheel-node: %s\n", qPrintable(command.error().message));
        return int(fw::cli::ExitCode::Usage);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (command->passphraseFromStdin) {
        // Kept inside this process: the variable is set in our copy of the environment only.
        QTextStream in(stdin);
        environment.insert(QString::fromLatin1(fw::cli::CliContext::kPassphraseVar), in.readLine());
    }
    const fw::cli::CliContext context(command->workspace, environment);
    if (context.workspaceDir().isEmpty())
        return fail(fw::makeError(fw::ErrorCode::InvalidArgument,
                                  QCoreApplication::translate(
                                      "flywheel-node", "No workspace: pass --workspace DIR or set "
                                                       "FLYWHEEL_WORKSPACE.")));
    auto workspace = context.openWorkspace();
    if (!workspace)
        return fail(workspace.error());
    if (command->mint)
        return mint(**workspace, *command->mint);
    if (command->payout)
        return payout(**workspace);
    fw::Result<fw::ml::MlRuntime*> runtime = fw::ml::loadMlRuntime();
    if (!runtime)
        return fail(runtime.error());

    fw::node::NodeService service(**workspace, **runtime, command->options);
    if (fw::Status s = service.start(); !s)
        return fail(s.error());
    fw::node::HttpServer server(service, command->options);
    fw::Result<int> port = server.bind();
    if (!port)
        return fail(port.error());
    std::thread serving([&server] { server.serve(); });
    say(QStringLiteral("flywheel-node listening on http://%1:%2")
            .arg(command->options.host)
            .arg(*port));
    say(QStringLiteral("node address %1").arg(service.address()));

    int signal = 0;
    sigwait(&stopSignals, &signal);
    say(QStringLiteral("flywheel-node: draining (signal %1)").arg(signal));
    service.drain(); // new requests get 503; running ones finish
    server.stop();   // then the connections close
    serving.join();
    say(QStringLiteral("flywheel-node: stopped"));
    return 0;
}
