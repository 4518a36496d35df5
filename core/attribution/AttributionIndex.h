// A model's span index with what a third party needs to rebuild it (the datanet versions, the
// tokenizer's hash, the parameters) and which record of which version each indexed record is.
#pragma once

#include "attribution/SpanIndex.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <vector>

namespace fw::attribution {

// One frozen datanet version the model was trained on.
struct IndexSource
{
    QString datanetUid; // hex of the datanet's 16-byte uid
    QString datanetName;
    QString version; // hex Merkle root
    // The datanet's record kind ("instruction", "chat", "preference"; empty when not known): the
    // people behind a preference datanet's records are paid as labelers. Not part of equality.
    QString kind;
    bool operator==(const IndexSource& o) const
    {
        return datanetUid == o.datanetUid && version == o.version;
    }
};

// What the index was built from. Two lineages are equal when an index built from one answers
// exactly as one built from the other would: same versions, same tokenizer and chat template,
// same encoding.
struct IndexLineage
{
    static constexpr int kEncoding =
        1; // how records become documents (SFT examples, chat template)

    QString model;
    QList<IndexSource> sources;
    QString tokenizerHash; // hex BLAKE2b-256 over the tokenizer's files
    QString chatFormat;    // ChatTemplate::name
    int encoding = kEncoding;

    bool matches(const IndexLineage& other) const;
    QJsonObject toJson() const;
    static Result<IndexLineage> fromJson(const QJsonObject& json);
};

// One indexed record, by position in the index.
struct IndexedRecord
{
    int source = 0;  // into IndexLineage::sources
    QByteArray hash; // BLAKE2b-256 of the record's canonical content
    QString contributor;
};

struct AttributionIndex
{
    IndexLineage lineage;
    std::vector<IndexedRecord> records; // as many as spans.recordCount()
    SpanIndex spans;

    // The records' part as stored ("records"): versioned JSON; Corrupt names the bad entry.
    QByteArray recordsBytes() const;
    static QByteArray recordsToBytes(const std::vector<IndexedRecord>& records); // also gradient stores'
    static Result<std::vector<IndexedRecord>> recordsFromBytes(const QByteArray& bytes,
                                                               int sourceCount);

    Q_DECLARE_TR_FUNCTIONS(fw::attribution::AttributionIndex)
};

} // namespace fw::attribution
