// The deployments a node hosts, kept in its encrypted workspace. A deploy is one transaction: a
// kill at any moment leaves the deployment whole or absent, and the one it replaced untouched.
#pragma once

#include "node/DeployPackage.h"

#include <QDateTime>
#include <QList>

namespace fw::store {
class Workspace;
}

namespace fw::node {

// A deployment as listed (without its files).
struct Deployment
{
    DeployManifest manifest;
    QString manifestHash;
    QDateTime deployedAt;
};

class DeploymentStore
{
public:
    explicit DeploymentStore(store::Workspace& workspace) : m_workspace(workspace) {}

    // Stores a verified package under its manifest's name. Replacing needs a higher release and
    // the same owner (AlreadyExists / InvalidArgument otherwise); the old files go in the same
    // transaction.
    Result<Deployment> put(const DeployPackage& package);
    // Every deployment, sorted by name.
    Result<QList<Deployment>> list() const;
    Result<Deployment> find(const QString& name) const;
    // The package as it was received, its signature and hashes checked again on the way out.
    Result<DeployPackage> load(const QString& name) const;
    // One file of the stored package `deployment`, checked against its manifest's size and hash:
    // what a request needs (the attribution bundle) without reading the weights. Corrupt when the
    // bytes differ; NotFound when the manifest has no such file or the deployment was replaced.
    Result<QByteArray> loadFile(const Deployment& deployment, const QString& file) const;
    // NotFound when there is no such deployment.
    Status remove(const QString& name);

    Q_DECLARE_TR_FUNCTIONS(fw::node::DeploymentStore)

private:
    store::Workspace& m_workspace;
};

} // namespace fw::node
