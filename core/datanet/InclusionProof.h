// A small JSON proof that a record belongs to a frozen datanet version. It is checked against a
// version statement the verifier trusts (VersionStatement.h: signed by the curator), never only
// against itself: a one-leaf "proof" of any hash is consistent with itself. The JSON is compact
// with a fixed key order; parsing re-serialises and compares bytes, so any changed byte fails.
//   {"version":1,"type":"flywheel.datanet.inclusion-proof","datanet":"<32 hex>",
//    "datanetVersion":"<64 hex>","record":"<64 hex>","index":N,"treeSize":N,
//    "path":["<64 hex>",...]}
// "datanet" is the datanet's uid; "datanetVersion" the version id: MerkleTree::seal(uid, root, n).
#pragma once

#include "common/Result.h"
#include "datanet/VersionStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <vector>

namespace fw::datanet {

struct InclusionProof
{
    static constexpr int kFormatVersion = 1;

    QByteArray datanetUid;  // 16 bytes
    QByteArray versionId;   // 32 bytes
    QByteArray recordHash;  // 32 bytes, the leaf's data
    qint64 index = 0;
    qint64 treeSize = 0;
    std::vector<QByteArray> path;

    QByteArray toJson() const;
    // Strict: unknown or missing keys, non-canonical layout, bad hex all fail with a reason.
    static Result<InclusionProof> fromJson(const QByteArray& json);
    // Checks the statement's signature, then that the path leads from the record hash to the
    // statement's version (same datanet, same size, same sealed root).
    Status verify(const VersionStatement& trusted) const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::InclusionProof)
};

// Parses both and verifies the proof against the statement in one go.
Status verifyInclusionProofJson(const QByteArray& proofJson, const QByteArray& statementJson);

} // namespace fw::datanet
