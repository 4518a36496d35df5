// The datanet facade the GUI and the CLI share: create datanets, add records by hand, list and
// review records (with undo), contributor statistics, requirement checklists, and verification of
// contribution signatures. Imports, versions and proofs have their own classes beside it.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <QCoreApplication>

namespace fw::store {
class Workspace;
}

namespace fw::datanet {

// Which records, in which order, which page. The review table pages through a million records, so
// the default order (by id) pages by key (`afterId`) rather than by offset, which costs O(offset).
struct RecordQuery
{
    enum class Sort { Id, Status, Contributor, Tokens };

    std::optional<RecordStatus> status;
    QString contributor;          // empty: everyone
    bool nearDuplicatesOnly = false;
    QString search;               // full-text words (FTS4 syntax: "word", "pre*", "a OR b"); empty: all
    Sort sort = Sort::Id;
    bool descending = false;
    qint64 afterId = 0;           // Sort::Id only: records past this id in the chosen direction
    qint64 offset = 0;
    qint64 limit = -1;            // -1: all
};

// One day of a datanet's history, for its dashboard chart.
struct TimelineDay
{
    QDate day;             // UTC
    qint64 submitted = 0;  // records stored that day
    qint64 approved = 0;   // approvals given that day (not undone)
};

class DatanetService
{
public:
    explicit DatanetService(store::Workspace& workspace) : m_workspace(workspace) {}

    // Uses the name, domain, description, license, kind and requirements of `spec`.
    Result<Datanet> create(const Datanet& spec);
    Result<QList<Datanet>> datanets() const;
    Result<Datanet> datanet(qint64 id) const;
    Result<Datanet> datanetByName(const QString& name) const;
    Status setRequirements(qint64 datanetId, const Requirements& requirements);

    // A contribution of one record, signed by the identity. `content` is in the kind's canonical shape.
    Result<RecordInfo> addRecord(qint64 datanetId, qint64 identityId, const QJsonObject& content);

    Result<DatanetCounts> counts(qint64 datanetId) const;
    Result<QList<RecordInfo>> records(qint64 datanetId, const RecordQuery& query = {}) const;
    // The current state of these records (those of another datanet or unknown are left out).
    Result<QList<RecordInfo>> recordsById(qint64 datanetId, const QList<qint64>& ids) const;
    // How many records the query's filters select (its order and page are ignored).
    Result<qint64> countRecords(qint64 datanetId, const RecordQuery& query = {}) const;
    // Days with activity, oldest first.
    Result<QList<TimelineDay>> timeline(qint64 datanetId) const;
    // Accepts a full hex hash or an unambiguous prefix of at least 8 hex digits.
    Result<RecordInfo> recordByHash(qint64 datanetId, const QString& hexHash) const;

    // One review action over several records; rejecting needs a reason. Returns how many changed.
    Result<qint64> review(qint64 datanetId, const QList<qint64>& recordIds, RecordStatus status,
                          const QString& reason = {});
    Result<qint64> approveAllPending(qint64 datanetId);
    // Reverts the most recent review action not yet undone; NotFound when there is none.
    Result<qint64> undoLastReview(qint64 datanetId);

    Result<QList<ContributorStats>> contributorStats(qint64 datanetId) const;
    // Who contributed, sorted: from the contributions, not the records, so it costs nothing on a
    // datanet of a million records (filters need the names, not contributorStats' counts).
    Result<QStringList> contributors(qint64 datanetId) const;
    Result<RequirementReport> evaluateRequirements(qint64 datanetId) const;
    static RequirementReport evaluate(const Requirements& requirements, const DatanetCounts& counts);

    Result<QList<ContributionInfo>> contributions(qint64 datanetId) const;
    // Re-hashes every record of the contribution, rebuilds the Merkle root and checks the signature.
    Status verifyContribution(qint64 contributionId) const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::DatanetService)
private:
    Status prepareSearch(const RecordQuery& query) const;

    store::Workspace& m_workspace;
};

} // namespace fw::datanet
