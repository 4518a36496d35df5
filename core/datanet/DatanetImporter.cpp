// The import loop: read, validate, write, report.
#include "datanet/DatanetImporter.h"

#include "datanet/ContributionBundle.h"
#include "datanet/ContributionWriter.h"
#include "datanet/DatanetService.h"
#include "datanet/ImportSearchWriter.h"
#include "datanet/RecordPipeline.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <map>

namespace fw::datanet {

namespace {

constexpr qint64 kProgressEvery = 2000;

ImportProgress progressOf(qint64 bytesRead, qint64 total, const ImportReport& r, const QElapsedTimer& timer)
{
    ImportProgress p;
    p.bytesRead = bytesRead;
    p.totalBytes = total;
    p.records = r.added + r.duplicates;
    p.malformed = r.malformed;
    p.elapsedSeconds = timer.elapsed() / 1000.0;
    if (total > 0 && p.bytesRead > 0 && p.elapsedSeconds > 0.5)
        p.etaSeconds = p.elapsedSeconds * double(total - p.bytesRead) / double(p.bytesRead);
    return p;
}

// For the length of one import: a big page cache, no checkpoint inside the commit (the importer
// checkpoints itself, while the search index commits: checkpointOverlapped()), and no foreign-key
// lookups. The connection gets its own settings back after, so a workbench that imported once
// does not keep hundreds of MB of pages for good.
//
// Foreign keys: every record an import writes points at its datanet, read just before and never
// deleted (nothing deletes datanets), and at the contribution the same transaction inserted. The
// two lookups per record were 6% of an insert's CPU time; `workspace check` still runs
// foreign_key_check over everything. Set before the transaction: SQLite ignores it inside one.
class ImportSettings
{
public:
    explicit ImportSettings(store::Database& db) : m_db(db)
    {
        m_cacheSize = current(QStringLiteral("cache_size"));
        m_autoCheckpoint = current(QStringLiteral("wal_autocheckpoint"));
        m_foreignKeys = current(QStringLiteral("foreign_keys"));
        (void)db.exec(QStringLiteral("PRAGMA cache_size = -%1;").arg(DatanetImporter::kImportCacheKiB));
        (void)db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0;"));
        (void)db.exec(QStringLiteral("PRAGMA foreign_keys = OFF;"));
    }
    ~ImportSettings()
    {
        if (m_cacheSize)
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1;").arg(*m_cacheSize));
        if (m_autoCheckpoint)
            (void)m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1;").arg(*m_autoCheckpoint));
        if (m_foreignKeys)
            (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = %1;").arg(*m_foreignKeys));
    }
    ImportSettings(const ImportSettings&) = delete;
    ImportSettings& operator=(const ImportSettings&) = delete;

private:
    std::optional<qint64> current(const QString& pragma)
    {
        Result<store::Statement> st = m_db.prepare(QStringLiteral("PRAGMA %1;").arg(pragma));
        if (!st)
            return std::nullopt;
        Result<bool> row = st->step();
        if (!row || !*row)
            return std::nullopt;
        return st->int64(0);
    }

    store::Database& m_db;
    std::optional<qint64> m_cacheSize;
    std::optional<qint64> m_autoCheckpoint;
    std::optional<qint64> m_foreignKeys;
};

// After the import's commit its pages are in the WAL (tens of MB for a big file). Copying them
// into the database file is the checkpoint SQLite would have run inside the commit; here it runs
// while the search index writes its last words and commits on its own thread, so the two tails
// overlap instead of adding up. The records are committed either way: a checkpoint that cannot
// finish now only leaves the WAL longer until the next one.
void checkpointOverlapped(store::Database& db, ImportSearchWriter& search)
{
    search.commitSoon();
    if (Status s = db.exec(QStringLiteral("PRAGMA main.wal_checkpoint(PASSIVE);")); !s)
        qWarning("The checkpoint after an import did not run: %s", qPrintable(s.error().message));
}

Result<ImportFormat> resolveFormat(QIODevice& device, const QString& name, const ImportOptions& o)
{
    if (o.format)
        return *o.format;
    return detectFormat(name, device.peek(64 * 1024));
}
} // namespace

Result<ImportReport> DatanetImporter::scanFile(qint64 datanetId, const QString& path,
                                               const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return run(datanetId, file, QFileInfo(path).fileName(), options, false);
}

Result<ImportReport> DatanetImporter::importFile(qint64 datanetId, const QString& path,
                                                 const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importDevice(datanetId, file, QFileInfo(path).fileName(), options);
}

Result<ImportReport> DatanetImporter::importDevice(qint64 datanetId, QIODevice& device,
                                                   const QString& sourceName, const ImportOptions& options)
{
    return run(datanetId, device, sourceName, options, true);
}

Result<ImportReport> DatanetImporter::importBundle(qint64 datanetId, const QString& path)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<Datanet> datanet = DatanetService(m_workspace).datanet(datanetId);
    if (!datanet)
        return datanet.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<ContributionBundle> bundle = ContributionBundle::read(file);
    if (!bundle)
        return bundle.error();
    if (bundle->kind != datanet->kind)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The bundle holds %1 records; datanet %2 takes %3 records.")
                             .arg(kindName(bundle->kind), datanet->name, kindName(datanet->kind)));
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    wallet::WalletService wallet(m_workspace);
    const QString source = QFileInfo(path).fileName();
    std::map<QString, std::unique_ptr<ContributionWriter>>
        writers; // one contribution per contributor
    for (const BundleRecord& record : bundle->records) {
        auto w = writers.find(record.contributor);
        if (w == writers.end()) {
            if (Result<wallet::Identity> who = wallet.addExternal({}, record.contributor); !who)
                return who.error();
            Result<std::unique_ptr<ContributionWriter>> created =
                ContributionWriter::begin(**db, *datanet, record.contributor, source);
            if (!created)
                return created.error();
            w = writers.emplace(record.contributor, std::move(*created)).first;
        }
        if (Result<ContributionWriter::Outcome> out =
                w->second->addSigned(record.content, record.signature);
            !out)
            return out.error();
    }
    ImportReport report;
    for (const auto& entry : writers) {
        const std::unique_ptr<ContributionWriter>& writer = entry.second;
        Result<qint64> id = writer->finishRecordSigned();
        if (!id)
            return id.error();
        if (report.contributionId == 0)
            report.contributionId = *id;
        report.added += writer->added();
        report.duplicates += writer->duplicates();
        report.nearDuplicates += writer->nearDuplicates();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

QString DatanetImporter::describeIssues(const ImportReport& report, int max)
{
    QStringList parts;
    for (const ImportIssue& i : report.issues) {
        if (parts.size() >= max)
            break;
        parts << tr("line %1: %2").arg(i.line).arg(i.reason);
    }
    QString text = parts.join(QStringLiteral("; "));
    if (report.malformed > parts.size())
        text += tr("; and %1 more").arg(report.malformed - parts.size());
    return text;
}

Result<ImportReport> DatanetImporter::run(qint64 datanetId, QIODevice& device, const QString& sourceName,
                                          const ImportOptions& options, bool write)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<Datanet> datanet = DatanetService(m_workspace).datanet(datanetId);
    if (!datanet)
        return datanet.error();
    Result<ImportFormat> format = resolveFormat(device, sourceName, options);
    if (!format)
        return format.error();
    Result<std::unique_ptr<RecordReader>> reader = RecordReader::create(device, *format, datanet->kind, options.csv);
    if (!reader)
        return reader.error();

    ImportReport report;
    report.format = *format;
    std::optional<ImportSettings> settings; // declared before the transaction, so it outlives it
    std::optional<store::Transaction> tx;
    std::unique_ptr<ContributionWriter> writer;
    std::unique_ptr<ImportSearchWriter> search;
    std::optional<crypto::SigningKey> key;
    if (write) {
        wallet::WalletService wallet(m_workspace);
        Result<wallet::Identity> who = wallet.identity(options.identityId);
        if (!who)
            return who.error();
        Result<crypto::SigningKey> k = wallet.signingKey(options.identityId);
        if (!k)
            return k.error();
        key.emplace(std::move(*k));
        settings.emplace(**db);
        // The database's lock only: the search index's writer works in its own file meanwhile.
        tx.emplace(**db, store::Transaction::Scope::WorkspaceOnly);
        if (!tx->began())
            return tx->began().error();
        Result<std::unique_ptr<ContributionWriter>> w =
            ContributionWriter::begin(**db, *datanet, who->address, sourceName);
        if (!w)
            return w.error();
        writer = std::move(*w);
        Result<std::unique_ptr<ImportSearchWriter>> indexer = ImportSearchWriter::start(m_workspace, **db);
        if (!indexer)
            return indexer.error();
        search = std::move(*indexer);
    }

    const qint64 total = device.size();
    QElapsedTimer timer;
    timer.start();
    qint64 seen = 0;
    qint64 bytesRead = 0;
    // The writer's index moves to the pipeline's hashing thread, which judges near duplicates.
    NearDuplicateIndex nearDuplicates;
    if (writer)
        nearDuplicates = writer->takeNearDuplicateIndex();
    {
        RecordPipeline pipeline(**reader, write, writer ? &nearDuplicates : nullptr);
        PreparedBatch batch;
        while (pipeline.next(batch)) {
            bytesRead = batch.bytesRead;
            for (const PreparedRecord& record : batch.records) {
                const ParsedItem& item = record.item;
                if (!item.content && item.fatal && write)
                    return makeError(ErrorCode::InvalidArgument,
                                     tr("%1, line %2: %3; nothing was imported")
                                         .arg(sourceName)
                                         .arg(item.line)
                                         .arg(item.error));
                if (!item.content) {
                    ++report.malformed;
                    if (report.issues.size() < options.maxIssues)
                        report.issues.append({item.line, item.error});
                } else if (writer && (options.skipBad || report.malformed == 0)) {
                    Result<ContributionWriter::Outcome> out =
                        writer->addJudged(*item.content, record.hash, record.bandKeys,
                                          record.tokens, record.nearDuplicate);
                    if (!out)
                        return makeError(out.error().code,
                                         tr("line %1: %2").arg(item.line).arg(out.error().message));
                    if (*out != ContributionWriter::Outcome::Duplicate)
                        search->add(writer->lastRecordId(), record.plainTextUtf8);
                } else if (!writer) {
                    ++report.added;
                }
                if (writer) {
                    report.added = writer->added();
                    report.duplicates = writer->duplicates();
                }
                if (++seen % kProgressEvery == 0 && options.progress
                    && !options.progress(progressOf(bytesRead, total, report, timer)))
                    return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
            }
        }
    }
    if (options.progress)
        options.progress(progressOf((*reader)->bytesRead(), total, report, timer));
    if (!write)
        return report;

    if (report.malformed > 0 && !options.skipBad)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 has %2 malformed record(s); nothing was imported: %3")
                             .arg(sourceName).arg(report.malformed).arg(describeIssues(report)));
    Result<qint64> id = writer->finish(*key, report.malformed);
    if (!id)
        return id.error();
    report.contributionId = *id;
    report.nearDuplicates = writer->nearDuplicates();
    report.merkleRoot = writer->merkleRoot();
    if (Status s = tx->commit(); !s)
        return s.error();
    checkpointOverlapped(**db, *search);
    // The records are stored. An index that failed to follow loses nothing: it stays behind them,
    // and the next search indexes them (SearchIndex::catchUp).
    if (Status s = search->finish(); !s)
        qWarning("The import's search indexing did not finish (%s); the next search catches up.",
                 qPrintable(s.error().message));
    return report;
}

} // namespace fw::datanet
