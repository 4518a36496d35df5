// Plain value types of datanets: kinds, statuses, requirements and the rows the UI and CLI show.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fw::datanet {

// The kind decides how a record's JSON looks, which importers apply and how the editor renders it.
enum class RecordKind { Instruction, Chat, Text, Preference };
enum class RecordStatus { Pending, Approved, Rejected, Flagged };

QString kindName(RecordKind kind); // "instruction", "chat", "text", "preference"
std::optional<RecordKind> parseKind(const QString& name);
QString statusName(RecordStatus status);
std::optional<RecordStatus> parseStatus(const QString& name);

// Set by the owner; a datanet is ready for training only when all of them hold.
struct Requirements
{
    qint64 minApproved = 0;
    qint64 minContributors = 0;
    qint64 minTokens = 0;           // estimated tokens of approved records
    double maxDuplicateRate = 1.0;  // (exact duplicates + near duplicates) / submitted
    double minApprovalRate = 0.0;   // approved / (approved + rejected)
};

struct Datanet
{
    qint64 id = 0;
    QByteArray uid; // 16 random bytes; contribution signatures name it, so they cannot be replayed
    QString name;
    QString domain;
    QString description;
    QString license;
    RecordKind kind = RecordKind::Instruction;
    Requirements requirements;
    QDateTime createdAt;
};

struct RecordInfo
{
    qint64 id = 0;
    qint64 contributionId = 0;
    QByteArray contentHash;
    QByteArray content; // normalised JSON
    QString contributor;
    RecordStatus status = RecordStatus::Pending;
    QString rejectReason;
    bool nearDuplicate = false;
    qint64 tokens = 0;
    QDateTime createdAt;
};

struct ContributionInfo
{
    qint64 id = 0;
    QString contributor;
    QByteArray merkleRoot;
    QByteArray signature;
    qint64 recordCount = 0;
    qint64 duplicateCount = 0;
    qint64 malformedCount = 0;
    QString source;
    QDateTime createdAt;
};

struct ContributorStats
{
    QString contributor;
    qint64 records = 0;
    qint64 approved = 0;
    qint64 rejected = 0;
    qint64 flagged = 0;
    qint64 duplicates = 0;     // exact duplicates refused at import
    qint64 nearDuplicates = 0; // stored but flagged as near duplicates
};

struct DatanetCounts
{
    qint64 records = 0;
    qint64 pending = 0;
    qint64 approved = 0;
    qint64 rejected = 0;
    qint64 flagged = 0;
    qint64 nearDuplicates = 0;
    qint64 exactDuplicates = 0;
    qint64 contributors = 0;         // distinct contributors of approved records
    qint64 approvedTokens = 0;
};

// One line of the requirement checklist: what is needed, what there is, how far along.
struct RequirementCheck
{
    QString key;       // "minApproved", "minContributors", "minTokens", "maxDuplicateRate", "minApprovalRate"
    QString label;     // translated, for people
    double current = 0;
    double target = 0;
    bool atMost = false; // the target is a ceiling, not a floor
    bool met = false;
    double progress = 0; // 0..1, for a progress bar
};

struct RequirementReport
{
    QList<RequirementCheck> checks;
    bool ready = false;
    QStringList missing() const; // labels of the checks not met
};

struct VersionInfo
{
    qint64 id = 0;
    QByteArray root; // the version id; hex of it is what people see
    QString idHex() const { return QString::fromLatin1(root.toHex()); }
    qint64 recordCount = 0;
    qint64 contributorCount = 0;
    qint64 tokenCount = 0;
    bool ready = false;
    QDateTime createdAt;
};

} // namespace fw::datanet
