// Freezing, proofs and export.
#include "datanet/VersionService.h"

#include "datanet/ContributionBundle.h"
#include "datanet/DatanetService.h"
#include "datanet/FormatMapping.h"
#include "datanet/MerkleTree.h"
#include "datanet/VersionStatementStore.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <map>

namespace fw::datanet {

namespace {

const QString kVersionColumns = QStringLiteral(
    "SELECT id, root, record_count, contributor_count, token_count, ready, created_at FROM datanet_versions ");

VersionInfo readVersion(const store::Statement& st)
{
    return {st.int64(0), st.blob(1), st.int64(2), st.int64(3), st.int64(4), st.int64(5) != 0,
            QDateTime::fromMSecsSinceEpoch(st.int64(6), Qt::UTC)};
}

struct Approved
{
    std::vector<QByteArray> hashes; // sorted bytewise: the version's leaves
    std::vector<qint64> recordIds;
    QSet<qint64> contributions;
    QSet<QString> contributors;
    qint64 tokens = 0;
};

Result<Approved> approvedRecords(store::Database& db, qint64 datanetId)
{
    // The (datanet, hash) index hands them out already sorted by hash.
    Result<store::Statement> st = db.prepare(
        "SELECT id, content_hash, contribution_id, contributor, tokens FROM records "
        "WHERE datanet_id = ? AND status = 'approved' ORDER BY content_hash");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    Approved a;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return a;
        a.recordIds.push_back(st->int64(0));
        a.hashes.push_back(st->blob(1));
        a.contributions.insert(st->int64(2));
        a.contributors.insert(st->text(3));
        a.tokens += st->int64(4);
    }
}
} // namespace

