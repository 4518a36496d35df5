// Datanets, records and reviews in the workspace database.
#include "datanet/DatanetService.h"

#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "crypto/Kdf.h"
#include "datanet/ContributionBundle.h"
#include "datanet/ContributionWriter.h"
#include "datanet/MerkleBuilder.h"
#include "datanet/RecordRows.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace fw::datanet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::datanet", text);
}

const QString kDatanetColumns = QStringLiteral(
    "SELECT id, uid, name, domain, description, license, kind, min_approved, min_contributors, "
    "min_tokens, max_duplicate_rate, min_approval_rate, created_at FROM datanets ");

Datanet readDatanet(const store::Statement& st)
{
    Datanet d;
    d.id = st.int64(0);
    d.uid = st.blob(1);
    d.name = st.text(2);
    d.domain = st.text(3);
    d.description = st.text(4);
    d.license = st.text(5);
    d.kind = parseKind(st.text(6)).value_or(RecordKind::Text);
    d.requirements = {st.int64(7), st.int64(8), st.int64(9), st.real(10), st.real(11)};
    d.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(12), Qt::UTC);
    return d;
}

Result<qint64> scalar(store::Database& db, const QString& sql, const QList<QVariant>& args)
{
    Result<store::Statement> st = db.prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < args.size(); ++i) {
        if (args[i].typeId() == QMetaType::QString)
            st->bind(i + 1, args[i].toString());
        else
            st->bind(i + 1, args[i].toLongLong());
    }
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : 0;
}

Status checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A datanet needs a name."));
    if (name.size() > 100)
        return makeError(ErrorCode::InvalidArgument, tr("A datanet name has at most 100 characters."));
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return makeError(ErrorCode::InvalidArgument, tr("A datanet name cannot hold control characters."));
    return {};
}

Status checkRequirements(const Requirements& r)
{
    if (r.minApproved < 0 || r.minContributors < 0 || r.minTokens < 0)
        return makeError(ErrorCode::InvalidArgument, tr("Minimum counts cannot be negative."));
    for (double rate : {r.maxDuplicateRate, r.minApprovalRate})
        if (!(rate >= 0.0 && rate <= 1.0))
            return makeError(ErrorCode::InvalidArgument, tr("Rates are between 0 and 1."));
    return {};
}

RequirementCheck atLeast(const QString& key, const QString& label, double current, double target)
{
    RequirementCheck c{key, label, current, target, false, current >= target, 1.0};
    if (target > 0)
        c.progress = std::min(1.0, current / target);
    return c;
}

RequirementCheck atMost(const QString& key, const QString& label, double current, double target)
{
    RequirementCheck c{key, label, current, target, true, current <= target, 1.0};
    if (!c.met)
        c.progress = current > 0 ? target / current : 0.0;
    return c;
}
} // namespace

Result<Datanet> DatanetService::create(const Datanet& spec)
{
    if (Status s = checkName(spec.name); !s)
        return s.error();
    if (Status s = checkRequirements(spec.requirements); !s)
        return s.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    if (datanetByName(spec.name.trimmed()).ok())
        return makeError(ErrorCode::AlreadyExists, tr("A datanet named \"%1\" already exists.").arg(spec.name.trimmed()));
    Result<store::Statement> st = (*db)->prepare(
        "INSERT INTO datanets(uid, name, domain, description, license, kind, min_approved, "
        "min_contributors, min_tokens, max_duplicate_rate, min_approval_rate, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    const Requirements& r = spec.requirements;
    st->bind(1, crypto::randomBytes(16)).bind(2, spec.name.trimmed()).bind(3, spec.domain)
        .bind(4, spec.description).bind(5, spec.license).bind(6, kindName(spec.kind))
        .bind(7, r.minApproved).bind(8, r.minContributors).bind(9, r.minTokens)
        .bind(10, r.maxDuplicateRate).bind(11, r.minApprovalRate)
        .bind(12, QDateTime::currentMSecsSinceEpoch());
    if (Status s = st->run(); !s)
        return s.error();
    return datanet((*db)->lastInsertRowId());
}

Result<QList<Datanet>> DatanetService::datanets() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(kDatanetColumns + "ORDER BY name");
    if (!st)
        return st.error();
    QList<Datanet> out;
    if (Status s = store::forEachRow(*st, [&](const store::Statement& row) { out << readDatanet(row); }); !s)
        return s.error();
    return out;
}

