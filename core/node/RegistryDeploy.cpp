// Registry entry -> manifest (files, base hash, lineage roots) -> signed packages -> the node.
#include "node/RegistryDeploy.h"

#include "attribution/AttributionBundle.h"
#include "attribution/AttributionService.h"
#include "models/ModelStore.h"
#include "node/NodeClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace fw::node {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::node", text);
}

// The datanet versions that shaped `entry`: its own training data and its bases', oldest last.
Result<QList<LineageRoot>> lineageOf(const models::ModelStore& store, models::ModelEntry entry)
{
    QList<LineageRoot> roots;
    for (int depth = 0; depth < 64; ++depth) {
        for (const QJsonValue& v : entry.lineage.value(QLatin1String("data")).toArray()) {
            const QJsonObject o = v.toObject();
            const QByteArray root =
                QByteArray::fromHex(o.value(QLatin1String("version")).toString().toLatin1());
            if (root.size() != 32)
                continue; // an imported model names no datanet version
            LineageRoot r{o.value(QLatin1String("datanet")).toString(), root,
                          qint64(o.value(QLatin1String("records")).toDouble())};
            if (std::none_of(roots.begin(), roots.end(),
                             [&](const LineageRoot& x) { return x.merkleRoot == root; }))
                roots.append(r);
        }
        if (entry.baseModelId == 0)
            return roots;
        Result<models::ModelEntry> base = store.model(entry.baseModelId);
        if (!base)
            return base.error();
        entry = *base;
    }
    return roots;
}

Result<DeployPackage> packageFor(store::Workspace& workspace, const models::ModelEntry& entry,
                                 DeployManifest m, const crypto::SigningKey& owner)
{
    const models::ModelStore store(workspace);
    Result<ModelFiles> files = store.files(entry.id);
    if (!files)
        return files.error();
    Result<QList<LineageRoot>> lineage = lineageOf(store, entry);
    if (!lineage)
        return lineage.error();
    if (!lineage->isEmpty()) {
        Result<attribution::AttributionIndex> index =
            attribution::AttributionService(workspace).exportIndex(entry.name);
        if (!index)
            return makeError(index.error().code,
                             tr("The attribution index of \"%1\" could not be built: %2")
                                 .arg(entry.name, index.error().message));
        files->insert(QLatin1String(attribution::AttributionBundle::kPackageFileName),
                      attribution::AttributionBundle::encode(*index));
    }
    m.lineage = *lineage;
    m.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m.release = m.createdAtMs;
    return DeployPackage::create(std::move(m), *files, owner);
}

} // namespace

Result<DeployPlan> buildDeployPlan(store::Workspace& workspace, const DeploySpec& spec,
                                   const crypto::SigningKey& owner)
{
    const models::ModelStore store(workspace);
    Result<models::ModelEntry> entry = store.model(spec.model);
    if (!entry)
        return entry.error();
    DeployManifest m;
    m.name = spec.deployedName.isEmpty() ? entry->name : spec.deployedName;
    m.pricePer1k = spec.pricePer1k;
    m.split = spec.split;
    DeployPlan plan;
    if (entry->kind == models::ModelKind::Adapter) {
        Result<models::ModelEntry> base = store.model(entry->baseModelId);
        if (!base)
            return base.error();
        DeployManifest bm = m;
        bm.name = base->name;
        bm.kind = DeployKind::Model;
        Result<DeployPackage> basePackage = packageFor(workspace, *base, bm, owner);
        if (!basePackage)
            return basePackage.error();
        m.kind = DeployKind::Adapter;
        m.baseHash = basePackage->manifest.baseHash;
        plan.base = std::move(basePackage).value();
    }
    Result<DeployPackage> package = packageFor(workspace, *entry, m, owner);
    if (!package)
        return package.error();
    plan.package = std::move(package).value();
    return plan;
}

Result<QJsonObject> deployPlan(NodeClient& client, const DeployPlan& plan,
                               const crypto::SigningKey& owner)
{
    if (plan.base) {
        Result<QJsonObject> list = NodeClient::jsonOf(client.get("/flywheel/v1/deployments"));
        if (!list)
            return list.error();
        const QString baseHash = QString::fromLatin1(plan.base->manifest.baseHash.toHex());
        bool present = false;
        for (const QJsonValue& d : list->value(QLatin1String("data")).toArray())
            present =
                present ||
                (d.toObject().value(QLatin1String("kind")).toString() == QLatin1String("model") &&
                 d.toObject().value(QLatin1String("base_hash")).toString() == baseHash);
        if (!present) {
            Result<QJsonObject> base = NodeClient::jsonOf(
                client.signedPost("/flywheel/v1/deployments", plan.base->encode(), owner));
            if (!base)
                return makeError(base.error().code,
                                 tr("The adapter's base \"%1\" could not be deployed: %2")
                                     .arg(plan.base->manifest.name, base.error().message));
        }
    }
    return NodeClient::jsonOf(
        client.signedPost("/flywheel/v1/deployments", plan.package.encode(), owner));
}

} // namespace fw::node
