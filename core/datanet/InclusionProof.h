// A small JSON proof that a record belongs to a frozen datanet version, checkable by anyone with
// nothing but the proof (flywheel-cli datanet verify-proof). The JSON is compact with a fixed key
// order; verification re-serialises and compares bytes, so any changed byte fails.
//   {"version":1,"type":"flywheel.datanet.inclusion-proof","datanet":"<32 hex>","datanetVersion":"<64 hex>",
//    "record":"<64 hex>","index":N,"treeSize":N,"path":["<64 hex>",...]}
// "datanet" is the datanet's uid; "datanetVersion" the version id: MerkleTree::seal(uid, root, treeSize).
#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <vector>
#include <QCoreApplication>

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
    // Recomputes the version id from the record hash and the path.
    Status verify() const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::InclusionProof)
};

// Parses and verifies in one go; what `verify-proof` runs.
Status verifyInclusionProofJson(const QByteArray& json);

} // namespace fw::datanet
