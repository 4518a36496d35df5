// Attaching, creating and (when unreadable) starting over the search index's own file.
#include "store/SearchIndexFile.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fw::store {

namespace {
constexpr auto kSchema = "search";
constexpr int kPageSize = Database::kCipherPageSize;

// Contentless (the words only: the text stays in the records) and without per-record sizes
// (matchinfo=fts3): searches filter by MATCH and never rank, so the sizes were never read.
constexpr auto kTables = R"sql(
    CREATE VIRTUAL TABLE IF NOT EXISTS search.records_fts USING fts4(content="", matchinfo=fts3, text);
    CREATE TABLE IF NOT EXISTS search.search_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
)sql";

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::store::Database", text);
}

// A workspace connection has no SQLITE_OPEN_CREATE, and ATTACH inherits that: an empty file is
// what SQLite accepts as a new database.
Status createEmptyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot create the search index %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status attachAndPrepare(Database& db, const QString& path, const crypto::SecureBytes& key)
{
    if (!QFile::exists(path))
        if (Status s = createEmptyFile(path); !s)
            return s;
    // ATTACH reads the file's first page at once, before any PRAGMA could name its page size:
    // SQLCipher 3 reads it with its process-wide default, 1 KiB unless told. Every connection
    // names its own database's size explicitly (Database::applyKey), so this changes only how
    // attached files are read, and every attached index has the same size.
    if (Status s = db.exec(QStringLiteral("PRAGMA cipher_default_page_size = %1;").arg(kPageSize));
        !s)
        return s;
    if (Status s = db.attach(path, QString::fromLatin1(kSchema), key, kPageSize); !s)
        return s;
    // The first read of the file: a wrong key or foreign bytes show here, as SQLITE_NOTADB.
    for (const char* pragma :
         {"PRAGMA search.journal_mode = WAL;", "PRAGMA search.synchronous = NORMAL;",
          "PRAGMA search.journal_size_limit = 67108864;"})
        if (Status s = db.exec(QString::fromLatin1(pragma)); !s)
            return s;
    // Deferred, with the creation as its first write: it locks the index file only, never the
    // workspace database an import may be holding.
    if (Status s = db.exec(QStringLiteral("BEGIN;")); !s)
        return s;
    Status created = db.exec(QString::fromLatin1(kTables));
    if (created)
        created = db.exec(QStringLiteral("COMMIT;"));
    if (!created)
        (void)db.exec(QStringLiteral("ROLLBACK;"));
    return created;
}
} // namespace

constexpr auto kFilePrefix = "search-";

QString searchIndexPath(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    return database.dir().filePath(QLatin1String(kFilePrefix) + database.fileName());
}

void removeOtherSearchIndexes(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    const QDir dir = database.dir();
    const QString own = QFileInfo(searchIndexPath(databasePath)).fileName();
    for (const QString& file :
         dir.entryList({QLatin1String(kFilePrefix) + QStringLiteral("*.db")}, QDir::Files))
        if (file != own)
            removeSearchIndexFiles(dir.filePath(file.mid(int(qstrlen(kFilePrefix)))));
}

void removeSearchIndexFiles(const QString& databasePath)
{
    const QString path = searchIndexPath(databasePath);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<qint64> searchIndexWatermark(Database& db)
{
    Result<Statement> st = db.prepare(
        QStringLiteral("SELECT value FROM search.search_state WHERE key = 'indexed_upto'"));
    if (!st)
        return st.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : 0;
}

Status setSearchIndexWatermark(Database& db, qint64 upto)
{
    Result<Statement> st = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO search.search_state(key, value) VALUES('indexed_upto', ?)"));
    if (!st)
        return st.error();
    return st->bind(1, upto).run();
}

Status emptySearchIndex(Database& db)
{
    if (Status s = db.exec(QStringLiteral("DROP TABLE search.records_fts;")); !s)
        return s;
    if (Status s = db.exec(QString::fromLatin1(kTables)); !s)
        return s;
    return setSearchIndexWatermark(db, 0);
}

Status attachSearchIndex(Database& db, const QString& databasePath, const crypto::SecureBytes& key)
{
    const QString path = searchIndexPath(databasePath);
    // Not encrypted: not written by a workspace connection. Its words came from nowhere trusted.
    if (isPlaintextSqliteFile(path))
        removeSearchIndexFiles(databasePath);
    Status s = attachAndPrepare(db, path, key);
    if (s || s.error().code != ErrorCode::Corrupt)
        return s;
    // Unreadable with this key (a file left from another key, or damaged): an empty index in its
    // place, which the next search fills from the records again.
    (void)db.exec(QStringLiteral("DETACH DATABASE search;"));
    removeSearchIndexFiles(databasePath);
    return attachAndPrepare(db, path, key);
}

} // namespace fw::store
