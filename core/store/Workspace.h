// A workspace is a folder: workspace.json (plaintext header) + one SQLCipher database.
// The key is Argon2id(passphrase) and lives only in locked memory while the workspace is unlocked.
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/WorkspaceHeader.h"

#include <QString>

#include <memory>
#include <QCoreApplication>

namespace fw::store {

struct CreateOptions
{
    crypto::KdfParams kdf = crypto::KdfParams::moderate();
    int schemaVersion = -1; // -1: latest. Tests create older schemas to exercise migrations.
};

class Workspace
{
public:
    // The folder may not exist yet; it must not already hold a workspace.
    static Result<std::unique_ptr<Workspace>> create(const QString& dir, const QByteArray& passphrase,
                                                     const CreateOptions& options = {});
    // A wrong passphrase fails with ErrorCode::WrongPassphrase before any file is opened for writing.
    static Result<std::unique_ptr<Workspace>> open(const QString& dir, const QByteArray& passphrase);
    static bool isWorkspace(const QString& dir);

    ~Workspace();

    QString directory() const { return m_dir; }
    QString name() const; // the folder's name
    bool isLocked() const { return !m_db; }

    // Closes the database and wipes the key. unlock() needs the passphrase again.
    void lock();
    Status unlock(const QByteArray& passphrase);
    // Costs one Argon2id run; used before showing secrets such as recovery words.
    bool verifyPassphrase(const QByteArray& passphrase) const;

    // Re-encrypts into a new database file, then swaps the header: a crash at any point leaves
    // either the old passphrase or the new one working, never neither.
    Status changePassphrase(const QByteArray& newPassphrase,
                            const crypto::KdfParams& kdf = crypto::KdfParams::moderate());

    // Only while unlocked; check isLocked() or use requireDatabase().
    Database& database() { return *m_db; }
    Result<Database*> requireDatabase();

    const WorkspaceHeader& header() const { return m_header; }

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::store::Workspace)
private:
    Workspace(QString dir, WorkspaceHeader header) : m_dir(std::move(dir)), m_header(std::move(header)) {}
    Status openDatabase(const crypto::SecureBytes& key);
    void removeStaleFiles() const;

    QString m_dir;
    WorkspaceHeader m_header;
    std::unique_ptr<Database> m_db;
};

} // namespace fw::store
