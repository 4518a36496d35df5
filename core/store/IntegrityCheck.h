// The database-level half of `flywheel-cli workspace check`: SQLite's own page and index check,
// foreign keys, and the schema version. The services check their own invariants on top of it.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace fw::store {

class Database;

// Problems found, one sentence each; empty: the database is sound. An error means the check
// itself could not run (a locked or unreadable database).
Result<QStringList> checkDatabaseIntegrity(Database& db);

} // namespace fw::store
