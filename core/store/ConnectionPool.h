// SQLCipher connections for many threads: each thread that works on the workspace gets a connection
// of its own for as long as it holds a lease, so its transactions, changes() and lastInsertRowId()
// are its own. A thread asking again while it holds a lease gets the same connection (nested calls
// share the caller's transaction). Exclusive work (re-key) waits for the other threads' leases.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QString>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace fw::store {

class ConnectionPool;

// A lease on the calling thread's connection; the connection goes back to the pool when the last
// lease of that thread ends. Use it on the thread that took it, and keep it for one operation.
class Connection
{
public:
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&&) = delete;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    Database* operator->() const { return m_db; }
    Database& operator*() const { return *m_db; }

private:
    friend class ConnectionPool;
    Connection(std::shared_ptr<ConnectionPool> pool, Database* db)
        : m_pool(std::move(pool)), m_db(db)
    {
    }

    std::shared_ptr<ConnectionPool> m_pool;
    Database* m_db = nullptr;
};

class ConnectionPool : public std::enable_shared_from_this<ConnectionPool>
{
public:
    // Opens the first connection at once, so a wrong key or a plain SQLite library shows here.
    static Result<std::shared_ptr<ConnectionPool>>
    open(const QString& path, crypto::SecureBytes key, int cipherPageSize);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    // The calling thread's connection. Waits while another thread works exclusively; fails with
    // ErrorCode::Locked once the pool is closed.
    Result<Connection> acquire();

    // Stops handing out connections: idle ones close now, leased ones when their lease ends, and
    // the key is wiped with the last of them. Never waits.
    void close();

    // Exclusive work: new leases of other threads wait, and this returns once no other thread holds
    // one, or fails with ErrorCode::Busy after `timeoutMs` naming how many are still in use.
    Status beginExclusive(int timeoutMs);
    // Points the pool at another database file and key (a re-key's new generation). Exclusive only.
    void switchTo(const QString& path, crypto::SecureBytes key, int cipherPageSize);
    void endExclusive();

    // How many threads hold a lease now (tests and diagnostics).
    int leasedThreads() const;
    // How many connections are open now, leased or idle.
    int openConnections() const;

    Q_DECLARE_TR_FUNCTIONS(fw::store::ConnectionPool)
private:
    struct Lease
    {
        Database* db = nullptr;
        int depth = 0;
    };

    ConnectionPool(QString path, crypto::SecureBytes key, int cipherPageSize)
        : m_path(std::move(path)), m_key(std::move(key)), m_cipherPageSize(cipherPageSize)
    {
    }
    void release(Database* db);
    Result<Database*> idleOrNew(); // with m_mutex held

    // std::mutex, not QMutex: ThreadSanitizer sees pthread locks, not Qt's futex slow path.
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QString m_path;                                       // guarded by m_mutex
    crypto::SecureBytes m_key;                            // guarded by m_mutex
    int m_cipherPageSize;                                 // guarded by m_mutex
    std::vector<std::unique_ptr<Database>> m_idle;        // guarded by m_mutex
    std::map<std::thread::id, Lease> m_leases;            // guarded by m_mutex
    std::map<Database*, std::unique_ptr<Database>> m_out; // leased connections; guarded by m_mutex
    std::thread::id m_exclusive;                          // guarded by m_mutex; default id: nobody
    bool m_closed = false;                                // guarded by m_mutex

    friend class Connection;
};

} // namespace fw::store