Result<Datanet> DatanetService::datanet(qint64 id) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(kDatanetColumns + "WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("No datanet with id %1.").arg(id));
    return readDatanet(*st);
}

Result<Datanet> DatanetService::datanetByName(const QString& name) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(kDatanetColumns + "WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name.trimmed());
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("No datanet named \"%1\".").arg(name.trimmed()));
    return readDatanet(*st);
}

Status DatanetService::setRequirements(qint64 datanetId, const Requirements& r)
{
    if (Status s = checkRequirements(r); !s)
        return s;
    if (Result<Datanet> d = datanet(datanetId); !d)
        return d.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "UPDATE datanets SET min_approved = ?, min_contributors = ?, min_tokens = ?, "
        "max_duplicate_rate = ?, min_approval_rate = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, r.minApproved).bind(2, r.minContributors).bind(3, r.minTokens)
        .bind(4, r.maxDuplicateRate).bind(5, r.minApprovalRate).bind(6, datanetId);
    return st->run();
}

Result<RecordInfo> DatanetService::addRecord(qint64 datanetId, qint64 identityId, const QJsonObject& content)
{
    Result<Datanet> d = datanet(datanetId);
    if (!d)
        return d.error();
    Result<RecordContent> c = RecordContent::fromJson(d->kind, content);
    if (!c)
        return c.error();
    wallet::WalletService wallet(m_workspace);
    Result<wallet::Identity> who = wallet.identity(identityId);
    if (!who)
        return who.error();
    Result<crypto::SigningKey> key = wallet.signingKey(identityId);
    if (!key)
        return key.error();
    Result<store::Connection> connection = m_workspace.requireDatabase();
    if (!connection)
        return connection.error();
    store::Database& db = **connection;
    store::Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    Result<std::unique_ptr<ContributionWriter>> w =
        ContributionWriter::begin(db, *d, who->address, tr("added by hand"));
    if (!w)
        return w.error();
    Result<ContributionWriter::Outcome> out = (*w)->add(*c);
    if (!out)
        return out.error();
    if (*out == ContributionWriter::Outcome::Duplicate)
        return makeError(ErrorCode::AlreadyExists, tr("This datanet already holds the same record."));
    if (Result<qint64> id = (*w)->finish(*key, 0); !id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return recordByHash(datanetId, QString::fromLatin1(c->hash().toHex()));
}

Result<DatanetCounts> DatanetService::counts(qint64 datanetId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT count(*), total(status = 'pending'), total(status = 'approved'), "
        "total(status = 'rejected'), total(status = 'flagged'), total(near_duplicate), "
        "total(CASE WHEN status = 'approved' THEN tokens END), "
        "(SELECT count(DISTINCT contributor) FROM records WHERE datanet_id = ?1 AND status = 'approved'), "
        "(SELECT total(duplicate_count) FROM contributions WHERE datanet_id = ?1) "
        "FROM records WHERE datanet_id = ?1");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    DatanetCounts c;
    c.records = st->int64(0);
    c.pending = qint64(st->real(1));
    c.approved = qint64(st->real(2));
    c.rejected = qint64(st->real(3));
    c.flagged = qint64(st->real(4));
    c.nearDuplicates = qint64(st->real(5));
    c.approvedTokens = qint64(st->real(6));
    c.contributors = st->int64(7);
    c.exactDuplicates = qint64(st->real(8));
    return c;
}

