// Label rows, their signatures, and the preference records written for them.
#include "feedback/LabelStore.h"

#include "crypto/Address.h"
#include "datanet/ContributionWriter.h"
#include "datanet/DatanetService.h"
#include "feedback/PreferencePairs.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QDateTime>
#include <QJsonDocument>
#include <map>

namespace fw::feedback {

namespace {
Result<qint64> insertLabel(store::Database& db, qint64 datanetId, const Label& l,
                           const crypto::SigningKey& key)
{
    const QByteArray canonical = l.canonical();
    Result<store::Statement> st = db.prepare(
        "INSERT INTO feedback_labels(datanet_id, campaign, item, labeler, mode, label, signature, "
        "created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, datanetId)
        .bind(2, l.campaign)
        .bind(3, l.item)
        .bind(4, l.labeler)
        .bind(5, modeName(l.mode))
        .bind(6, canonical)
        .bind(7, key.sign(Label::signedMessage(canonical)))
        .bind(8, l.createdAt);
    if (Status s = st->run(); !s)
        return s.error();
    return db.lastInsertRowId();
}

Result<qint64> recordIdByHash(store::Database& db, qint64 datanetId, const QByteArray& hash)
{
    Result<store::Statement> st =
        db.prepare("SELECT id FROM records WHERE datanet_id = ? AND content_hash = ?");
    if (!st)
        return st.error();
    st->bind(1, datanetId).bind(2, hash);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Internal, LabelStore::tr("A duplicate pair has no record."));
    return st->int64(0);
}

Status link(store::Database& db, qint64 labelId, qint64 recordId)
{
    Result<store::Statement> st = db.prepare(
        "INSERT OR IGNORE INTO feedback_label_records(label_id, record_id) VALUES(?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, labelId).bind(2, recordId).run();
}

// One labeler's pairs as one signed contribution; links each stored (or already held) record to
// the labels it came from.
Status writePairs(store::Database& db, const datanet::Datanet& d, const QString& labeler,
                  const QList<const PreferencePair*>& pairs, const QList<qint64>& labelIds,
                  const crypto::SigningKey& key, SubmitReport& report)
{
    Result<std::unique_ptr<datanet::ContributionWriter>> w =
        datanet::ContributionWriter::begin(db, d, labeler, LabelStore::tr("human feedback"));
    if (!w)
        return w.error();
    for (const PreferencePair* p : pairs) {
        Result<datanet::RecordContent> content =
            datanet::RecordContent::fromJson(datanet::RecordKind::Preference, p->content());
        if (!content)
            return content.error();
        Result<datanet::ContributionWriter::Outcome> out = (*w)->add(*content);
        if (!out)
            return out.error();
        Result<qint64> record = (*w)->lastRecordId();
        if (*out == datanet::ContributionWriter::Outcome::Duplicate) {
            ++report.duplicates;
            record = recordIdByHash(db, d.id, content->hash());
        } else {
            ++report.pairs;
        }
        if (!record)
            return record.error();
        for (int label : p->labels)
            if (Status s = link(db, labelIds[label], *record); !s)
                return s;
    }
    Result<qint64> sealed = (*w)->finish(key, 0);
    return sealed ? Status() : Status(sealed.error());
}
} // namespace

Result<SubmitReport> LabelStore::submit(qint64 datanetId, const QList<Label>& labels)
{
    Result<datanet::Datanet> d = datanet::DatanetService(m_workspace).datanet(datanetId);
    if (!d)
        return d.error();
    if (d->kind != datanet::RecordKind::Preference)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Datanet \"%1\" holds %2 records; labels go into a preference datanet.")
                             .arg(d->name, datanet::kindName(d->kind)));
    wallet::WalletService wallet(m_workspace);
    std::map<QString, crypto::SigningKey> keys;
    for (int i = 0; i < labels.size(); ++i) {
        if (Status s = labels[i].validate(); !s)
            return makeError(s.error().code, tr("label %1: %2").arg(i + 1).arg(s.error().message));
        if (keys.count(labels[i].labeler))
            continue;
        Result<crypto::SigningKey> key = wallet.signingKeyFor(labels[i].labeler);
        if (!key)
            return makeError(key.error().code, tr("label %1: labeler %2: %3")
                                                   .arg(i + 1)
                                                   .arg(labels[i].labeler, key.error().message));
        keys.emplace(labels[i].labeler, std::move(*key));
    }
    const QList<PreferencePair> pairs = preferencePairs(labels);
    Result<store::Connection> connection = m_workspace.requireDatabase();
    if (!connection)
        return connection.error();
    store::Database& db = **connection;
    store::Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    SubmitReport report;
    for (const Label& l : labels) {
        Result<qint64> id = insertLabel(db, datanetId, l, keys.at(l.labeler));
        if (!id)
            return id.error();
        report.labelIds << *id;
    }
    // Labelers in the order of their first pair, so a pair two of them gave is credited to the
    // one who labeled first.
    QStringList order;
    std::map<QString, QList<const PreferencePair*>> byLabeler;
    for (const PreferencePair& p : pairs) {
        if (!byLabeler.count(p.labeler))
            order << p.labeler;
        byLabeler[p.labeler] << &p;
    }
    for (const QString& labeler : order)
        if (Status s = writePairs(db, *d, labeler, byLabeler[labeler], report.labelIds,
                                  keys.at(labeler), report);
            !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<QList<StoredLabel>> LabelStore::labels(qint64 datanetId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT id, label, signature FROM feedback_labels WHERE datanet_id = ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    QList<StoredLabel> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QJsonObject o = QJsonDocument::fromJson(st->blob(1)).object();
        Result<Label> label = Label::fromJson(o);
        if (!label)
            return makeError(
                ErrorCode::Corrupt,
                tr("stored label %1: %2").arg(st->int64(0)).arg(label.error().message));
        out << StoredLabel{st->int64(0), std::move(*label), st->blob(1), st->blob(2)};
    }
    return out;
}

Result<QList<qint64>> LabelStore::recordsOf(qint64 labelId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT record_id FROM feedback_label_records WHERE label_id = ? ORDER BY record_id");
    if (!st)
        return st.error();
    st->bind(1, labelId);
    QList<qint64> out;
    if (Status s = store::forEachRow(*st, [&](const store::Statement& r) { out << r.int64(0); });
        !s)
        return s.error();
    return out;
}

Result<qint64> LabelStore::recordCount(qint64 datanetId, const QString& campaign) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT count(DISTINCT r.record_id) FROM feedback_label_records r JOIN feedback_labels l "
        "ON l.id = r.label_id WHERE l.datanet_id = ? AND l.campaign = ?");
    if (!st)
        return st.error();
    st->bind(1, datanetId).bind(2, campaign);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return st->int64(0);
}

bool LabelStore::verify(const StoredLabel& stored)
{
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(stored.label.labeler);
    return key && stored.label.canonical() == stored.canonical &&
           key->verify(Label::signedMessage(stored.canonical), stored.signature);
}

} // namespace fw::feedback
