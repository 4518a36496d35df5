// Activity log over the `activity` table.
#include "wallet/ActivityLog.h"

#include "store/Database.h"

namespace fw::wallet {

Status logActivity(store::Database& db, const QString& kind, const QString& detail)
{
    Result<store::Statement> st =
        db.prepare(QStringLiteral("INSERT INTO activity(at, kind, detail) VALUES(?1, ?2, ?3)"));
    if (!st)
        return st.error();
    return st->bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, kind).bind(3, detail).run();
}

Result<QList<ActivityEntry>> recentActivity(store::Database& db, int limit)
{
    Result<store::Statement> st = db.prepare(
        QStringLiteral("SELECT at, kind, detail FROM activity ORDER BY at DESC, id DESC LIMIT ?1"));
    if (!st)
        return st.error();
    st->bind(1, limit);
    QList<ActivityEntry> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append({QDateTime::fromMSecsSinceEpoch(st->int64(0), Qt::UTC), st->text(1), st->text(2)});
    }
    return out;
}

} // namespace fw::wallet
