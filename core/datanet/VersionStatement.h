// A curator's signed word on a frozen version: "datanet U has version V of N records, frozen at T
// by me". Proofs are checked against a statement, never only against themselves. The signed bytes
// start with a purpose and version tag, so no other Flywheel signature can pass for one.
//   {"version":1,"type":"flywheel.datanet.version-statement","datanet":"<32 hex>",
//    "datanetVersion":"<64 hex>","recordCount":N,"frozenAt":MS,"curator":"fw1...",
//    "signature":"<128 hex>"}
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fw::datanet {

struct VersionStatement
{
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kSignatureTag = "flywheel.version-statement.v1";

    QByteArray datanetUid; // 16 bytes
    QByteArray versionId;  // 32 bytes: MerkleTree::seal(uid, root, recordCount)
    qint64 recordCount = 0;
    qint64 frozenAt = 0;  // milliseconds since the epoch, UTC
    QString curator;      // fw1... address; it holds the public key that checks the signature
    QByteArray signature; // 64 bytes

    // The tag, a zero byte, uid, version id, count and time (8 bytes big-endian each), the address.
    QByteArray signedMessage() const;
    // Sets curator and signature from the key.
    void sign(const crypto::SigningKey& key);
    // The signature against the curator's address: any changed field fails.
    Status verify() const;

    QByteArray toJson() const;
    // Strict like InclusionProof::fromJson: unknown or missing keys and bad hex fail with a reason.
    static Result<VersionStatement> fromJson(const QByteArray& json);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::VersionStatement)
};

} // namespace fw::datanet
