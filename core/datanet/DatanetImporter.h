// Imports a file into a datanet as one signed contribution, in one transaction: either every good
// record lands (with the bad lines skipped, if asked) or nothing does. Streams the file, reports
// progress and can be cancelled, so a UI job shows a bar, an ETA and a Cancel button.
#pragma once

#include "common/Result.h"
#include "datanet/ImportFormat.h"
#include "datanet/RecordReader.h"

#include <QIODevice>
#include <QList>

#include <functional>
#include <optional>
#include <QCoreApplication>

namespace fw::store {
class Workspace;
}

namespace fw::datanet {

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 totalBytes = 0; // 0 when unknown
    qint64 records = 0;    // good records so far
    qint64 malformed = 0;
    double elapsedSeconds = 0;
    double etaSeconds = -1; // -1 while it cannot be estimated
};

struct ImportOptions
{
    std::optional<ImportFormat> format; // empty: detect from the file
    CsvMapping csv;
    bool skipBad = false;   // false: one malformed line refuses the whole file
    qint64 identityId = 0;  // the wallet identity that signs the contribution
    // Called every few thousand records; return false to cancel (nothing is kept).
    std::function<bool(const ImportProgress&)> progress;
    int maxIssues = 1000; // issues kept for the report; the count goes on beyond
};

struct ImportIssue
{
    qint64 line = 0;
    QString reason;
};

struct ImportReport
{
    ImportFormat format = ImportFormat::Alpaca;
    qint64 added = 0;
    qint64 duplicates = 0;     // exact duplicates, not stored
    qint64 nearDuplicates = 0; // stored and flagged
    qint64 malformed = 0;
    QList<ImportIssue> issues;
    qint64 contributionId = 0; // 0 for a scan
    QByteArray merkleRoot;
};

class DatanetImporter
{
public:
    // The page cache an import asks SQLite for: room for the content-hash index, whose inserts land
    // on random pages, so that big imports do not re-encrypt and re-read evicted index pages. Not
    // more: pages beyond it are written to the WAL while the writer waits for parsed records,
    // instead of all at once in the commit. 32 MiB against 192 MiB: 100,000 records 60,300 against
    // 50,900 records/s, 500,000 records 57,500 against 55,700, with 132 MB peak RSS against 301.
    static constexpr int kImportCacheKiB = 32768;

    explicit DatanetImporter(store::Workspace& workspace) : m_workspace(workspace) {}

    // Reads and checks the whole file without writing: the format, good records, malformed lines.
    Result<ImportReport> scanFile(qint64 datanetId, const QString& path, const ImportOptions& options);
    // Refused whole (ErrorCode::InvalidArgument, lines listed) when a line is malformed and
    // skipBad is off; ErrorCode::Cancelled when the progress callback said stop.
    Result<ImportReport> importFile(qint64 datanetId, const QString& path, const ImportOptions& options);
    Result<ImportReport> importDevice(qint64 datanetId, QIODevice& device, const QString& sourceName,
                                      const ImportOptions& options);

    // A signed contribution bundle (ContributionBundle.h): every line is verified before anything
    // is written, and one forged or altered record refuses the whole bundle (ErrorCode::Corrupt,
    // naming the line). Contributors this workspace does not know are kept as external identities,
    // and each one's records become one contribution credited to them.
    Result<ImportReport> importBundle(qint64 datanetId, const QString& path);

    // "line 4: missing field "output"; line 9: ..." (at most `max`, then "and N more").
    static QString describeIssues(const ImportReport& report, int max = 20);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::DatanetImporter)
private:
    Result<ImportReport> run(qint64 datanetId, QIODevice& device, const QString& sourceName,
                             const ImportOptions& options, bool write);

    store::Workspace& m_workspace;
};

} // namespace fw::datanet
