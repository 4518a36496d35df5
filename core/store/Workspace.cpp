// Workspace creation, unlocking, locking and re-keying.
#include "store/Workspace.h"

#include "common/AtomicFile.h"
#include "store/Schema.h"
#include "store/SearchIndexFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScopeGuard>

namespace fw::store {

namespace {

QString databaseName(int generation)
{
    return QStringLiteral("workspace-%1.db").arg(generation);
}

// A re-key waits this long for the jobs of this process to finish their current database call.
constexpr int kRekeyWaitMs = 3000;

// A database generation's files: the database, its search index, and their journals.
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    removeSearchIndexFiles(path);
}
} // namespace

bool Workspace::isWorkspace(const QString& dir)
{
    return QFile::exists(QDir(dir).filePath(QString::fromLatin1(WorkspaceHeader::kFileName)));
}

Result<std::unique_ptr<Workspace>>
Workspace::create(const QString& dir, const QByteArray& passphrase, const CreateOptions& options)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The passphrase must not be empty."));
    if (isWorkspace(dir))
        return makeError(ErrorCode::AlreadyExists, tr("%1 already holds a workspace.").arg(dir));
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(dir));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    WorkspaceHeader header;
    header.kdf = options.kdf;
    header.generation = 1;
    header.databaseFile = databaseName(header.generation);
    header.cipherPageSize = options.cipherPageSize;
    Result<crypto::SecureBytes> key = crypto::deriveKey(passphrase, header.kdf);
    if (!key)
        return key.error();
    header.keyCheck = crypto::keyCheckValue(*key);

    std::unique_ptr<Workspace> ws(new Workspace(QDir(dir).absolutePath(), header));
    // Two processes creating the same folder at once: the second one is refused here.
    Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquireShared(ws->m_dir);
    if (!lock)
        return lock.error();
    if (Status s = (*lock)->upgrade(); !s)
        return s.error();
    // Leftovers of an earlier attempt that died before its header was written.
    removeDatabaseFiles(QDir(ws->m_dir).filePath(header.databaseFile));
    const QString path = QDir(ws->m_dir).filePath(header.databaseFile);
    {
        Result<std::unique_ptr<Database>> db =
            Database::open(path, *key, Database::Mode::Create, header.cipherPageSize);
        if (!db)
            return db.error();
        if (Status s = migrate(**db, workspaceMigrations(), options.schemaVersion); !s)
            return s.error();
        Result<Statement> st =
            (*db)->prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('created_at', ?1)"));
        if (!st)
            return st.error();
        if (Status s = st->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).run(); !s)
            return s.error();
        if (!(*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")))
            return makeError(ErrorCode::Io, tr("Cannot flush the new database."));
    }
    // The header is written last: it is what makes the folder a workspace.
    if (Status s = header.write(ws->m_dir); !s)
        return s.error();
    Result<std::shared_ptr<ConnectionPool>> pool =
        ConnectionPool::open(path, std::move(*key), header.cipherPageSize);
    if (!pool)
        return pool.error();
    (*lock)->downgrade();
    ws->m_lock = std::move(*lock);
    ws->m_pool = std::move(*pool);
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& dir, const QByteArray& passphrase)
{
    Result<WorkspaceHeader> header = WorkspaceHeader::read(dir);
    if (!header)
        return header.error();
    std::unique_ptr<Workspace> ws(new Workspace(QDir(dir).absolutePath(), *header));
    if (Status s = ws->unlock(passphrase); !s)
        return s.error();
    return ws;
}

Workspace::~Workspace()
{
    lock();
}

QString Workspace::name() const
{
    return QDir(m_dir).dirName();
}

bool Workspace::isLocked() const
{
    return !pool();
}

std::shared_ptr<ConnectionPool> Workspace::pool() const
{
    std::lock_guard locked(m_poolMutex);
    return m_pool;
}

void Workspace::lock()
{
    std::shared_ptr<ConnectionPool> closing;
    {
        std::lock_guard locked(m_poolMutex);
        closing = std::move(m_pool);
    }
    if (closing)
        closing->close();
    m_lock.reset();
}

Status Workspace::unlock(const QByteArray& passphrase)
{
    if (!isLocked())
        return {};
    // Another process may have changed the passphrase while this one was locked.
    if (Result<WorkspaceHeader> latest = WorkspaceHeader::read(m_dir); latest)
        m_header = *latest;
    Result<crypto::SecureBytes> key = crypto::deriveKey(passphrase, m_header.kdf);
    if (!key)
        return key.error();
    if (!crypto::keyMatchesCheck(*key, m_header.keyCheck))
        return makeError(ErrorCode::WrongPassphrase,
                         tr("Wrong passphrase for workspace %1.").arg(name()));
    Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquireShared(m_dir);
    if (!lock)
        return lock.error();
    m_lock = std::move(*lock);
    if (Status s = openDatabase(*key); !s) {
        m_lock.reset();
        return s;
    }
    removeStaleFiles();
    return {};
}

