// A payer's signed promise to a node: "on channel C, lane L, you may take up to X in total".
// Wire form for the X-Flywheel-Voucher header: base64url (no padding) of a fixed 176-byte layout
//   "FWV" | format version (1) | channel id (16) | payer key (32) | node key (32) | lane (u32)
//   | cumulative amount (i64) | nonce (u64) | expires at, ms since the epoch UTC (i64) | signature
//   (64)
// all integers big-endian. The signature covers kSignatureTag, a zero byte and the first 112 bytes,
// so no other Flywheel signature can pass for a voucher.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "ledger/Amount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fw::ledger {

struct Voucher
{
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kSignatureTag = "flywheel.voucher.v1";
    static constexpr const char* kHeaderName = "X-Flywheel-Voucher";
    static constexpr int kChannelIdBytes = 16;
    static constexpr int kBodyBytes = 112;
    static constexpr int kWireBytes = kBodyBytes + crypto::kSignatureBytes;
    // A node keeps one counter per lane; more lanes would only let a payer bloat its state.
    static constexpr quint32 kMaxLanes = 256;

    QByteArray channelId; // kChannelIdBytes
    crypto::PublicKey payer;
    crypto::PublicKey node;
    quint32 lane = 0;
    Amount cumulative =
        0;             // everything the payer allows on this lane so far, not this request's part
    quint64 nonce = 0; // makes otherwise equal vouchers distinct; acceptance does not order by it
    qint64 expiresAt = 0; // milliseconds since the epoch, UTC
    QByteArray signature; // 64 bytes

    QString payerAddress() const;
    QString nodeAddress() const;

    // The layout above without the signature; empty if a field is out of range.
    QByteArray body() const;
    QByteArray signedMessage() const;
    // Sets payer and signature from the key.
    void sign(const crypto::SigningKey& key);
    // The signature against the payer key: any changed byte fails.
    Status verify() const;

    QByteArray toHeader() const;
    // Strict: canonical base64url, exact length, known version, every field in range.
    static Result<Voucher> fromHeader(const QByteArray& header);

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::Voucher)
};

} // namespace fw::ledger
