// SQLCipher connection set-up and the encryption checks the workspace relies on.
#include "store/Database.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QFile>

namespace fw::store {

namespace {

// Long enough for another thread's or process's largest write (a 200,000-record import commits
// in a few seconds on a slow laptop); a GUI action queued behind it waits, then fails clearly.
constexpr int kBusyTimeoutMs = 60'000;


QByteArray keyPragma(const char* pragma, const crypto::SecureBytes& key)
{
    // x'...' tells SQLCipher the key is raw: no PBKDF2 of its own on top of our Argon2id.
    return QByteArray(pragma) + " = \"x'" + key.toHexUnsafe() + "'\";";
}

void wipeSql(QByteArray& sql)
{
    crypto::wipe(sql);
}

// SQLite keeps memory statistics under one process-wide mutex, taken on every allocation of every
// connection, unless told otherwise before its first use. Nothing here reads those statistics, and
// an import's writer and parsing threads allocate on every record (the import went from 42,800 to
// 49,000 records/s without them). Called before the first open; a later call would be refused
// harmlessly (SQLITE_MISUSE), so the result is not checked.
void configureLibraryOnce()
{
    static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)once;
}
} // namespace

bool isPlaintextSqliteFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const crypto::SecureBytes& key,
                                                 Mode mode, int cipherPageSize)
{
    if (mode == Mode::OpenExisting && !QFile::exists(path))
        return makeError(ErrorCode::NotFound, tr("The database %1 does not exist.").arg(path));
    if (isPlaintextSqliteFile(path))
        return makeError(ErrorCode::NotEncrypted,
                         tr("The database %1 is not encrypted; refusing to open it.").arg(path));

    configureLibraryOnce();
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX |
                      (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    if (Status s = db->applyKey(key, cipherPageSize); !s)
        return s.error();
    if (Status s = db->verifyEncryption(); !s)
        return s.error();
    // Reading the schema is the first moment a wrong key shows (SQLITE_NOTADB).
    if (Status s = db->exec(QStringLiteral("SELECT count(*) FROM sqlite_master;")); !s)
        return makeError(ErrorCode::WrongPassphrase,
                         tr("The database cannot be decrypted with this key (%1).").arg(s.error().message));
    // Writers of other threads and processes queue for the write lock instead of failing at once;
    // the wait is bounded so a stuck writer shows as a clear "busy" error, not a hang.
    sqlite3_busy_timeout(db->m_db, kBusyTimeoutMs);
    // WAL: readers never wait for the writer. The WAL file grows to the largest transaction (a
    // model's chunks, a 200,000-record import); journal_size_limit truncates it back afterwards.
    for (const char* pragma : {"PRAGMA foreign_keys = ON;", "PRAGMA journal_mode = WAL;",
                               "PRAGMA synchronous = NORMAL;", "PRAGMA temp_store = MEMORY;",
                               "PRAGMA journal_size_limit = 67108864;"}) {
        if (Status s = db->exec(QString::fromLatin1(pragma)); !s)
            return s.error();
    }
    return db;
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Status Database::applyKey(const crypto::SecureBytes& key, int cipherPageSize)
{
    QByteArray sql = keyPragma("PRAGMA key", key);
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    wipeSql(sql);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Internal, tr("Cannot key the database: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    // Before the first page is read. A plain SQLite ignores it, and verifyEncryption() refuses that.
    return exec(QStringLiteral("PRAGMA cipher_page_size = %1;").arg(cipherPageSize));
}

Status Database::verifyEncryption()
{
    // A plain SQLite ignores PRAGMA key and returns no row for cipher_version.
    Result<Statement> st = prepare(QStringLiteral("PRAGMA cipher_version;"));
    if (!st)
        return st.error();
    Result<bool> row = st->step();
    if (!row || !*row || st->text(0).isEmpty())
        return makeError(ErrorCode::NotEncrypted,
                         tr("SQLCipher is not active (the plain SQLite library answered); "
                            "refusing to open an unencrypted workspace."));
    m_cipherVersion = st->text(0);
    return {};
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    ErrorCode code = errorCodeForSqlite(rc);
    if (code == ErrorCode::AlreadyExists) // only statements map constraint failures to "exists"
        code = ErrorCode::Internal;
    return makeError(code, text);
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return makeError(rc == SQLITE_NOTADB ? ErrorCode::Corrupt : ErrorCode::Internal,
                         QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Statement(m_db, stmt);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Status Database::attach(const QString& path, const QString& schema, const crypto::SecureBytes& key,
                        int cipherPageSize)
{
    QByteArray sql = "ATTACH DATABASE '" + QFile::encodeName(path).replace('\'', "''") + "' AS " +
                     schema.toUtf8() + " KEY \"x'" + key.toHexUnsafe() + "'\";";
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    wipeSql(sql);
    if (rc != SQLITE_OK)
        return makeError(errorCodeForSqlite(rc), QString::fromUtf8(sqlite3_errmsg(m_db)));
    // Before the attached file's first page is read, as for the main one (applyKey).
    return exec(QStringLiteral("PRAGMA %1.cipher_page_size = %2;").arg(schema).arg(cipherPageSize));
}

Status Database::exportEncryptedCopy(const QString& path, const crypto::SecureBytes& key, int cipherPageSize)
{
    // ATTACH inherits this connection's open flags, and a workspace opened (not created) has no
    // SQLITE_OPEN_CREATE: start from an empty file, which SQLite treats as an empty database.
    QFile::remove(path);
    QFile empty(path);
    if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Io, tr("Cannot create %1: %2").arg(path, empty.errorString()));
    empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    empty.close();
    if (Status s = attach(path, QStringLiteral("rekey_target"), key, cipherPageSize); !s)
        return makeError(ErrorCode::Io, tr("Cannot create %1: %2").arg(path, s.error().message));
    // The copy is worthless until the caller has flushed it and switched to it, so it needs no
    // journal and no per-statement fsync; that makes the export many times faster.
    Status exported = exec(QStringLiteral("PRAGMA rekey_target.journal_mode = OFF; "
                                          "PRAGMA rekey_target.synchronous = OFF;"));
    if (exported)
        exported = exec(QStringLiteral("SELECT sqlcipher_export('rekey_target');"));
    if (exported) {
        // sqlcipher_export does not copy user_version; the migration state must travel with the data.
        Result<int> version = userVersion();
        exported = version ? exec(QStringLiteral("PRAGMA rekey_target.user_version = %1;").arg(*version))
                           : Status(version.error());
    }
    Status detached = exec(QStringLiteral("DETACH DATABASE rekey_target;"));
    if (!exported)
        return exported;
    return detached;
}

Result<int> Database::userVersion()
{
    Result<Statement> st = prepare(QStringLiteral("PRAGMA user_version;"));
    if (!st)
        return st.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return int(st->int64(0));
}

Status Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version = %1;").arg(version));
}

QString Database::sqlcipherVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace fw::store