Result<VersionInfo> VersionService::freeze(qint64 datanetId, qint64 curatorIdentityId)
{
    DatanetService datanets(m_workspace);
    Result<RequirementReport> report = datanets.evaluateRequirements(datanetId);
    if (!report)
        return report.error();
    wallet::WalletService wallet(m_workspace);
    Result<wallet::Identity> curator =
        curatorIdentityId ? wallet.identity(curatorIdentityId) : wallet.defaultIdentity();
    if (!curator)
        return curator.error();
    Result<crypto::SigningKey> key = wallet.signingKey(curator->id);
    if (!key)
        return key.error();
    Result<store::Connection> connection = m_workspace.requireDatabase();
    if (!connection)
        return connection.error();
    store::Database& db = **connection;
    store::Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    Result<Approved> a = approvedRecords(db, datanetId);
    if (!a)
        return a.error();
    if (a->hashes.empty())
        return makeError(ErrorCode::InvalidArgument, tr("Nothing to freeze: no record is approved yet."));
    for (qint64 contribution : a->contributions)
        if (Status s = datanets.verifyContribution(contribution); !s)
            return s.error();

    const qint64 size = qint64(a->hashes.size());
    Result<Datanet> d = datanets.datanet(datanetId);
    if (!d)
        return d.error();
    const QByteArray id = MerkleTree::seal(d->uid, MerkleTree::root(a->hashes), size);
    Result<store::Statement> existing = db.prepare(kVersionColumns + "WHERE root = ? AND datanet_id = ?");
    if (!existing)
        return existing.error();
    existing->bind(1, id).bind(2, datanetId);
    Result<bool> found = existing->step();
    if (!found)
        return found.error();
    VersionStatement statement;
    statement.datanetUid = d->uid;
    statement.versionId = id;
    statement.recordCount = size;
    if (*found) {
        const VersionInfo known = readVersion(*existing);
        Result<VersionStatement> signedBefore = loadVersionStatement(db, known.id);
        if (signedBefore)
            return known;
        if (signedBefore.error().code != ErrorCode::NotFound)
            return signedBefore.error();
        statement.frozenAt = known.createdAt.toMSecsSinceEpoch();
        statement.sign(*key);
        if (Status s = storeVersionStatement(db, known.id, statement); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return known;
    }

    Result<store::Statement> insert = db.prepare(
        "INSERT INTO datanet_versions(datanet_id, root, record_count, contributor_count, token_count, "
        "ready, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    statement.frozenAt = QDateTime::currentMSecsSinceEpoch();
    insert->bind(1, datanetId)
        .bind(2, id)
        .bind(3, size)
        .bind(4, qint64(a->contributors.size()))
        .bind(5, a->tokens)
        .bind(6, report->ready ? 1 : 0)
        .bind(7, statement.frozenAt);
    if (Status s = insert->run(); !s)
        return s.error();
    const qint64 versionRow = db.lastInsertRowId();
    statement.sign(*key);
    if (Status s = storeVersionStatement(db, versionRow, statement); !s)
        return s.error();
    Result<store::Statement> member = db.prepare(
        "INSERT INTO version_records(version_id, position, record_id, content_hash) VALUES(?, ?, ?, ?)");
    if (!member)
        return member.error();
    for (qint64 i = 0; i < size; ++i) {
        member->reset();
        member->bind(1, versionRow).bind(2, i).bind(3, a->recordIds[size_t(i)]).bind(4, a->hashes[size_t(i)]);
        if (Status s = member->run(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return version(datanetId, QString::fromLatin1(id.toHex()));
}

Result<QList<VersionInfo>> VersionService::versions(qint64 datanetId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(kVersionColumns + "WHERE datanet_id = ? ORDER BY id DESC");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    QList<VersionInfo> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out << readVersion(*st);
    }
}

Result<VersionInfo> VersionService::version(qint64 datanetId, const QString& idOrLatest) const
{
    Result<QList<VersionInfo>> all = versions(datanetId);
    if (!all)
        return all.error();
    const QString wanted = idOrLatest.trimmed().toLower();
    if (wanted == QLatin1String("latest")) {
        if (all->isEmpty())
            return makeError(ErrorCode::NotFound, tr("This datanet has no frozen version yet."));
        return all->first();
    }
    if (wanted.size() < 8)
        return makeError(ErrorCode::InvalidArgument, tr("Give \"latest\" or at least 8 hex digits of a version id."));
    QList<VersionInfo> matches;
    for (const VersionInfo& v : *all)
        if (v.idHex().startsWith(wanted))
            matches << v;
    if (matches.isEmpty())
        return makeError(ErrorCode::NotFound, tr("No version %1 in this datanet.").arg(wanted));
    if (matches.size() > 1)
        return makeError(ErrorCode::InvalidArgument, tr("Version prefix %1 is ambiguous.").arg(wanted));
    return matches.first();
}

Result<std::vector<QByteArray>> VersionService::leaves(qint64 versionRowId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT content_hash FROM version_records WHERE version_id = ? ORDER BY position");
    if (!st)
        return st.error();
    st->bind(1, versionRowId);
    std::vector<QByteArray> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(st->blob(0));
    }
}

Result<VersionStatement> VersionService::statement(qint64 datanetId, const QString& versionId) const
{
    Result<VersionInfo> v = version(datanetId, versionId);
    if (!v)
        return v.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    return loadVersionStatement(**db, v->id);
}

Result<VersionStatement> VersionService::verifyProof(const InclusionProof& proof,
                                                     const QString& versionId) const
{
    Result<QList<Datanet>> all = DatanetService(m_workspace).datanets();
    if (!all)
        return all.error();
    const auto d = std::find_if(all->begin(), all->end(),
                                [&](const Datanet& n) { return n.uid == proof.datanetUid; });
    if (d == all->end())
        return makeError(ErrorCode::NotFound,
                         tr("The proof names datanet %1, which this workspace does not hold.")
                             .arg(QString::fromLatin1(proof.datanetUid.toHex())));
    Result<VersionStatement> trusted = statement(d->id, versionId);
    if (!trusted)
        return trusted.error();
    if (Status s = proof.verify(*trusted); !s)
        return s.error();
    return trusted;
}

Result<InclusionProof> VersionService::prove(qint64 datanetId, const QString& versionId,
                                             const QString& recordHashHex) const
{
    Result<VersionInfo> v = version(datanetId, versionId);
    if (!v)
        return v.error();
    Result<RecordInfo> record = DatanetService(m_workspace).recordByHash(datanetId, recordHashHex);
    if (!record)
        return record.error();
    Result<std::vector<QByteArray>> all = leaves(v->id);
    if (!all)
        return all.error();
    const auto it = std::lower_bound(all->begin(), all->end(), record->contentHash);
    if (it == all->end() || *it != record->contentHash)
        return makeError(ErrorCode::NotFound, tr("Record %1 is not in version %2.")
                                                  .arg(QString::fromLatin1(record->contentHash.toHex()), v->idHex()));
    Result<Datanet> d = DatanetService(m_workspace).datanet(datanetId);
    if (!d)
        return d.error();
    InclusionProof p;
    p.datanetUid = d->uid;
    p.versionId = v->root;
    p.recordHash = record->contentHash;
    p.index = qint64(it - all->begin());
    p.treeSize = qint64(all->size());
    p.path = MerkleTree::auditPath(*all, p.index);
    return p;
}

Status VersionService::forEachRecord(qint64 datanetId, const QString& versionId,
                                     const std::function<Status(const RecordContent& content)>& visit) const
{
    Result<Datanet> d = DatanetService(m_workspace).datanet(datanetId);
    if (!d)
        return d.error();
    Result<VersionInfo> v = version(datanetId, versionId);
    if (!v)
        return v.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT r.content FROM version_records v JOIN records r ON r.id = v.record_id "
        "WHERE v.version_id = ? ORDER BY v.position");
    if (!st)
        return st.error();
    st->bind(1, v->id);
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        Result<RecordContent> c = RecordContent::fromCanonical(d->kind, st->blob(0));
        if (!c)
            return c.error();
        if (Status s = visit(*c); !s)
            return s;
    }
}

Result<qint64> VersionService::exportVersion(qint64 datanetId, const QString& versionId, ImportFormat format,
                                             const QString& path) const
{
    if (!isJsonl(format))
        return makeError(ErrorCode::Unsupported, tr("Versions export to JSONL formats only."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    qint64 written = 0;
    Status visited = forEachRecord(datanetId, versionId, [&](const RecordContent& c) -> Status {
        Result<QJsonObject> line = contentToFormat(c, format);
        if (!line)
            return line.error();
        file.write(QJsonDocument(*line).toJson(QJsonDocument::Compact) + '\n');
        ++written;
        return {};
    });
    if (!visited)
        return visited.error();
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

Result<qint64> VersionService::exportSignedBundle(qint64 datanetId, const QString& versionId,
                                                  const QString& path) const
{
    Result<Datanet> d = DatanetService(m_workspace).datanet(datanetId);
    if (!d)
        return d.error();
    Result<VersionInfo> v = version(datanetId, versionId);
    if (!v)
        return v.error();
    // A record that came in a bundle keeps the signature it came with: this workspace may hold no
    // key for its contributor.
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT r.content, r.contributor, s.signature FROM "
                                       "version_records v JOIN records r ON r.id = v.record_id "
                                       "LEFT JOIN record_signatures s ON s.record_id = r.id WHERE "
                                       "v.version_id = ? ORDER BY v.position");
    if (!st)
        return st.error();
    st->bind(1, v->id);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(ContributionBundle::headerLine(d->kind, v->recordCount));
    wallet::WalletService wallet(m_workspace);
    std::map<QString, crypto::SigningKey> keys; // unlocked once per contributor, not per record
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Result<RecordContent> c = RecordContent::fromCanonical(d->kind, st->blob(0));
        if (!c)
            return c.error();
        BundleRecord record{*c, st->text(1), st->blob(2)};
        if (record.signature.isEmpty()) {
            auto key = keys.find(record.contributor);
            if (key == keys.end()) {
                Result<crypto::SigningKey> k = wallet.signingKeyFor(record.contributor);
                if (!k)
                    return makeError(k.error().code,
                                     tr("Cannot sign the record of %1: %2")
                                         .arg(record.contributor, k.error().message));
                key = keys.emplace(record.contributor, std::move(*k)).first;
            }
            record.signature = key->second.sign(ContributionBundle::signedMessage(c->hash()));
        }
        file.write(ContributionBundle::recordLine(record));
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return v->recordCount;
}

} // namespace fw::datanet
