// Search indexing beside an import. The import's thread stores records in the workspace database;
// this writer's own thread and connection put their words into the search index file at the same
// time (store/SearchIndexFile.h), in a transaction of the index file alone that commits right after
// the import's. So an import is searchable the moment it returns, and its two kinds of writes run
// on two cores instead of one after the other.
//
// Only when the index is up to date when the import starts (its watermark is the newest record):
// otherwise older records wait for SearchIndex::catchUp, which must index in id order, and this
// writer leaves the import's records to it too.
//
// Nothing is lost when indexing fails or the process dies between the two commits: the records are
// stored, the watermark stayed behind them, and the next search indexes them.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace fw::store {
class Database;
class Workspace;
} // namespace fw::store

namespace fw::datanet {

class ImportSearchWriter
{
public:
    // Checks the index is up to date and starts the writer's thread. Call on the import's
    // connection once its transaction holds the database's write lock, before its first record.
    static Result<std::unique_ptr<ImportSearchWriter>> start(store::Workspace& workspace,
                                                             store::Database& importConnection);
    // Without finish(): the index's transaction rolls back (the import failed or was cancelled).
    ~ImportSearchWriter();
    ImportSearchWriter(const ImportSearchWriter&) = delete;
    ImportSearchWriter& operator=(const ImportSearchWriter&) = delete;

    // A stored record's plain text, in UTF-8. Waits only when the writer is far behind.
    void add(qint64 recordId, const QByteArray& plainTextUtf8);
    // After the import's commit: the last words, the watermark, and the index's commit.
    // commitSoon() starts them and returns at once; finish() starts them if needed and waits.
    void commitSoon();
    Status finish();

private:
    using Batch = std::vector<std::pair<qint64, QByteArray>>;
    enum class End { None, Commit, Abandon };

    ImportSearchWriter(store::Workspace& workspace, qint64 watermark, bool upToDate);
    void push(Batch&& batch);
    void run();
    Status write(); // the thread's work; what finish() returns

    store::Workspace& m_workspace;
    const qint64 m_watermark; // the newest record before the import's
    const bool m_upToDate;    // else this writer indexes nothing
    Batch m_filling;          // the import's thread only
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue; // guarded by m_mutex
    End m_end = End::None;     // guarded by m_mutex
    Status m_result;           // written by the thread, read after join()
    std::thread m_thread;
};

} // namespace fw::datanet
