// A workspace is a folder: workspace.json (plaintext header) + one SQLCipher database.
// The key is Argon2id(passphrase) and lives only in locked memory while the workspace is unlocked.
// Every thread gets its own connection (requireDatabase); several processes may have the folder
// unlocked at once, and only a re-key or a migration takes it exclusively (WorkspaceLock).
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"
#include "store/ConnectionPool.h"
#include "store/Database.h"
#include "store/WorkspaceHeader.h"
#include "store/WorkspaceLock.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <mutex>

namespace fw::store {

struct CreateOptions
{
    crypto::KdfParams kdf = crypto::KdfParams::moderate();
    int schemaVersion = -1; // -1: latest. Tests create older schemas to exercise migrations.
    int cipherPageSize = Database::kCipherPageSize; // tests create 1 KiB ones, as older builds did
};

class Workspace
{
public:
    // The folder may not exist yet; it must not already hold a workspace.
    static Result<std::unique_ptr<Workspace>>
    create(const QString& dir, const QByteArray& passphrase, const CreateOptions& options = {});
    // A wrong passphrase fails with ErrorCode::WrongPassphrase before any file is opened for
    // writing.
    static Result<std::unique_ptr<Workspace>> open(const QString& dir,
                                                   const QByteArray& passphrase);
    static bool isWorkspace(const QString& dir);

    ~Workspace();

    QString directory() const { return m_dir; }
    QString name() const; // the folder's name
    bool isLocked() const;

    // Closes the database and wipes the key; unlock() needs the passphrase again. Never waits: a
    // job in the middle of a database call finishes that call, and its next one fails as locked.
    void lock();
    Status unlock(const QByteArray& passphrase);
    // Costs one Argon2id run; used before showing secrets such as recovery words.
    bool verifyPassphrase(const QByteArray& passphrase) const;

    // Re-encrypts into a new database file, then swaps the header: a crash at any point leaves
    // either the old passphrase or the new one working, never neither. Exclusive: refused with
    // ErrorCode::Busy while another process has the workspace open or a job of this one is in the
    // middle of a database call; other threads' calls wait until it is done.
    Status changePassphrase(const QByteArray& newPassphrase,
                            const crypto::KdfParams& kdf = crypto::KdfParams::moderate());

    // The calling thread's own connection, for one operation (see ConnectionPool).
    Result<Connection> requireDatabase();

    const WorkspaceHeader& header() const { return m_header; }

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::store::Workspace)
private:
    Workspace(QString dir, WorkspaceHeader header)
        : m_dir(std::move(dir)), m_header(std::move(header))
    {
    }
    Status openDatabase(const crypto::SecureBytes& key);
    Status migrateExclusively(Database& db);
    void removeStaleFiles() const;
    std::shared_ptr<ConnectionPool> pool() const;

    QString m_dir;
    WorkspaceHeader m_header;
    mutable std::mutex m_poolMutex;         // guards m_pool: workers read it while the GUI locks
    std::shared_ptr<ConnectionPool> m_pool; // null while locked
    std::unique_ptr<WorkspaceLock> m_lock;  // this process's hold on the folder while unlocked
};

} // namespace fw::store
