// `flywheel-cli receipts ...`: receipts as files and the workspace's archive of them. Each command
// is one function and one registry.add() in registerReceiptCommands(); `verify` needs no workspace.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "ledger/ReceiptLog.h"

#include <QCoreApplication>
#include <QFile>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

const QString kGroup = QStringLiteral("receipts");

Outcome verify(const Invocation& call)
{
    const QString path = call.args.at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    const ledger::ChainStart start = call.parser.isSet(QStringLiteral("partial"))
                                         ? ledger::ChainStart::AnyReceipt
                                         : ledger::ChainStart::GenesisOnly;
    const ledger::ReceiptLogCheck check = ledger::verifyReceiptLog(file.readAll(), start);
    if (!check.ok()) {
        call.context.out().line(
            tr("%1 receipts verified before the first failure.").arg(check.verified));
        return makeError(ErrorCode::Corrupt, QStringLiteral("%1: %2").arg(path, check.message));
    }
    call.context.out().line(
        tr("%1 receipts verified from %2 nodes: signatures, hash chains and splits.")
            .arg(check.verified)
            .arg(check.nodes));
    return {};
}
} // namespace

void registerReceiptCommands(CommandRegistry& registry)
{
    registry.add({kGroup,
                  QStringLiteral("verify"),
                  tr("Check a file of receipts (JSONL): every signature, every split adding up "
                     "to its fee, and each node's hash chain in file order. Prints how many "
                     "verified and the first failure with its line."),
                  {tr("FILE")},
                  {QCommandLineOption(QStringLiteral("partial"),
                                      tr("A node's first receipt in the file may continue a chain "
                                         "begun elsewhere (a fetch with --since)."))},
                  false,
                  verify});
}

} // namespace fw::cli
