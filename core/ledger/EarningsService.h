// The workspace's earnings in one report: what its identities earned in every receipt it holds
// (its own node's and the archive's), by role, datanet, model and day; their balances on the node
// journal and what is still pending; the records that earned most, with their text.
#pragma once

#include "common/Result.h"
#include "ledger/AnswerTrace.h"
#include "ledger/Earnings.h"
#include "wallet/Identity.h"

#include <QCoreApplication>
#include <map>
#include <optional>
#include <vector>

namespace fw::store {
class Workspace;
}

namespace fw::ledger {

// A datanet version root as people know it: "support-faq", "v2".
struct VersionName
{
    qint64 datanetId = 0;
    QString datanet;
    QString version; // "v1", "v2"... in freezing order
};

struct IdentityEarnings
{
    wallet::Identity identity;
    Amount earned = 0;
    // On the workspace's node journal; none when the workspace keeps no journal.
    std::optional<Amount> balance;
    Amount paidOut = 0; // payouts to it on that journal

    // (A node holds the whole fee of its own receipts, so those are never pending to it.)
    Amount pending = 0;
};

struct RecordEarning
{
    RecordTotal total;
    QString text; // the record's plain text; empty when this workspace does not hold it
};

struct EarningsReport
{
    std::vector<Receipt> receipts; // every receipt of the workspace
    std::vector<EarningSlice> slices;
    std::vector<IdentityEarnings> identities;
    std::map<QByteArray, VersionName> versions; // datanet version root -> names, where known
    std::vector<RecordEarning> topRecords;
    bool hasJournal = false;

    // "support-faq v2", or the root's first 12 hex digits when the version is unknown here.
    QString versionLabel(const QByteArray& root) const;
};

// One line of a receipt's attribution, with the record and datanet resolved where possible.
struct AttributionDetail
{
    AttributionLine line;
    QString datanet;
    QString version;
    QString text;
    Amount earned = 0; // what the record's contributor earned for it in this receipt
};

// "Why did I earn this": the attribution lines resolved, and the answer with its spans when this
// workspace's node kept it.
struct ReceiptWhy
{
    std::vector<AttributionDetail> details;
    std::optional<AnswerTrace> answer;
};

class EarningsService
{
public:
    explicit EarningsService(store::Workspace& workspace) : m_workspace(workspace) {}

    Result<EarningsReport> load(int topRecordCount = 10) const;
    // The receipt's attribution lines with each record's text, and the answer it paid for.
    Result<ReceiptWhy> explain(const Receipt& receipt) const;

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::EarningsService)

private:
    Result<std::map<QByteArray, VersionName>> versionNames() const;
    QString recordText(const VersionName& version, const QByteArray& recordHash) const;
    Status addBalances(EarningsReport& report) const;

    store::Workspace& m_workspace;
};

} // namespace fw::ledger
