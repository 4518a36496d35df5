// Per-thread connection leases over one workspace database.
#include "store/ConnectionPool.h"

#include "store/SearchIndexFile.h"

#include <algorithm>

namespace fw::store {

namespace {
// How long a thread waits for another thread's exclusive work (a re-key copies the whole
// database) before it gives up with a clear error instead of hanging.
constexpr std::chrono::milliseconds kExclusiveWait{120'000};

// A workspace connection: the database, with the search index's file attached as "search".
Result<std::unique_ptr<Database>> openWorkspaceConnection(const QString& path, const crypto::SecureBytes& key,
                                                          int cipherPageSize)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, key, Database::Mode::OpenExisting, cipherPageSize);
    if (!db)
        return db.error();
    if (Status s = attachSearchIndex(**db, path, key); !s)
        return s.error();
    return db;
}
} // namespace

Connection::Connection(Connection&& other) noexcept
    : m_pool(std::move(other.m_pool)), m_db(std::exchange(other.m_db, nullptr))
{
}

Connection::~Connection()
{
    if (m_pool && m_db)
        m_pool->release(m_db);
}

Result<std::shared_ptr<ConnectionPool>>
ConnectionPool::open(const QString& path, crypto::SecureBytes key, int cipherPageSize)
{
    std::shared_ptr<ConnectionPool> pool(new ConnectionPool(path, std::move(key), cipherPageSize));
    Result<std::unique_ptr<Database>> first = openWorkspaceConnection(path, pool->m_key, cipherPageSize);
    if (!first)
        return first.error();
    pool->m_idle.push_back(std::move(*first));
    return pool;
}

ConnectionPool::~ConnectionPool() = default;

Result<Connection> ConnectionPool::acquire()
{
    std::unique_lock locked(m_mutex);
    const std::thread::id self = std::this_thread::get_id();
    auto mine = m_leases.find(self);
    if (mine != m_leases.end()) {
        ++mine->second.depth;
        return Connection(shared_from_this(), mine->second.db);
    }
    const bool free = m_changed.wait_for(locked, kExclusiveWait, [&] {
        return m_closed || m_exclusive == std::thread::id() || m_exclusive == self;
    });
    if (!free)
        return makeError(ErrorCode::Busy,
                         tr("The workspace is busy with a passphrase change; try again "
                            "once it has finished."));
    if (m_closed)
        return makeError(ErrorCode::Locked, tr("The workspace is locked."));
    Result<Database*> db = idleOrNew();
    if (!db)
        return db.error();
    m_leases[self] = Lease{*db, 1};
    return Connection(shared_from_this(), *db);
}

Result<Database*> ConnectionPool::idleOrNew()
{
    std::unique_ptr<Database> db;
    if (!m_idle.empty()) {
        db = std::move(m_idle.back());
        m_idle.pop_back();
    } else {
        Result<std::unique_ptr<Database>> opened = openWorkspaceConnection(m_path, m_key, m_cipherPageSize);
        if (!opened)
            return opened.error();
        db = std::move(*opened);
    }
    Database* raw = db.get();
    m_out[raw] = std::move(db);
    return raw;
}

void ConnectionPool::release(Database* db)
{
    std::lock_guard locked(m_mutex);
    auto lease = m_leases.find(std::this_thread::get_id());
    if (lease == m_leases.end() || lease->second.db != db) {
        // A lease moved to another thread: find it by connection instead.
        lease = std::find_if(m_leases.begin(), m_leases.end(),
                             [db](const auto& l) { return l.second.db == db; });
        if (lease == m_leases.end())
            return;
    }
    if (--lease->second.depth > 0)
        return;
    m_leases.erase(lease);
    auto out = m_out.find(db);
    if (out != m_out.end()) {
        // A closed pool's connection, or one to the file a re-key replaced, closes here.
        if (!m_closed && out->second->path() == m_path)
            m_idle.push_back(std::move(out->second));
        m_out.erase(out);
    }
    if (m_closed && m_out.empty())
        m_key.clear();
    m_changed.notify_all();
}

void ConnectionPool::close()
{
    std::lock_guard locked(m_mutex);
    m_closed = true;
    m_idle.clear();
    if (m_out.empty())
        m_key.clear();
    m_changed.notify_all();
}

Status ConnectionPool::beginExclusive(int timeoutMs)
{
    std::unique_lock locked(m_mutex);
    const std::thread::id self = std::this_thread::get_id();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    if (!m_changed.wait_until(locked, deadline, [&] {
            return m_exclusive == std::thread::id() || m_exclusive == self;
        }))
        return makeError(ErrorCode::Busy, tr("Another passphrase change is under way."));
    m_exclusive = self;
    const bool alone = m_changed.wait_until(locked, deadline, [&] {
        return std::all_of(m_leases.begin(), m_leases.end(),
                           [&](const auto& l) { return l.first == self; });
    });
    if (!alone) {
        const int busy = int(m_leases.size()) - int(m_leases.count(self));
        m_exclusive = std::thread::id();
        m_changed.notify_all();
        return makeError(
            ErrorCode::Busy,
            tr("%n job(s) are still using the workspace (training, an import, a freeze...). "
               "Wait for them to finish and try again.",
               nullptr, busy));
    }
    return {};
}

void ConnectionPool::switchTo(const QString& path, crypto::SecureBytes key, int cipherPageSize)
{
    std::lock_guard locked(m_mutex);
    m_idle.clear();
    m_path = path;
    m_key = std::move(key);
    m_cipherPageSize = cipherPageSize;
}

void ConnectionPool::endExclusive()
{
    std::lock_guard locked(m_mutex);
    if (m_exclusive == std::this_thread::get_id())
        m_exclusive = std::thread::id();
    m_changed.notify_all();
}

int ConnectionPool::leasedThreads() const
{
    std::lock_guard locked(m_mutex);
    return int(m_leases.size());
}

int ConnectionPool::openConnections() const
{
    std::lock_guard locked(m_mutex);
    return int(m_idle.size() + m_out.size());
}

} // namespace fw::store
