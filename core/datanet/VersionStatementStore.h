// Where a frozen version's signed statement lives in the workspace (table version_statements).
#pragma once

#include "common/Result.h"
#include "datanet/VersionStatement.h"

namespace fw::store {
class Database;
}

namespace fw::datanet {

Status storeVersionStatement(store::Database& db, qint64 versionRowId,
                             const VersionStatement& statement);
// The stored signature with the version's own uid, id and count; NotFound for a version frozen
// before statements existed.
Result<VersionStatement> loadVersionStatement(store::Database& db, qint64 versionRowId);

} // namespace fw::datanet
