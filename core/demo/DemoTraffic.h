// Paid traffic for the demo workspace, so the Earnings page has something true to show before any
// model is trained: an app user's requests to the workspace's own node (its default identity) for
// a "demo-facts" deployment over the last three weeks, each answer attributed to records of the
// World facts version and so to their real contributors. Everything goes through the real ledger
// (mint, deposit, vouchers, charges, a payout): signed, hash-chained and verifiable like any other.
// These answers were not generated and are not kept: they stand for an earlier release of
// "demo-facts". DemoModel.h adds the real model and its paid answers on another lane.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

namespace fw::store {
class Workspace;
}

namespace fw::demo {

inline constexpr const char* kDemoDeployment = "demo-facts";
inline constexpr int kDemoPaidRequests = 84;

// The app user (a fixed key outside the wallet) and its channel on the demo node.
crypto::SigningKey demoAppUserKey();
QByteArray demoChannelId();

// Needs the demo identities and datanets. `nowMs`: the last request's time.
Status addDemoTraffic(store::Workspace& workspace, qint64 nowMs);

} // namespace fw::demo
