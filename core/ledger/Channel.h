// A payment channel as a node sees it: a payer's escrowed deposit for this node, split into lanes
// (one per concurrent request stream), each with what the payer signed for and what was charged.
#pragma once

#include "crypto/Ed25519.h"
#include "ledger/Amount.h"

#include <QByteArray>
#include <map>

namespace fw::ledger {

// One lane. The payer's credit on it is authorized - charged: money signed over but not yet used
// by a request; the next request on the lane spends it first.
struct LaneState
{
    Amount authorized = 0; // the highest cumulative amount of an accepted voucher
    Amount charged = 0;    // the sum of fees taken on this lane; never above authorized
    quint64 nonce = 0;     // of the voucher that set `authorized`
    QByteArray voucher;    // that voucher's header: the node's proof when it redeems

    Amount credit() const { return authorized - charged; }
};

struct Channel
{
    QByteArray id; // Voucher::kChannelIdBytes
    crypto::PublicKey payer;
    Amount deposit = 0;
    std::map<quint32, LaneState> lanes;
    bool closed = false; // its payer closed it: no more vouchers, the unused escrow refunded

    Amount authorizedTotal() const;
    Amount chargedTotal() const;
};

} // namespace fw::ledger
