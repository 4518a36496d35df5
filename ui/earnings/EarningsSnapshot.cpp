// Building the snapshot: the report, then the group-bys the charts and tables need.
#include "ui/earnings/EarningsSnapshot.h"

namespace fw::ui {

Result<EarningsSnapshot> EarningsSnapshot::load(store::Workspace& workspace, int topRecords)
{
    Result<ledger::EarningsReport> report = ledger::EarningsService(workspace).load(topRecords);
    if (!report)
        return report.error();
    EarningsSnapshot s;
    s.report = std::move(*report);
    for (const ledger::EarningSlice& slice : s.report.slices) {
        s.byDayRole[slice.day][ledger::roleName(slice.role)] += slice.amount;
        if (slice.role == ledger::Role::Contributor || slice.role == ledger::Role::Labeler)
            s.byDayDatanet[slice.day][s.report.versionLabel(slice.datanetVersion)] += slice.amount;
        s.byDayModel[slice.day][slice.deployment] += slice.amount;
        s.earnedByReceipt[slice.receiptHash] += slice.amount;
    }
    return s;
}

} // namespace fw::ui
