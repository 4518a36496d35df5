// Re-verifies contributions and versions from the stored rows, trusting none of the stored roots.
#include "datanet/DatanetCheck.h"

#include "datanet/DatanetService.h"
#include "datanet/MerkleTree.h"
#include "datanet/VersionStatementStore.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <vector>

namespace fw::datanet {

namespace {

Result<QList<qint64>> ids(store::Workspace& workspace, const char* sql)
{
    Result<store::Connection> db = workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(QString::fromLatin1(sql));
    if (!st)
        return st.error();
    QList<qint64> out;
    if (Status s =
            store::forEachRow(*st, [&](const store::Statement& row) { out << row.int64(0); });
        !s)
        return s.error();
    return out;
}

// Empty when the version is whole; otherwise what is wrong with it.
Result<QString> checkVersion(store::Workspace& workspace, qint64 versionRow)
{
    Result<store::Connection> db = workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> head =
        (*db)->prepare(QStringLiteral("SELECT d.uid, v.root, v.record_count FROM datanet_versions "
                                      "v JOIN datanets d ON d.id = v.datanet_id "
                                      "WHERE v.id = ?"));
    if (!head)
        return head.error();
    head->bind(1, versionRow);
    if (Result<bool> row = head->step(); !row || !*row)
        return row ? Result<QString>(
                         QCoreApplication::translate("fw::datanet", "it has no header row"))
                   : Result<QString>(row.error());
    const QByteArray uid = head->blob(0);
    const QByteArray root = head->blob(1);
    const qint64 count = head->int64(2);

    // Each member must still be the record it names, with the hash the version was frozen with.
    Result<store::Statement> members =
        (*db)->prepare(QStringLiteral("SELECT m.content_hash, r.content_hash FROM version_records "
                                      "m LEFT JOIN records r ON r.id = m.record_id "
                                      "WHERE m.version_id = ? ORDER BY m.position"));
    if (!members)
        return members.error();
    members->bind(1, versionRow);
    std::vector<QByteArray> hashes;
    qint64 mismatched = 0;
    Status s = store::forEachRow(*members, [&](const store::Statement& row) {
        hashes.push_back(row.blob(0));
        if (row.isNull(1) || row.blob(1) != row.blob(0))
            ++mismatched;
    });
    if (!s)
        return s.error();
    if (qint64(hashes.size()) != count)
        return QCoreApplication::translate("fw::datanet", "it lists %1 records but says it has %2")
            .arg(hashes.size())
            .arg(count);
    if (mismatched > 0)
        return QCoreApplication::translate("fw::datanet",
                                           "%1 of its records no longer match their hashes")
            .arg(mismatched);
    if (MerkleTree::seal(uid, MerkleTree::root(hashes), count) != root)
        return QCoreApplication::translate("fw::datanet", "its id does not match its records");
    // The curator's signed statement, where the version has one (versions frozen before
    // statements existed have none).
    Result<VersionStatement> statement = loadVersionStatement(**db, versionRow);
    if (!statement && statement.error().code != ErrorCode::NotFound)
        return statement.error().code == ErrorCode::Corrupt
                   ? Result<QString>(statement.error().message)
                   : Result<QString>(statement.error());
    if (statement)
        if (Status verified = statement->verify(); !verified)
            return QCoreApplication::translate("fw::datanet",
                                               "its signed statement does not verify: %1")
                .arg(verified.error().message);
    return QString();
}

} // namespace

Result<DatanetCheckReport> checkDatanets(store::Workspace& workspace)
{
    DatanetCheckReport report;
    Result<QList<qint64>> contributions =
        ids(workspace, "SELECT id FROM contributions ORDER BY id");
    if (!contributions)
        return contributions.error();
    const DatanetService service(workspace);
    for (qint64 id : *contributions) {
        ++report.contributions;
        Status verified = service.verifyContribution(id);
        if (!verified && verified.error().code != ErrorCode::Corrupt)
            return verified.error();
        if (!verified)
            report.problems << verified.error().message;
    }
    Result<QList<qint64>> versions = ids(workspace, "SELECT id FROM datanet_versions ORDER BY id");
    if (!versions)
        return versions.error();
    for (qint64 id : *versions) {
        ++report.versions;
        Result<QString> problem = checkVersion(workspace, id);
        if (!problem)
            return problem.error();
        if (!problem->isEmpty())
            report.problems << QCoreApplication::translate("fw::datanet",
                                                           "Version %1 is not whole: %2")
                                   .arg(id)
                                   .arg(*problem);
    }
    return report;
}

} // namespace fw::datanet