Result<RecordInfo> DatanetService::recordByHash(qint64 datanetId, const QString& hexHash) const
{
    const QString hex = hexHash.trimmed().toLower();
    const QByteArray prefix = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() < 8 || hex.size() % 2 || prefix.toHex() != hex.toLatin1() || prefix.size() > crypto::kHashBytes)
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not a record hash (8 to 64 hex digits).").arg(hexHash));
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    // Range scan on the (datanet, hash) index: every hash that starts with the prefix.
    Result<store::Statement> st = (*db)->prepare(
        recordColumns() + "WHERE datanet_id = ? AND content_hash >= ? AND substr(content_hash, 1, ?) = ? LIMIT 2");
    if (!st)
        return st.error();
    st->bind(1, datanetId).bind(2, prefix).bind(3, qint64(prefix.size())).bind(4, prefix);
    QList<RecordInfo> found;
    if (Status s = store::forEachRow(*st, [&](const store::Statement& row) { found << readRecord(row); }); !s)
        return s.error();
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, tr("No record with hash %1 in this datanet.").arg(hex));
    if (found.size() > 1)
        return makeError(ErrorCode::InvalidArgument, tr("Hash prefix %1 matches several records; give more digits.").arg(hex));
    return found.first();
}

Result<qint64> DatanetService::review(qint64 datanetId, const QList<qint64>& recordIds, RecordStatus status,
                                      const QString& reason)
{
    if (status == RecordStatus::Rejected && reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Rejecting a record needs a reason."));
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    Result<qint64> batch = scalar(**db, "SELECT coalesce(max(batch), 0) + 1 FROM review_log WHERE datanet_id = ?", {datanetId});
    if (!batch)
        return batch.error();
    const QString newReason = status == RecordStatus::Rejected ? reason.trimmed() : QString();
    Result<store::Statement> log = (*db)->prepare(
        "INSERT INTO review_log(datanet_id, batch, record_id, old_status, old_reason, new_status, new_reason, at) "
        "SELECT datanet_id, ?, id, status, reject_reason, ?, ?, ? FROM records "
        "WHERE id = ? AND datanet_id = ? AND (status <> ? OR reject_reason <> ?)");
    Result<store::Statement> update = (*db)->prepare(
        "UPDATE records SET status = ?, reject_reason = ? WHERE id = ? AND datanet_id = ?");
    if (!log || !update)
        return (!log ? log.error() : update.error());
    QList<qint64> ids = recordIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 changed = 0;
    for (qint64 id : ids) {
        log->reset();
        log->bind(1, *batch).bind(2, statusName(status)).bind(3, newReason).bind(4, now).bind(5, id)
            .bind(6, datanetId).bind(7, statusName(status)).bind(8, newReason);
        if (Status s = log->run(); !s)
            return s.error();
        if ((*db)->changes() == 0)
            continue; // unknown id, another datanet's record, or nothing to change
        update->reset();
        update->bind(1, statusName(status)).bind(2, newReason).bind(3, id).bind(4, datanetId);
        if (Status s = update->run(); !s)
            return s.error();
        ++changed;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<qint64> DatanetService::approveAllPending(qint64 datanetId)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    Result<qint64> batch = scalar(**db, "SELECT coalesce(max(batch), 0) + 1 FROM review_log WHERE datanet_id = ?", {datanetId});
    if (!batch)
        return batch.error();
    Result<store::Statement> log = (*db)->prepare(
        "INSERT INTO review_log(datanet_id, batch, record_id, old_status, old_reason, new_status, new_reason, at) "
        "SELECT datanet_id, ?, id, status, reject_reason, 'approved', '', ? FROM records "
        "WHERE datanet_id = ? AND status = 'pending'");
    if (!log)
        return log.error();
    log->bind(1, *batch).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, datanetId);
    if (Status s = log->run(); !s)
        return s.error();
    const qint64 changed = (*db)->changes();
    Result<store::Statement> update = (*db)->prepare(
        "UPDATE records SET status = 'approved' WHERE datanet_id = ? AND status = 'pending'");
    if (!update)
        return update.error();
    update->bind(1, datanetId);
    if (Status s = update->run(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<qint64> DatanetService::undoLastReview(qint64 datanetId)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    Result<qint64> batch = scalar(**db,
        "SELECT coalesce(max(batch), 0) FROM review_log WHERE datanet_id = ? AND undone = 0", {datanetId});
    if (!batch)
        return batch.error();
    if (*batch == 0)
        return makeError(ErrorCode::NotFound, tr("There is no review action to undo."));
    Result<store::Statement> restore = (*db)->prepare(
        "UPDATE records SET "
        "status = (SELECT old_status FROM review_log l WHERE l.record_id = records.id AND l.datanet_id = ?1 AND l.batch = ?2), "
        "reject_reason = (SELECT old_reason FROM review_log l WHERE l.record_id = records.id AND l.datanet_id = ?1 AND l.batch = ?2) "
        "WHERE id IN (SELECT record_id FROM review_log WHERE datanet_id = ?1 AND batch = ?2)");
    if (!restore)
        return restore.error();
    restore->bind(1, datanetId).bind(2, *batch);
    if (Status s = restore->run(); !s)
        return s.error();
    const qint64 changed = (*db)->changes();
    Result<store::Statement> mark = (*db)->prepare("UPDATE review_log SET undone = 1 WHERE datanet_id = ? AND batch = ?");
    if (!mark)
        return mark.error();
    mark->bind(1, datanetId).bind(2, *batch);
    if (Status s = mark->run(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<QStringList> DatanetService::contributors(qint64 datanetId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT DISTINCT contributor FROM contributions WHERE datanet_id = ? ORDER BY contributor");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    QStringList out;
    if (Status s = store::forEachRow(*st, [&](const store::Statement& row) { out << row.text(0); }); !s)
        return s.error();
    return out;
}

Result<QList<ContributorStats>> DatanetService::contributorStats(qint64 datanetId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT c.contributor, "
        "(SELECT count(*) FROM records r WHERE r.datanet_id = ?1 AND r.contributor = c.contributor), "
        "(SELECT count(*) FROM records r WHERE r.datanet_id = ?1 AND r.contributor = c.contributor AND r.status = 'approved'), "
        "(SELECT count(*) FROM records r WHERE r.datanet_id = ?1 AND r.contributor = c.contributor AND r.status = 'rejected'), "
        "(SELECT count(*) FROM records r WHERE r.datanet_id = ?1 AND r.contributor = c.contributor AND r.status = 'flagged'), "
        "sum(c.duplicate_count), "
        "(SELECT count(*) FROM records r WHERE r.datanet_id = ?1 AND r.contributor = c.contributor AND r.near_duplicate = 1) "
        "FROM contributions c WHERE c.datanet_id = ?1 GROUP BY c.contributor ORDER BY 2 DESC, 1");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    QList<ContributorStats> out;
    Status s = store::forEachRow(*st, [&](const store::Statement& row) {
        out << ContributorStats{row.text(0), row.int64(1), row.int64(2), row.int64(3), row.int64(4),
                                row.int64(5), row.int64(6)};
    });
    if (!s)
        return s.error();
    return out;
}

RequirementReport DatanetService::evaluate(const Requirements& r, const DatanetCounts& c)
{
    const double submitted = double(c.records + c.exactDuplicates);
    const double duplicateRate = submitted > 0 ? double(c.exactDuplicates + c.nearDuplicates) / submitted : 0.0;
    const double reviewed = double(c.approved + c.rejected);
    const double approvalRate = reviewed > 0 ? double(c.approved) / reviewed : 0.0;
    RequirementReport report;
    report.checks << atLeast("minApproved", tr("At least %1 approved records").arg(r.minApproved),
                             double(c.approved), double(r.minApproved))
                  << atLeast("minContributors", tr("At least %1 distinct contributors").arg(r.minContributors),
                             double(c.contributors), double(r.minContributors))
                  << atLeast("minTokens", tr("At least %1 tokens (estimated)").arg(r.minTokens),
                             double(c.approvedTokens), double(r.minTokens))
                  << atMost("maxDuplicateRate", tr("At most %1% duplicates").arg(r.maxDuplicateRate * 100, 0, 'f', 1),
                            duplicateRate, r.maxDuplicateRate)
                  << atLeast("minApprovalRate", tr("At least %1% of reviewed records approved").arg(r.minApprovalRate * 100, 0, 'f', 1),
                             approvalRate, r.minApprovalRate);
    report.ready = std::all_of(report.checks.begin(), report.checks.end(),
                               [](const RequirementCheck& check) { return check.met; });
    return report;
}

Result<RequirementReport> DatanetService::evaluateRequirements(qint64 datanetId) const
{
    Result<Datanet> d = datanet(datanetId);
    if (!d)
        return d.error();
    Result<DatanetCounts> c = counts(datanetId);
    if (!c)
        return c.error();
    return evaluate(d->requirements, *c);
}

Result<QList<ContributionInfo>> DatanetService::contributions(qint64 datanetId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT id, contributor, merkle_root, signature, record_count, duplicate_count, malformed_count, "
        "source, created_at FROM contributions WHERE datanet_id = ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    QList<ContributionInfo> out;
    Status s = store::forEachRow(*st, [&](const store::Statement& row) {
        out << ContributionInfo{row.int64(0), row.text(1), row.blob(2), row.blob(3), row.int64(4),
                                row.int64(5), row.int64(6), row.text(7),
                                QDateTime::fromMSecsSinceEpoch(row.int64(8), Qt::UTC)};
    });
    if (!s)
        return s.error();
    return out;
}

Status DatanetService::verifyContribution(qint64 contributionId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> head = (*db)->prepare(
        "SELECT d.uid, c.contributor, c.merkle_root, c.record_count, c.signature, c.record_signed "
        "FROM contributions c JOIN datanets d ON d.id = c.datanet_id WHERE c.id = ?");
    if (!head)
        return head.error();
    head->bind(1, contributionId);
    Result<bool> found = head->step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("No contribution with id %1.").arg(contributionId));
    const QByteArray uid = head->blob(0);
    const QString contributor = head->text(1);
    const QByteArray root = head->blob(2);
    const qint64 count = head->int64(3);
    const QByteArray signature = head->blob(4);
    const bool recordSigned = head->int64(5) != 0;
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(contributor);

    Result<store::Statement> rows =
        (*db)->prepare("SELECT r.content, r.content_hash, s.signature FROM records r "
                       "LEFT JOIN record_signatures s ON s.record_id = r.id WHERE "
                       "r.contribution_id = ? ORDER BY r.id");
    if (!rows)
        return rows.error();
    rows->bind(1, contributionId);
    MerkleBuilder merkle;
    bool hashesMatch = true;
    bool recordsSigned = key.ok();
    Status s = store::forEachRow(*rows, [&](const store::Statement& row) {
        const QByteArray hash = row.blob(1);
        hashesMatch = hashesMatch && crypto::blake2b(row.blob(0)) == hash;
        // From a bundle: each record carries its author's signature, made on another machine.
        if (recordSigned && recordsSigned)
            recordsSigned = key->verify(ContributionBundle::signedMessage(hash), row.blob(2));
        merkle.add(hash);
    });
    if (!s)
        return s;
    const Error corrupt = makeError(ErrorCode::Corrupt,
                                    tr("Contribution %1 by %2 does not verify: %3").arg(contributionId).arg(contributor));
    if (!hashesMatch)
        return Error{corrupt.code, corrupt.message.arg(tr("a record's content does not match its hash"))};
    if (merkle.count() != count || merkle.root() != root)
        return Error{corrupt.code, corrupt.message.arg(tr("its records do not match the signed Merkle root"))};
    if (recordSigned
            ? !recordsSigned
            : !key || !key->verify(ContributionWriter::signedMessage(uid, root, count), signature))
        return Error{corrupt.code, corrupt.message.arg(tr("the signature is not valid"))};
    return {};
}

} // namespace fw::datanet
