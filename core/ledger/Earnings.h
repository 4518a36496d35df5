// What receipts paid to a set of parties, cut into slices that group any way a report needs: by
// role, by party, by datanet version, by record, by model (deployment), by day. Exact integers:
// the slices of one split line add up to that line, so totals add up to what the splits paid.
#pragma once

#include "ledger/Receipt.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <map>
#include <set>
#include <vector>

namespace fw::ledger {

struct EarningSlice
{
    QString party;
    Role role = Role::Node;
    Amount amount = 0;
    QDate day; // the receipt's day, UTC
    QString deployment;
    QString node; // who signed the receipt
    QString requestId;
    QByteArray receiptHash;
    // The attributed record and the datanet version root it belongs to: set for data parts
    // (contributor, labeler) the receipt attributes to records of this party; empty otherwise.
    QByteArray recordHash;
    QByteArray datanetVersion;
};

// Every split line that pays one of `parties` becomes slices: node and builder lines whole; a
// data line (contributor, labeler) apportioned over that party's attribution lines by share
// (apportion(): exact, largest remainder), or whole and unattributed when it has none.
std::vector<EarningSlice> earningSlices(const std::vector<Receipt>& receipts,
                                        const std::set<QString>& parties);

Amount totalOf(const std::vector<EarningSlice>& slices);
std::map<Role, Amount> totalByRole(const std::vector<EarningSlice>& slices);
std::map<QString, Amount> totalByParty(const std::vector<EarningSlice>& slices);
std::map<QString, Amount> totalByDeployment(const std::vector<EarningSlice>& slices);
// Data parts only; the empty key holds data earnings no record was named for.
std::map<QByteArray, Amount> totalByDatanetVersion(const std::vector<EarningSlice>& slices);
std::map<QDate, std::map<Role, Amount>> totalByDayAndRole(const std::vector<EarningSlice>& slices);

struct RecordTotal
{
    QByteArray recordHash;
    QByteArray datanetVersion;
    Amount amount = 0;
};
// The `count` records that earned most, largest first (ties: by hash, so the order is stable).
std::vector<RecordTotal> topRecords(const std::vector<EarningSlice>& slices, int count);

} // namespace fw::ledger
