// `flywheel-cli earnings [--json]`: what the workspace's identities earned in the receipts it
// holds, by identity (with balance and pending), role, datanet, model and day, and the top records.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "ledger/EarningsService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

using ledger::Amount;

// Base units as a string, as receipts carry them: JSON numbers lose integers above 2^53.
QJsonValue units(Amount a)
{
    return QString::number(a);
}

QJsonValue optionalUnits(const std::optional<Amount>& a)
{
    return a ? units(*a) : QJsonValue(QJsonValue::Null);
}

QJsonObject roleTotals(const std::map<ledger::Role, Amount>& totals)
{
    QJsonObject o;
    for (const auto& [role, amount] : totals)
        o.insert(ledger::roleName(role), units(amount));
    return o;
}

QJsonObject reportJson(const ledger::EarningsReport& r)
{
    QJsonArray identities, datanets, models, days, records;
    for (const ledger::IdentityEarnings& e : r.identities)
        identities.append(QJsonObject{{"name", e.identity.name},
                                      {"address", e.identity.address},
                                      {"earned", units(e.earned)},
                                      {"balance", optionalUnits(e.balance)},
                                      {"paid_out", units(e.paidOut)},
                                      {"pending", units(e.pending)}});
    for (const auto& [root, amount] : ledger::totalByDatanetVersion(r.slices)) {
        const auto name = r.versions.find(root);
        datanets.append(
            QJsonObject{{"version_root", QString::fromLatin1(root.toHex())},
                        {"datanet", name == r.versions.end() ? QJsonValue() : name->second.datanet},
                        {"version", name == r.versions.end() ? QJsonValue() : name->second.version},
                        {"amount", units(amount)}});
    }
    for (const auto& [deployment, amount] : ledger::totalByDeployment(r.slices))
        models.append(QJsonObject{{"deployment", deployment}, {"amount", units(amount)}});
    for (const auto& [day, byRole] : ledger::totalByDayAndRole(r.slices)) {
        Amount sum = 0;
        for (const auto& [role, amount] : byRole)
            sum += amount;
        days.append(QJsonObject{{"day", day.toString(Qt::ISODate)},
                                {"amount", units(sum)},
                                {"by_role", roleTotals(byRole)}});
    }
    for (const ledger::RecordEarning& e : r.topRecords)
        records.append(QJsonObject{{"record", QString::fromLatin1(e.total.recordHash.toHex())},
                                   {"datanet", r.versionLabel(e.total.datanetVersion)},
                                   {"amount", units(e.total.amount)},
                                   {"text", e.text}});
    return {{"version", 1},
            {"receipts", int(r.receipts.size())},
            {"total", units(ledger::totalOf(r.slices))},
            {"identities", identities},
            {"by_role", roleTotals(ledger::totalByRole(r.slices))},
            {"by_datanet", datanets},
            {"by_model", models},
            {"by_day", days},
            {"top_records", records}};
}

void printSection(const Output& out, const QString& heading,
                  const std::vector<std::pair<QString, Amount>>& rows)
{
    out.line(heading);
    if (rows.empty())
        out.line(tr("  (none)"));
    for (const auto& [label, amount] : rows)
        out.line(QStringLiteral("  %1  %2").arg(label, -28).arg(ledger::formatOpen(amount)));
}

void printText(const Output& out, const ledger::EarningsReport& r)
{
    out.line(tr("Earned %1 OPEN in %2 receipts.")
                 .arg(ledger::formatOpen(ledger::totalOf(r.slices)))
                 .arg(r.receipts.size()));
    out.line(tr("Identities (OPEN):"));
    for (const ledger::IdentityEarnings& e : r.identities)
        out.line(tr("  %1  %2  earned %3  balance %4  pending %5")
                     .arg(e.identity.name, -12)
                     .arg(e.identity.address)
                     .arg(ledger::formatOpen(e.earned))
                     .arg(e.balance ? ledger::formatOpen(*e.balance) : tr("(no journal)"))
                     .arg(ledger::formatOpen(e.pending)));
    std::vector<std::pair<QString, Amount>> rows;
    for (const auto& [role, amount] : ledger::totalByRole(r.slices))
        rows.emplace_back(ledger::roleName(role), amount);
    printSection(out, tr("By role:"), rows);
    rows.clear();
    for (const auto& [root, amount] : ledger::totalByDatanetVersion(r.slices))
        rows.emplace_back(r.versionLabel(root), amount);
    printSection(out, tr("By datanet:"), rows);
    rows.clear();
    for (const auto& [deployment, amount] : ledger::totalByDeployment(r.slices))
        rows.emplace_back(deployment, amount);
    printSection(out, tr("By model:"), rows);
    rows.clear();
    for (const auto& [day, byRole] : ledger::totalByDayAndRole(r.slices)) {
        Amount sum = 0;
        for (const auto& [role, amount] : byRole)
            sum += amount;
        rows.emplace_back(day.toString(Qt::ISODate), sum);
    }
    printSection(out, tr("By day:"), rows);
    rows.clear();
    for (const ledger::RecordEarning& e : r.topRecords)
        rows.emplace_back(
            QStringLiteral("%1 %2").arg(QString::fromLatin1(e.total.recordHash.toHex().left(12)),
                                        e.text.simplified().left(40)),
            e.total.amount);
    printSection(out, tr("Top records:"), rows);
}

Outcome earnings(const Invocation& call)
{
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<ledger::EarningsReport> report = ledger::EarningsService(**ws).load();
    if (!report)
        return report.error();
    if (call.parser.isSet(QStringLiteral("json")))
        call.context.out().json(QJsonDocument(reportJson(*report)));
    else
        printText(call.context.out(), *report);
    return {};
}
} // namespace

void registerEarningsCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("earnings"),
                  QString(),
                  tr("What this workspace's identities earned in the receipts it holds: by "
                     "identity (balance, pending), role, datanet, model and day, and the records "
                     "that earned most. Amounts in OPEN (--json: base units as strings)."),
                  {},
                  {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))},
                  true,
                  earnings});
}

} // namespace fw::cli
