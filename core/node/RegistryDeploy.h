// From the workspace's registry to a node: builds signed deploy packages for a model or an
// adapter (with its base, sent once and shared by every adapter on it) and sends them. Used by
// `flywheel-cli deploy` and the workbench's Nodes page.
#pragma once

#include "crypto/Ed25519.h"
#include "node/DeployPackage.h"

#include <QJsonObject>
#include <optional>

namespace fw::store {
class Workspace;
}

namespace fw::node {

class NodeClient;

struct DeploySpec
{
    QString model;        // registry name
    QString deployedName; // empty: the registry name
    ledger::Amount pricePer1k = 0;
    RevenueSplit split;
};

struct DeployPlan
{
    std::optional<DeployPackage> base; // an adapter's base model, deployed under its registry name
    DeployPackage package;
};

// Signs with `owner`; release = the current time in milliseconds, so a later deploy replaces.
// A model trained on datanet versions carries its attribution index (built if missing) as the
// file AttributionBundle::kPackageFileName, so the node can attribute and pay for its answers.
Result<DeployPlan> buildDeployPlan(store::Workspace& workspace, const DeploySpec& spec,
                                   const crypto::SigningKey& owner);

// Sends the plan: the base first when the node does not hold one with the same files. Returns
// the node's description of the deployment.
Result<QJsonObject> deployPlan(NodeClient& client, const DeployPlan& plan,
                               const crypto::SigningKey& owner);

} // namespace fw::node
