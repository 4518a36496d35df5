// Everything the Earnings page shows, computed on a worker thread in one go, so the GUI thread
// only paints: the report and its totals per day by role, by datanet and by model.
#pragma once

#include "common/Result.h"
#include "ledger/EarningsService.h"

#include <QDate>
#include <QString>
#include <map>

namespace fw::store {
class Workspace;
}

namespace fw::ui {

struct EarningsSnapshot
{
    using DayTotals = std::map<QDate, std::map<QString, ledger::Amount>>;

    ledger::EarningsReport report;
    DayTotals byDayRole;    // role names
    DayTotals byDayDatanet; // "support-faq v1"
    DayTotals byDayModel;   // deployment names
    // Per receipt (by hash): what the workspace's identities earned in it.
    std::map<QByteArray, ledger::Amount> earnedByReceipt;

    // Reads the workspace; runs on any thread (each has its own connection).
    static Result<EarningsSnapshot> load(store::Workspace& workspace, int topRecords = 10);
};

} // namespace fw::ui
