// Record rows, duplicate detection and the contribution's signature.
#include "datanet/ContributionWriter.h"

#include "crypto/Address.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtEndian>

namespace fw::datanet {

QByteArray ContributionWriter::signedMessage(const QByteArray& datanetUid, const QByteArray& merkleRoot,
                                             qint64 recordCount)
{
    QByteArray m("flywheel.datanet.contribution.v1");
    m.append('\0');
    m.append(datanetUid);
    m.append(merkleRoot);
    char count[8];
    qToBigEndian(quint64(recordCount), count);
    m.append(count, 8);
    return m;
}

Result<std::unique_ptr<ContributionWriter>> ContributionWriter::begin(store::Database& db,
                                                                      const Datanet& datanet,
                                                                      const QString& contributor,
                                                                      const QString& source)
{
    if (!crypto::isValidAddress(contributor))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::datanet", "\"%1\" is not a valid address")
                             .arg(contributor));
    std::unique_ptr<ContributionWriter> w(new ContributionWriter(db, datanet));
    w->m_contributor = contributor;
    w->m_contributorUtf8 = contributor.toUtf8();
    w->m_createdAt = QDateTime::currentMSecsSinceEpoch();

    Result<store::Statement> keys = db.prepare("SELECT band_keys FROM records WHERE datanet_id = ?");
    if (!keys)
        return keys.error();
    keys->bind(1, datanet.id);
    MinHash::BandKeys k;
    for (;;) {
        Result<bool> row = keys->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (MinHash::fromBytes(keys->blob(0), k))
            w->m_index.insert(k);
    }

    // Root and signature are placeholders until finish(), all inside the caller's transaction.
    Result<store::Statement> c = db.prepare(
        "INSERT INTO contributions(datanet_id, contributor, merkle_root, record_count, signature, "
        "source, created_at) VALUES(?, ?, x'', 0, x'', ?, ?)");
    if (!c)
        return c.error();
    c->bind(1, datanet.id).bind(2, contributor).bind(3, source).bind(4, w->m_createdAt);
    if (Status s = c->run(); !s)
        return s.error();
    w->m_contributionId = db.lastInsertRowId();

    Result<store::Statement> insert = db.prepare(
        "INSERT OR IGNORE INTO records(datanet_id, contribution_id, content, content_hash, contributor, "
        "near_duplicate, band_keys, tokens, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    w->m_insert = std::move(*insert);
    return w;
}

Result<ContributionWriter::Outcome> ContributionWriter::add(const RecordContent& content)
{
    const QString text = content.plainText();
    return add(content, content.hash(), MinHash::bandKeys(text), RecordContent::estimateTokens(text));
}

Result<ContributionWriter::Outcome> ContributionWriter::add(const RecordContent& content, const QByteArray& hash,
                                                            const MinHash::BandKeys& keys, qint64 tokens)
{
    Result<Outcome> out = insert(content, hash, keys, tokens, m_index.contains(keys));
    if (out && *out != Outcome::Duplicate)
        m_index.insert(keys);
    return out;
}

Result<ContributionWriter::Outcome> ContributionWriter::addJudged(const RecordContent& content,
                                                                  const QByteArray& hash,
                                                                  const MinHash::BandKeys& keys,
                                                                  qint64 tokens, bool nearDuplicate)
{
    return insert(content, hash, keys, tokens, nearDuplicate);
}

Result<ContributionWriter::Outcome> ContributionWriter::insert(const RecordContent& content,
                                                               const QByteArray& hash,
                                                               const MinHash::BandKeys& keys,
                                                               qint64 tokens, bool near)
{
    const MinHash::KeyBytes keyBytes = MinHash::toKeyBytes(keys);
    // Borrowed, not copied: every bound buffer outlives run() below, and a large import makes
    // millions of these binds (each copy was an allocation on the import's critical path).
    m_insert.reset();
    m_insert.bind(1, m_datanet.id)
        .bind(2, m_contributionId)
        .bindBorrowedUtf8(3, content.canonical())
        .bindBorrowedBlob(4, hash)
        .bindBorrowedUtf8(5, m_contributorUtf8)
        .bind(6, near ? 1 : 0)
        .bindBorrowedBlob(7, QByteArrayView(keyBytes.data(), qsizetype(keyBytes.size())))
        .bind(8, tokens)
        .bind(9, m_createdAt);
    if (Status s = m_insert.run(); !s)
        return s.error();
    if (m_db.changes() == 0) { // the unique (datanet, hash) index said: already there
        ++m_duplicates;
        return Outcome::Duplicate;
    }
    m_lastRecordId = m_db.lastInsertRowId();
    m_merkle.add(hash);
    if (near)
        ++m_near;
    return near ? Outcome::NearDuplicate : Outcome::Added;
}

Result<ContributionWriter::Outcome> ContributionWriter::addSigned(const RecordContent& content,
                                                                  const QByteArray& signature)
{
    Result<Outcome> out = add(content);
    if (!out || *out == Outcome::Duplicate)
        return out;
    Result<store::Statement> st =
        m_db.prepare("INSERT INTO record_signatures(record_id, signature) VALUES(?, ?)");
    if (!st)
        return st.error();
    if (Status s = st->bind(1, m_lastRecordId).bind(2, signature).run(); !s)
        return s.error();
    return out;
}

Result<qint64> ContributionWriter::finish(const crypto::SigningKey& key, qint64 malformed)
{
    if (crypto::addressFromPublicKey(key.publicKey()) != m_contributor)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::datanet",
                                                     "The signing key does not belong to %1.")
                             .arg(m_contributor));
    return seal(key.sign(signedMessage(m_datanet.uid, m_merkle.root(), m_merkle.count())),
                malformed, false);
}

Result<qint64> ContributionWriter::finishRecordSigned()
{
    return seal(QByteArray(), 0, true);
}

Result<qint64> ContributionWriter::seal(const QByteArray& signature, qint64 malformed,
                                        bool recordSigned)
{
    Result<store::Statement> st = m_db.prepare(
        "UPDATE contributions SET merkle_root = ?, record_count = ?, duplicate_count = ?, "
        "malformed_count = ?, signature = ?, record_signed = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, m_merkle.root())
        .bind(2, m_merkle.count())
        .bind(3, m_duplicates)
        .bind(4, malformed)
        .bind(5, signature)
        .bind(6, recordSigned ? 1 : 0)
        .bind(7, m_contributionId);
    if (Status s = st->run(); !s)
        return s.error();
    return m_contributionId;
}

} // namespace fw::datanet
