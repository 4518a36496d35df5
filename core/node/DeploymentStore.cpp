// node_deployments / node_deployment_files: chunked files as in the model registry.
#include "node/DeploymentStore.h"

#include "crypto/Blake2b.h"

#include "models/ChunkedFile.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

namespace fw::node {

namespace {

Result<Deployment> fromRow(const store::Statement& row)
{
    Result<DeployManifest> manifest = DeployManifest::fromJson(row.blob(0));
    if (!manifest)
        return makeError(ErrorCode::Corrupt,
                         DeploymentStore::tr("A stored deployment's manifest no longer "
                                             "parses: %1")
                             .arg(manifest.error().message));
    return Deployment{std::move(manifest).value(), row.text(1),
                      QDateTime::fromMSecsSinceEpoch(row.int64(2), Qt::UTC)};
}

Status removeRows(store::Database& db, qint64 id)
{
    for (const char* sql : {"DELETE FROM node_deployment_files WHERE deployment_id = ?",
                            "DELETE FROM node_deployments WHERE id = ?"}) {
        Result<store::Statement> st = db.prepare(QString::fromLatin1(sql));
        if (!st)
            return st.error();
        st->bind(1, id);
        if (Status s = st->run(); !s)
            return s;
    }
    return Status::success();
}

Status storeFiles(store::Database& db, qint64 id, const ModelFiles& files)
{
    Result<store::Statement> insert = db.prepare(
        "INSERT INTO node_deployment_files(deployment_id, name, chunk, data) VALUES(?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (auto it = files.map().begin(); it != files.map().end(); ++it) {
        Result<qint64> size =
            models::storeChunks(it.value(), [&](qint64 chunk, const QByteArray& data) {
                insert->reset();
                insert->bind(1, id).bind(2, it.key()).bind(3, chunk).bind(4, data);
                return insert->run();
            });
        if (!size)
            return size.error();
    }
    return Status::success();
}

// `SELECT columns FROM node_deployments WHERE name = ?`, stepped onto its row; NotFound when
// there is none.
Result<store::Statement> selectByName(store::Database& db, const char* columns, const QString& name)
{
    Result<store::Statement> st =
        db.prepare(QStringLiteral("SELECT %1 FROM node_deployments WHERE name = ?")
                       .arg(QLatin1String(columns)));
    if (!st)
        return st.error();
    st->bind(1, name);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound,
                         DeploymentStore::tr("No deployment is named \"%1\".").arg(name));
    return st;
}

// The existing deployment of that name may be replaced by this package (or there is none).
Status checkReplace(store::Database& db, const DeployManifest& m, qint64* existingId)
{
    Result<store::Statement> st =
        db.prepare("SELECT id, owner, release FROM node_deployments WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, m.name);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    *existingId = *row ? st->int64(0) : 0;
    if (!*row)
        return Status::success();
    const QString owner = st->text(1);
    const qint64 release = st->int64(2);
    st->reset();
    if (owner != m.owner)
        return makeError(
            ErrorCode::AlreadyExists,
            DeploymentStore::tr("\"%1\" is deployed by %2; only its owner can replace it")
                .arg(m.name, owner));
    if (release >= m.release)
        return makeError(
            ErrorCode::AlreadyExists,
            DeploymentStore::tr("\"%1\" is deployed at release %2; a replacement needs a higher "
                                "release than %3")
                .arg(m.name)
                .arg(release)
                .arg(m.release));
    return Status::success();
}

} // namespace

Result<Deployment> DeploymentStore::put(const DeployPackage& package)
{
    const DeployManifest& m = package.manifest;
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    qint64 existingId = 0;
    if (Status s = checkReplace(**db, m, &existingId); !s)
        return s.error();
    if (existingId != 0)
        if (Status s = removeRows(**db, existingId); !s)
            return s.error();
    Result<store::Statement> st =
        (*db)->prepare("INSERT INTO node_deployments(name, kind, owner, release, manifest, "
                       "manifest_hash, base_hash, signature, "
                       "deployed_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, m.name).bind(2, deployKindName(m.kind)).bind(3, m.owner).bind(4, m.release);
    st->bind(5, package.manifestJson).bind(6, manifestHash(package.manifestJson));
    st->bind(7, QString::fromLatin1(m.baseHash.toHex())).bind(8, package.signature);
    st->bind(9, QDateTime::currentMSecsSinceEpoch());
    if (Status s = st->run(); !s)
        return s.error();
    if (Status s = storeFiles(**db, (*db)->lastInsertRowId(), package.files); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return find(m.name);
}

Result<QList<Deployment>> DeploymentStore::list() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT manifest, manifest_hash, deployed_at FROM node_deployments ORDER BY name");
    if (!st)
        return st.error();
    QList<Deployment> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        Result<Deployment> d = fromRow(*st);
        if (!d)
            return d.error();
        out.append(std::move(d).value());
    }
}

Result<Deployment> DeploymentStore::find(const QString& name) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = selectByName(**db, "manifest, manifest_hash, deployed_at", name);
    if (!st)
        return st.error();
    return fromRow(*st);
}

