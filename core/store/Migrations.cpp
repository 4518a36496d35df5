// Migration runner.
#include "store/Migrations.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace fw::store {

Status migrate(Database& db, const std::vector<Migration>& migrations, int targetVersion)
{
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const int target = targetVersion < 0 ? latest : targetVersion;
    Result<int> current = db.userVersion();
    if (!current)
        return current.error();
    if (*current > latest)
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("fw::store",
                                                     "This workspace was written by a newer Flywheel "
                                                     "(schema %1; this version knows up to %2).")
                             .arg(*current)
                             .arg(latest));
    for (const Migration& m : migrations) {
        if (m.version <= *current || m.version > target)
            continue;
        Transaction tx(db);
        if (!tx.began())
            return tx.began();
        Status applied = db.exec(QString::fromUtf8(m.sql));
        if (applied)
            applied = db.setUserVersion(m.version);
        if (applied)
            applied = tx.commit();
        if (!applied)
            return makeError(applied.error().code,
                             QCoreApplication::translate("fw::store", "Migration %1 (%2) failed: %3")
                                 .arg(m.version)
                                 .arg(QString::fromUtf8(m.description), applied.error().message));
    }
    return {};
}

Result<bool> migrationPending(Database& db, const std::vector<Migration>& migrations)
{
    Result<int> current = db.userVersion();
    if (!current)
        return current.error();
    return !migrations.empty() && *current < migrations.back().version;
}

} // namespace fw::store
