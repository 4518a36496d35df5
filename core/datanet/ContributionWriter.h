// Writes one contribution (an import or a hand-added record) inside the caller's transaction:
// stores new records, refuses exact duplicates, flags near duplicates, and finally signs the
// Merkle root of the stored records' content hashes with the contributor's key. A contribution from
// a signed bundle instead keeps the signature each record arrived with (its author's key is
// elsewhere).
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "datanet/DatanetTypes.h"
#include "datanet/MerkleBuilder.h"
#include "datanet/NearDuplicateIndex.h"
#include "datanet/RecordContent.h"
#include "store/Statement.h"

#include <memory>

namespace fw::store {
class Database;
}

namespace fw::datanet {

class ContributionWriter
{
public:
    enum class Outcome { Added, NearDuplicate, Duplicate };

    // The bytes a contributor signs: a tag, the datanet's uid, the Merkle root and the record count.
    static QByteArray signedMessage(const QByteArray& datanetUid, const QByteArray& merkleRoot,
                                    qint64 recordCount);

    // Loads the datanet's near-duplicate index; the caller has begun a transaction.
    static Result<std::unique_ptr<ContributionWriter>> begin(store::Database& db, const Datanet& datanet,
                                                             const QString& contributor,
                                                             const QString& source);
    Result<Outcome> add(const RecordContent& content);
    // The same with the hash, band keys and token estimate computed beforehand (on another thread).
    Result<Outcome> add(const RecordContent& content, const QByteArray& hash, const MinHash::BandKeys& keys,
                        qint64 tokens);
    // Hands the datanet's near-duplicate index to a caller that judges near duplicates itself, in
    // record order (an import's hashing thread: the lookups, cache misses in a table of every
    // record's keys, then leave the writer's thread, the import's critical path).
    // From then on only addJudged() may add records.
    NearDuplicateIndex takeNearDuplicateIndex() { return std::move(m_index); }
    // add() with the near-duplicate judgement made by the holder of the taken index. That judgement
    // may count a record this call then finds to be an exact duplicate: its band keys equal those
    // of the record it duplicates, already in the index, so the index is the same either way.
    Result<Outcome> addJudged(const RecordContent& content, const QByteArray& hash,
                              const MinHash::BandKeys& keys, qint64 tokens, bool nearDuplicate);
    // A record signed by the contributor elsewhere (ContributionBundle::signedMessage); the
    // signature is kept with a stored record, dropped with a duplicate.
    Result<Outcome> addSigned(const RecordContent& content, const QByteArray& signature);
    // Seals the contribution; returns its id. `malformed` counts skipped lines, for statistics.
    Result<qint64> finish(const crypto::SigningKey& key, qint64 malformed);
    // Seals a contribution of addSigned() records: verified record by record, not by one signature.
    Result<qint64> finishRecordSigned();

    qint64 added() const { return m_merkle.count(); }
    qint64 duplicates() const { return m_duplicates; }
    qint64 nearDuplicates() const { return m_near; }
    QByteArray merkleRoot() const { return m_merkle.root(); }
    qint64 lastRecordId() const { return m_lastRecordId; }

private:
    ContributionWriter(store::Database& db, Datanet datanet) : m_db(db), m_datanet(std::move(datanet)) {}
    Result<qint64> seal(const QByteArray& signature, qint64 malformed, bool recordSigned);
    Result<Outcome> insert(const RecordContent& content, const QByteArray& hash,
                           const MinHash::BandKeys& keys, qint64 tokens, bool nearDuplicate);

    store::Database& m_db;
    Datanet m_datanet;
    qint64 m_contributionId = 0;
    QString m_contributor;
    QByteArray m_contributorUtf8; // bound to every row: converted once
    qint64 m_createdAt = 0;
    store::Statement m_insert;
    NearDuplicateIndex m_index;
    MerkleBuilder m_merkle;
    qint64 m_duplicates = 0;
    qint64 m_near = 0;
    qint64 m_lastRecordId = 0;
};

} // namespace fw::datanet
