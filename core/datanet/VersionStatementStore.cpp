// Version statements in the workspace database.
#include "datanet/VersionStatementStore.h"

#include "store/Database.h"

namespace fw::datanet {

Status storeVersionStatement(store::Database& db, qint64 versionRowId,
                             const VersionStatement& statement)
{
    Result<store::Statement> st = db.prepare("INSERT INTO version_statements(version_id, curator, "
                                             "frozen_at, signature) VALUES(?, ?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, versionRowId)
        .bind(2, statement.curator)
        .bind(3, statement.frozenAt)
        .bind(4, statement.signature)
        .run();
}

Result<VersionStatement> loadVersionStatement(store::Database& db, qint64 versionRowId)
{
    // uid, root and count come from the immutable version rows, so a statement altered in the
    // database no longer matches its signature.
    Result<store::Statement> st = db.prepare(
        "SELECT d.uid, v.root, v.record_count, s.frozen_at, s.curator, s.signature FROM "
        "version_statements s "
        "JOIN datanet_versions v ON v.id = s.version_id JOIN datanets d ON d.id = v.datanet_id "
        "WHERE s.version_id = ?");
    if (!st)
        return st.error();
    st->bind(1, versionRowId);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(
            ErrorCode::NotFound,
            VersionStatement::tr("This version has no signed statement: it was frozen before "
                                 "versions were signed. Freeze the datanet again to sign it."));
    VersionStatement s;
    s.datanetUid = st->blob(0);
    s.versionId = st->blob(1);
    s.recordCount = st->int64(2);
    s.frozenAt = st->int64(3);
    s.curator = st->text(4);
    s.signature = st->blob(5);
    return s;
}

} // namespace fw::datanet
