// Chunk sequences and sizes of the registry's files, checked in SQL.
#include "models/ModelCheck.h"

#include "store/Workspace.h"

#include <QCoreApplication>

namespace fw::models {

Result<ModelCheckReport> checkModels(store::Workspace& workspace)
{
    Result<store::Connection> db = workspace.requireDatabase();
    if (!db)
        return db.error();
    ModelCheckReport report;
    // Per file: chunks 0..n-1 exactly once (count == max + 1, min == 0); per model: the sizes add
    // up.
    Result<store::Statement> st = (*db)->prepare(QStringLiteral(
        "SELECT m.name, m.size_bytes, "
        "  (SELECT coalesce(sum(length(f.data)), 0) FROM model_files f WHERE f.model_id = m.id), "
        "  (SELECT count(*) FROM (SELECT name FROM model_files f WHERE f.model_id = m.id GROUP BY "
        "name "
        "                         HAVING min(chunk) != 0 OR max(chunk) + 1 != count(*))), "
        "  (SELECT count(*) FROM model_files f WHERE f.model_id = m.id) "
        "FROM models m ORDER BY m.id"));
    if (!st)
        return st.error();
    Status rows = store::forEachRow(*st, [&](const store::Statement& row) {
        ++report.models;
        const QString name = row.text(0);
        if (row.int64(4) == 0)
            report.problems << QCoreApplication::translate("fw::models",
                                                           "Model \"%1\" has no stored files.")
                                   .arg(name);
        else if (row.int64(3) > 0)
            report.problems << QCoreApplication::translate(
                                   "fw::models", "Model \"%1\" has %2 file(s) with missing parts.")
                                   .arg(name)
                                   .arg(row.int64(3));
        else if (row.int64(1) != row.int64(2))
            report.problems << QCoreApplication::translate(
                                   "fw::models", "Model \"%1\" should hold %2 bytes but holds %3.")
                                   .arg(name)
                                   .arg(row.int64(1))
                                   .arg(row.int64(2));
    });
    if (!rows)
        return rows.error();
    return report;
}

} // namespace fw::models
