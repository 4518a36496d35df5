// PRAGMA integrity_check, foreign_key_check and the schema version, as sentences for people.
#include "store/IntegrityCheck.h"

#include "store/Database.h"
#include "store/Schema.h"

namespace fw::store {

namespace {
// integrity_check stops after this many problems; a damaged file needs no longer list.
constexpr int kMaxIntegrityRows = 20;
} // namespace

Result<QStringList> checkDatabaseIntegrity(Database& db)
{
    QStringList problems;
    Result<Statement> integrity =
        db.prepare(QStringLiteral("PRAGMA integrity_check(%1);").arg(kMaxIntegrityRows));
    if (!integrity)
        return integrity.error();
    Status rows = forEachRow(*integrity, [&](const Statement& row) {
        if (row.text(0) != QLatin1String("ok"))
            problems
                << QCoreApplication::translate("fw::store", "Database damage: %1").arg(row.text(0));
    });
    if (!rows)
        return rows.error();

    Result<Statement> keys = db.prepare(QStringLiteral("PRAGMA foreign_key_check;"));
    if (!keys)
        return keys.error();
    rows = forEachRow(*keys, [&](const Statement& row) {
        problems << QCoreApplication::translate("fw::store",
                                                "Row %1 of %2 points to a missing row of %3.")
                        .arg(row.int64(1))
                        .arg(row.text(0), row.text(2));
    });
    if (!rows)
        return rows.error();

    Result<int> version = db.userVersion();
    if (!version)
        return version.error();
    if (*version != latestSchemaVersion())
        problems << QCoreApplication::translate("fw::store", "Schema version %1, expected %2.")
                        .arg(*version)
                        .arg(latestSchemaVersion());
    return problems;
}

} // namespace fw::store