Status Workspace::openDatabase(const crypto::SecureBytes& key)
{
    const QString path = QDir(m_dir).filePath(m_header.databaseFile);
    Result<std::shared_ptr<ConnectionPool>> pool =
        ConnectionPool::open(path, key.clone(), m_header.cipherPageSize);
    if (!pool)
        return pool.error();
    {
        Result<Connection> db = (*pool)->acquire();
        if (!db)
            return db.error();
        if (Status s = migrateExclusively(**db); !s)
            return s;
    }
    std::lock_guard locked(m_poolMutex);
    m_pool = std::move(*pool);
    return {};
}

Status Workspace::migrateExclusively(Database& db)
{
    Result<bool> pending = migrationPending(db, workspaceMigrations());
    if (!pending)
        return pending.error();
    if (!*pending)
        return migrate(db, workspaceMigrations()); // refuses a newer schema
    if (Status s = m_lock->upgrade(); !s)
        return makeError(ErrorCode::Busy,
                         tr("This workspace needs an upgrade, which needs it to itself. %1")
                             .arg(s.error().message));
    const auto downgrade = qScopeGuard([this] { m_lock->downgrade(); });
    return migrate(db, workspaceMigrations());
}

bool Workspace::verifyPassphrase(const QByteArray& passphrase) const
{
    Result<crypto::SecureBytes> key = crypto::deriveKey(passphrase, m_header.kdf);
    return key && crypto::keyMatchesCheck(*key, m_header.keyCheck);
}

Result<Connection> Workspace::requireDatabase()
{
    std::shared_ptr<ConnectionPool> p = pool();
    if (!p)
        return makeError(ErrorCode::Locked, tr("The workspace is locked."));
    return p->acquire();
}

Status Workspace::changePassphrase(const QByteArray& newPassphrase, const crypto::KdfParams& kdf)
{
    if (newPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The passphrase must not be empty."));
    std::shared_ptr<ConnectionPool> p = pool();
    if (!p)
        return makeError(ErrorCode::Locked, tr("The workspace is locked."));
    Result<crypto::SecureBytes> key = crypto::deriveKey(newPassphrase, kdf);
    if (!key)
        return key.error();

    // Exclusive twice over: no other process has the folder open, no other thread of this one is
    // in the middle of a database call (and new calls wait until the switch is done).
    if (Status s = m_lock->upgrade(); !s)
        return s;
    const auto downgrade = qScopeGuard([this] { m_lock->downgrade(); });
    if (Status s = p->beginExclusive(kRekeyWaitMs); !s)
        return s;
    const auto endExclusive = qScopeGuard([&p] { p->endExclusive(); });

    WorkspaceHeader next = m_header;
    next.kdf = kdf;
    next.keyCheck = crypto::keyCheckValue(*key);
    next.generation = m_header.generation + 1;
    next.databaseFile = databaseName(next.generation);
    next.cipherPageSize =
        Database::kCipherPageSize; // a re-key also moves old workspaces to today's page size
    const QString nextPath = QDir(m_dir).filePath(next.databaseFile);
    {
        Result<Connection> db = p->acquire();
        if (!db)
            return db.error();
        // 1. A complete copy under the new key, flushed to disk. The old files are untouched.
        removeDatabaseFiles(nextPath);
        if (Status s = (*db)->exportEncryptedCopy(nextPath, *key, next.cipherPageSize); !s) {
            removeDatabaseFiles(nextPath);
            return s;
        }
        if (Status s = syncFile(nextPath); !s) {
            removeDatabaseFiles(nextPath);
            return s;
        }
        // 2. The commit point: one atomic rename of the header.
        if (Status s = next.write(m_dir); !s) {
            removeDatabaseFiles(nextPath);
            return s;
        }
    }
    // 3. Switch over and drop the old generation; its connections close as they come back.
    const QString oldPath = QDir(m_dir).filePath(m_header.databaseFile);
    p->switchTo(nextPath, std::move(*key), next.cipherPageSize);
    m_header = next;
    removeDatabaseFiles(oldPath);
    Result<Connection> check = p->acquire(); // proves the new file opens under the new key
    return check ? Status() : Status(check.error());
}

void Workspace::removeStaleFiles() const
{
    // A re-key that died before its header switch leaves a newer, unreferenced database behind;
    // one that died after it leaves the older one. Neither is reachable any more - unless another
    // process is re-keying right now, so only clean while holding the folder exclusively.
    if (!m_lock || !m_lock->upgrade())
        return;
    QDir dir(m_dir);
    const QStringList dbs = dir.entryList({QStringLiteral("workspace-*.db")}, QDir::Files);
    for (const QString& file : dbs)
        if (file != m_header.databaseFile)
            removeDatabaseFiles(dir.filePath(file));
    removeOtherSearchIndexes(dir.filePath(m_header.databaseFile));
    QFile::remove(
        dir.filePath(QString::fromLatin1(WorkspaceHeader::kFileName) + QStringLiteral(".tmp")));
    m_lock->downgrade();
}

} // namespace fw::store