Result<DeployPackage> DeploymentStore::load(const QString& name) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = selectByName(**db, "id, manifest, signature", name);
    if (!st)
        return st.error();
    const qint64 id = st->int64(0);
    const QByteArray manifest = st->blob(1), signature = st->blob(2);
    Result<store::Statement> names = (*db)->prepare(
        "SELECT DISTINCT name FROM node_deployment_files WHERE deployment_id = ? ORDER BY name");
    Result<store::Statement> chunks =
        (*db)->prepare("SELECT chunk, data FROM node_deployment_files WHERE deployment_id = ? AND "
                       "name = ? ORDER BY chunk");
    if (!names || !chunks)
        return (!names ? names : chunks).error();
    names->bind(1, id);
    ModelFiles files;
    for (;;) {
        Result<bool> more = names->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const QString file = names->text(0);
        chunks->reset();
        chunks->bind(1, id).bind(2, file);
        Result<QByteArray> bytes = models::readChunks(*chunks, file);
        if (!bytes)
            return bytes.error();
        files.insert(file, *bytes);
    }
    Result<DeployPackage> package = DeployPackage::verify(manifest, signature, files);
    if (!package)
        return makeError(ErrorCode::Corrupt, tr("The stored deployment \"%1\" fails its checks: %2")
                                                 .arg(name, package.error().message));
    return package;
}

Result<QByteArray> DeploymentStore::loadFile(const Deployment& deployment, const QString& file) const
{
    const auto entry = std::find_if(deployment.manifest.files.begin(), deployment.manifest.files.end(),
                                    [&](const ManifestFile& f) { return f.name == file; });
    if (entry == deployment.manifest.files.end())
        return makeError(ErrorCode::NotFound,
                         tr("The deployment \"%1\" has no file \"%2\".").arg(deployment.manifest.name, file));
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = selectByName(**db, "id, manifest_hash", deployment.manifest.name);
    if (!st)
        return st.error();
    if (st->text(1) != deployment.manifestHash) // replaced since `deployment` was read
        return makeError(ErrorCode::NotFound,
                         tr("The deployment \"%1\" was replaced.").arg(deployment.manifest.name));
    const qint64 id = st->int64(0);
    Result<store::Statement> chunks =
        (*db)->prepare("SELECT chunk, data FROM node_deployment_files WHERE deployment_id = ? AND "
                       "name = ? ORDER BY chunk");
    if (!chunks)
        return chunks.error();
    chunks->bind(1, id).bind(2, file);
    Result<QByteArray> bytes = models::readChunks(*chunks, file);
    if (!bytes)
        return bytes.error();
    if (bytes->size() != entry->size || crypto::blake2b(*bytes) != entry->blake2b)
        return makeError(ErrorCode::Corrupt,
                         tr("The stored file \"%1\" of the deployment \"%2\" fails its hash check.")
                             .arg(file, deployment.manifest.name));
    return bytes;
}

Status DeploymentStore::remove(const QString& name)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    Result<store::Statement> st = selectByName(**db, "id", name);
    if (!st)
        return st.error();
    const qint64 id = st->int64(0);
    st->reset();
    if (Status s = removeRows(**db, id); !s)
        return s;
    return tx.commit();
}

} // namespace fw::node
