// The full-text search index lives in its own encrypted file beside the workspace database
// ("search-<database file>"), attached to every workspace connection as schema "search".
//
// Why a file of its own: SQLite has one writer per file. In the workspace database, an import had
// to store its records and index their words on one thread, one after the other; in a file of
// its own the index is written by a second thread while the records are stored, so an import
// runs on both cores (datanet/ImportSearchWriter.h).
//
// The index is derived data: every word in it comes from the records, up to a watermark
// (search.search_state 'indexed_upto', a record id) that moves in the index's own transactions.
// So a missing, unreadable or foreign file is rebuilt, never an error: it is replaced by an empty
// index, and the next search indexes every record again (datanet/SearchIndex.h). A re-key starts a
// new database generation and with it an empty index, rebuilt the same way.
//
// Database::kCipherPageSize whatever the database's (older workspaces have 1 or 4 KiB ones): every
// index file is written by this build, and one written with another page size reads as foreign,
// so it is rebuilt. Same key as the database: SQLCipher encrypts each page with its own random
// IV, so two files under one key are as safe as the two tables were in one file.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace fw::store {

class Database;

// The index file that belongs to the workspace database at `databasePath`.
QString searchIndexPath(const QString& databasePath);

// Attaches the index of `databasePath` to `db` as "search", creating its file and tables when
// they are missing and starting over when the file cannot be read with `key`.
Status attachSearchIndex(Database& db, const QString& databasePath, const crypto::SecureBytes& key);

// Deletes the index file of `databasePath` with its WAL and shared-memory files.
void removeSearchIndexFiles(const QString& databasePath);
// Deletes every index file in the folder of `databasePath` but its own: indexes whose database
// was removed before them (a kill between the two removals of an old generation).
void removeOtherSearchIndexes(const QString& databasePath);

// The last record id whose words are in the index (0: none), and moving it; inside the caller's
// transaction, on a workspace connection.
Result<qint64> searchIndexWatermark(Database& db);
Status setSearchIndexWatermark(Database& db, qint64 upto);
// Drops every word (a contentless index cannot delete rows one by one) and the watermark with them.
Status emptySearchIndex(Database& db);

} // namespace fw::store
