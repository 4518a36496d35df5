// A node's signed record of one paid answer: what was asked of which model, what it cost, who got
// which part of the fee and which records earned it. Receipts chain by hash, so a node cannot
// alter, drop or reorder its history unnoticed. Canonical JSON (fixed order, no spaces):
//   {"version":1,"type":"flywheel.receipt","request":"..","deployment":"..","manifest":"<64 hex>",
//    "tokensIn":N,"tokensOut":N,"fee":"<units>","split":[{"party":"fw1..","role":"node",
//    "amount":"<units>"}..],"attribution":[{"record":"<64 hex>","datanetVersion":"<64 hex>",
//    "contributor":"fw1..","share":<millionths>}..],"previous":"<64 hex>","node":"fw1..","at":MS,
//    "signature":"<128 hex>"}
// Amounts are decimal strings: JSON numbers lose integers above 2^53.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "ledger/Amount.h"
#include "ledger/RevenueSplit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace fw::ledger {

struct AttributionLine
{
    static constexpr qint64 kShareScale = 1'000'000; // shares are millionths of the answer
    QByteArray recordHash;                           // 32 bytes
    QByteArray datanetVersion; // 32 bytes: the frozen version's root the record belongs to
    QString contributor;       // fw1... address
    qint64 share = 0;          // 0..kShareScale
};

struct Receipt
{
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kSignatureTag = "flywheel.receipt.v1";
    static constexpr const char* kHashTag = "flywheel.receipt-hash.v1";
    static constexpr int kMaxTextLength = 128;
    static constexpr int kMaxLines = 1'000; // split and attribution lines each

    QString requestId;       // [A-Za-z0-9._:/@+-], 1..128 characters
    QString deployment;      // the deployment's name, same characters
    QByteArray manifestHash; // 32 bytes
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    Amount fee = 0;
    std::vector<SplitLine> split;
    std::vector<AttributionLine> attribution;
    QByteArray previousHash; // 32 bytes; zeros for a node's first receipt
    QString node;            // fw1... address; its key checks the signature
    qint64 at = 0;           // milliseconds since the epoch, UTC
    QByteArray signature;    // 64 bytes

    static QByteArray genesisHash() { return QByteArray(32, '\0'); }

    // The canonical JSON without "signature", after the tag and a zero byte.
    QByteArray signedMessage() const;
    // Sets node and signature from the key.
    void sign(const crypto::SigningKey& key);
    // Fields well-formed, the split adding up to the fee, and the node's signature.
    Status verify() const;
    // BLAKE2b over a tag and the whole canonical JSON, signature included: the next one's previous.
    QByteArray hash() const;

    QByteArray toJson() const;
    // Strict: the canonical form only, every field checked.
    static Result<Receipt> fromJson(const QByteArray& json);
    // The same fields and checks from a parsed object, whatever its key order: a receipt inside
    // an answer's JSON. Its signature (verify()) covers the canonical form rebuilt from them.
    static Result<Receipt> fromObject(const QJsonObject& object);

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::Receipt)
};

} // namespace fw::ledger
