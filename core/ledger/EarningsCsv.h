// Earnings as CSV for spreadsheets: one row per slice (a receipt's payment to one of the
// workspace's identities, for one record where it names one), amounts in base units and OPEN.
#pragma once

#include "ledger/EarningsService.h"

#include <QByteArray>

namespace fw::ledger {

// RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line break. Text
// that a spreadsheet would run as a formula (= + - @ first) is prefixed with a quote mark.
QByteArray earningsCsv(const EarningsReport& report);

} // namespace fw::ledger
