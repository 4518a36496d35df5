// An open SQLCipher database keyed with a raw 256-bit key. Opening refuses to continue unless
// encryption is provably active: libtorch's dependencies load the system libsqlite3 too, and a
// plain SQLite answering our calls would silently write plaintext.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "store/Statement.h"

#include <QString>

#include <memory>
#include <QCoreApplication>

struct sqlite3;

namespace fw::store {

class Database
{
public:
    enum class Mode { OpenExisting, Create };

    // SQLCipher 3 does not store its page size in the file: every connection must be told the one
    // the file was created with (a workspace keeps it in WorkspaceHeader::cipherPageSize). 16 KiB:
    // each page costs one AES and one HMAC pass and one WAL frame, so SQLCipher 3's default 1 KiB
    // costs ~3x per byte, and 4 KiB (until 2026-12) cost a bulk insert of records 20% more CPU,
    // its commit and checkpoint twice as much (tests/bench/README.md, "Datanet import benchmark").
    static constexpr int kCipherPageSize = 16384;
    static Result<std::unique_ptr<Database>> open(const QString& path, const crypto::SecureBytes& key,
                                                  Mode mode, int cipherPageSize = kCipherPageSize);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);
    qint64 lastInsertRowId() const;
    int changes() const;

    // Attaches the encrypted database file `path` as `schema` (an existing file, possibly empty:
    // a workspace connection has no SQLITE_OPEN_CREATE), keyed with `key` and told its page size.
    Status attach(const QString& path, const QString& schema, const crypto::SecureBytes& key,
                  int cipherPageSize = kCipherPageSize);

    // Writes a complete copy of this database, encrypted with another key, to a new file.
    Status exportEncryptedCopy(const QString& path, const crypto::SecureBytes& key,
                               int cipherPageSize = kCipherPageSize);

    QString path() const { return m_path; }
    QString cipherVersion() const { return m_cipherVersion; }
    Result<int> userVersion();
    Status setUserVersion(int version);

    // The library this build talks to, for the About box.
    static QString sqlcipherVersion();

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::store::Database)
private:
    Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    Status applyKey(const crypto::SecureBytes& key, int cipherPageSize);
    Status verifyEncryption();

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
};

// true when the file exists and starts with the plain-SQLite magic: it is NOT encrypted.
bool isPlaintextSqliteFile(const QString& path);

} // namespace fw::store
