// Numbered, forward-only schema migrations; PRAGMA user_version holds the number applied last.
#pragma once

#include "common/Result.h"

#include <vector>

namespace fw::store {

class Database;

struct Migration
{
    int version;             // 1, 2, 3... without gaps
    const char* description; // for logs and error messages
    const char* sql;         // one or more statements
};

// Applies every migration above the database's version up to targetVersion (-1 = all), each in
// its own transaction together with its user_version bump, so a crash leaves a consistent schema.
// A database newer than the list is refused (ErrorCode::Unsupported): this build cannot read it.
Status migrate(Database& db, const std::vector<Migration>& migrations, int targetVersion = -1);

// Does migrate() have work to do? (It must then hold the workspace exclusively.)
Result<bool> migrationPending(Database& db, const std::vector<Migration>& migrations);

} // namespace fw::store
