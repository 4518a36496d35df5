// Appends and reads the workspace's activity log (what happened, when), newest first.
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace fw::store {
class Database;
}

namespace fw::wallet {

struct ActivityEntry
{
    QDateTime at;
    QString kind;
    QString detail;
};

Status logActivity(store::Database& db, const QString& kind, const QString& detail);
Result<QList<ActivityEntry>> recentActivity(store::Database& db, int limit = 100);

} // namespace fw::wallet
