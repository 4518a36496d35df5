// Stored attribution indexes against the datanet versions they name (see IndexCheck.h).
#include "attribution/IndexCheck.h"

#include "attribution/GradientStore.h"
#include "attribution/IndexBuilder.h"
#include "attribution/IndexStore.h"
#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "models/ModelStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace fw::attribution {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::attribution", text);
}
} // namespace

namespace {

// Record hashes per datanet version, read once for every index and store that names it.
class VersionRecords
{
public:
    VersionRecords(store::Workspace& workspace, const QList<datanet::Datanet>& datanets)
        : m_workspace(workspace)
    {
        for (const datanet::Datanet& d : datanets)
            m_datanetIdOf.insert(QString::fromLatin1(d.uid.toHex()), d.id);
    }

    // How many of `records` are not in the versions `sources` names; problems go to `problems`
    // under `what` ("The attribution index of \"m\"").
    qint64 foreign(const QString& what, const QList<IndexSource>& sources,
                   const std::vector<IndexedRecord>& records, QStringList& problems)
    {
        QStringList keys;
        for (const IndexSource& source : sources) {
            const QString key = source.datanetUid + QLatin1Char('/') + source.version;
            keys << key;
            if (!m_hashes.contains(key))
                m_hashes.insert(key, read(what, source, problems));
        }
        // Pointers taken after the inserts: a QHash insert may move its values.
        std::vector<const QSet<QByteArray>*> recordsOf;
        for (const QString& key : keys)
            recordsOf.push_back(&*m_hashes.constFind(key));
        qint64 count = 0;
        for (const IndexedRecord& record : records)
            if (!recordsOf[size_t(record.source)]->contains(record.hash))
                ++count;
        return count;
    }

private:
    QSet<QByteArray> read(const QString& what, const IndexSource& source, QStringList& problems)
    {
        QSet<QByteArray> hashes;
        const auto id = m_datanetIdOf.constFind(source.datanetUid);
        if (id == m_datanetIdOf.constEnd()) {
            problems << tr("%1 names the datanet \"%2\", which is not in this workspace.")
                            .arg(what, source.datanetName);
            return hashes;
        }
        Status s = datanet::VersionService(m_workspace)
                       .forEachRecord(*id, source.version,
                                      [&hashes](const datanet::RecordContent& record) -> Status {
                                          hashes.insert(record.hash());
                                          return {};
                                      });
        if (!s)
            problems << tr("%1 names version %2 of \"%3\", which cannot be read: %4")
                            .arg(what, source.version.left(8), source.datanetName,
                                 s.error().message);
        return hashes;
    }

    store::Workspace& m_workspace;
    QHash<QString, qint64> m_datanetIdOf; // uid hex -> id
    QHash<QString, QSet<QByteArray>> m_hashes;
};

} // namespace

Result<IndexCheckReport> checkIndexes(store::Workspace& workspace)
{
    IndexCheckReport report;
    const models::ModelStore models(workspace);
    Result<QList<models::ModelEntry>> all = models.models();
    if (!all)
        return all.error();
    Result<QList<datanet::Datanet>> datanets = datanet::DatanetService(workspace).datanets();
    if (!datanets)
        return datanets.error();
    VersionRecords versions(workspace, *datanets);

    const IndexStore store(workspace);
    const GradientStore gradients(workspace);
    for (const models::ModelEntry& model : *all) {
        Result<QList<IndexSource>> now = lineageSources(models, model);
        Result<std::optional<IndexLineage>> lineage = store.lineage(model.id);
        if (!lineage)
            return lineage.error();
        if (*lineage) {
            ++report.indexes;
            const QString what = tr("The attribution index of \"%1\"").arg(model.name);
            Result<std::optional<AttributionIndex>> index = store.load(model.id);
            if (!index) {
                report.problems << tr("%1 is damaged: %2").arg(what, index.error().message);
            } else {
                if (now && *now != (**index).lineage.sources)
                    ++report.stale;
                if (const qint64 foreign = versions.foreign(what, (**index).lineage.sources,
                                                            (**index).records, report.problems))
                    report.problems << tr("%1 holds %2 record(s) that are not in the versions it "
                                          "names.")
                                           .arg(what)
                                           .arg(foreign);
            }
        }
        Result<std::optional<GradientLineage>> gradientLineage = gradients.lineage(model.id);
        if (!gradientLineage) {
            report.problems << tr("The gradient store of \"%1\" is damaged: %2")
                                   .arg(model.name, gradientLineage.error().message);
            continue;
        }
        if (!*gradientLineage)
            continue;
        ++report.gradientStores;
        const QString what = tr("The gradient store of \"%1\"").arg(model.name);
        Result<std::optional<GradientIndex>> g = gradients.load(model.id);
        if (!g) {
            report.problems << tr("%1 is damaged: %2").arg(what, g.error().message);
            continue;
        }
        if (now && *now != (**g).lineage.text.sources)
            ++report.staleGradients;
        for (float v : (**g).gradients)
            if (!std::isfinite(v)) {
                report.problems << tr("%1 holds a gradient that is not a finite number.").arg(what);
                break;
            }
        if (const qint64 foreign = versions.foreign(what, (**g).lineage.text.sources,
                                                    (**g).records, report.problems))
            report.problems << tr("%1 holds %2 record(s) that are not in the versions it names.")
                                   .arg(what)
                                   .arg(foreign);
    }
    return report;
}

} // namespace fw::attribution
