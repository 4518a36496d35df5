// The import's search-index writer: a queue of batches, a thread with its own connection, and one
// transaction of the index file.
#include "datanet/ImportSearchWriter.h"

#include "store/SearchIndexFile.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QtGlobal>
#include <optional>

namespace fw::datanet {

namespace {
constexpr size_t kBatchRecords = 256;
constexpr size_t kMaxBatches = 32; // about 8,000 records of text in flight: a few MB
constexpr int kImportSearchCacheKiB = 32768;

class ScopedSearchCache
{
public:
    explicit ScopedSearchCache(store::Database& db) : m_db(db)
    {
        if (Result<store::Statement> st = db.prepare(QStringLiteral("PRAGMA search.cache_size;"));
            st)
            if (Result<bool> row = st->step(); row && *row)
                m_previous = st->int64(0);
        (void)db.exec(QStringLiteral("PRAGMA search.cache_size = -%1;").arg(kImportSearchCacheKiB));
    }
    ~ScopedSearchCache()
    {
        if (m_previous)
            (void)m_db.exec(QStringLiteral("PRAGMA search.cache_size = %1;").arg(*m_previous));
    }
    ScopedSearchCache(const ScopedSearchCache&) = delete;
    ScopedSearchCache& operator=(const ScopedSearchCache&) = delete;

private:
    store::Database& m_db;
    std::optional<qint64> m_previous;
};
} // namespace

Result<std::unique_ptr<ImportSearchWriter>>
ImportSearchWriter::start(store::Workspace& workspace, store::Database& importConnection)
{
    // On the import's connection, before its first record: the newest record is a committed one,
    // and none can be committed by anyone else until the import ends.
    Result<qint64> upto = store::searchIndexWatermark(importConnection);
    if (!upto)
        return upto.error();
    Result<store::Statement> newest =
        importConnection.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM records"));
    if (!newest)
        return newest.error();
    if (Result<bool> row = newest->step(); !row)
        return row.error();
    return std::unique_ptr<ImportSearchWriter>(
        new ImportSearchWriter(workspace, *upto, *upto == newest->int64(0)));
}

ImportSearchWriter::ImportSearchWriter(store::Workspace& workspace, qint64 watermark, bool upToDate)
    : m_workspace(workspace), m_watermark(watermark), m_upToDate(upToDate),
      m_thread([this] { run(); })
{
    m_filling.reserve(kBatchRecords);
}

ImportSearchWriter::~ImportSearchWriter()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_end == End::None)
            m_end = End::Abandon;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ImportSearchWriter::add(qint64 recordId, const QByteArray& plainTextUtf8)
{
    if (!m_upToDate)
        return; // catch-up indexes these, in order with the older records before them
    m_filling.emplace_back(recordId, plainTextUtf8);
    if (m_filling.size() == kBatchRecords) {
        push(std::move(m_filling));
        m_filling = Batch();
        m_filling.reserve(kBatchRecords);
    }
}

void ImportSearchWriter::push(Batch&& batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxBatches; });
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
}

void ImportSearchWriter::commitSoon()
{
    if (!m_filling.empty())
        push(std::move(m_filling));
    m_filling = Batch();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_end == End::None)
            m_end = End::Commit;
    }
    m_changed.notify_all();
}

Status ImportSearchWriter::finish()
{
    commitSoon();
    m_thread.join();
    return m_result;
}

void ImportSearchWriter::run()
{
    m_result = write();
    // Whatever happened, the import's thread must never wait on a full queue: drain it.
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_queue.clear();
        m_changed.notify_all();
        if (m_end != End::None)
            return;
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_end != End::None; });
    }
}

Status ImportSearchWriter::write()
{
    if (!m_upToDate)
        return {}; // no lock, no transaction: the records wait for catch-up
    // This thread's own connection: its transaction is apart from the import's.
    Result<store::Connection> connection = m_workspace.requireDatabase();
    if (!connection)
        return connection.error();
    store::Database& db = **connection;
    // A large import's index outgrows SQLite's default 2 MB cache many times over: full-text
    // merges then read back pages they just wrote (a third of the index file's reads and writes
    // at 100,000 records). The connection gets its own setting back after.
    const ScopedSearchCache cache(db);
    store::Transaction tx(db, store::Transaction::Scope::SearchIndexOnly);
    if (!tx.began())
        return tx.began().error();
    Result<store::Statement> insert =
        db.prepare(QStringLiteral("INSERT INTO search.records_fts(docid, text) VALUES(?, ?)"));
    if (!insert)
        return insert.error();

    qint64 last = m_watermark;
    for (;;) {
        Batch batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_end != End::None; });
            if (m_queue.empty()) {
                if (m_end == End::Abandon)
                    return makeError(ErrorCode::Cancelled,
                                     QStringLiteral("the import did not commit"));
                break; // committed, and every batch is written
            }
            if (m_end == End::Abandon)
                return makeError(ErrorCode::Cancelled, QStringLiteral("the import did not commit"));
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        for (const auto& [id, text] : batch) {
            insert->reset();
            insert->bind(1, id).bindUtf8(2, text);
            if (Status s = insert->run(); !s)
                return s;
            last = id;
        }
    }
    if (last == m_watermark)
        return {}; // nothing new (every record was a duplicate)
    if (Status s = store::setSearchIndexWatermark(db, last); !s)
        return s;
    return tx.commit();
}

} // namespace fw::datanet
