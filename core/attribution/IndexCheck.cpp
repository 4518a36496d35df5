// Stored attribution indexes against the datanet versions they name (see IndexCheck.h).
#include "attribution/IndexCheck.h"

#include "attribution/IndexBuilder.h"
#include "attribution/IndexStore.h"
#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "models/ModelStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fw::attribution {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::attribution", text);
}
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
    QHash<QString, qint64> datanetIdOf; // uid hex -> id
    for (const datanet::Datanet& d : *datanets)
        datanetIdOf.insert(QString::fromLatin1(d.uid.toHex()), d.id);
    // Record hashes per version, read once for all the models that share it.
    QHash<QString, QSet<QByteArray>> versionRecords;

    const IndexStore store(workspace);
    for (const models::ModelEntry& model : *all) {
        Result<std::optional<IndexLineage>> lineage = store.lineage(model.id);
        if (!lineage)
            return lineage.error();
        if (!*lineage)
            continue;
        ++report.indexes;
        Result<std::optional<AttributionIndex>> index = store.load(model.id);
        if (!index) {
            report.problems << tr("The attribution index of \"%1\" is damaged: %2")
                                   .arg(model.name, index.error().message);
            continue;
        }
        if (Result<QList<IndexSource>> now = lineageSources(models, model);
            now && *now != (**index).lineage.sources)
            ++report.stale;
        const QList<IndexSource>& sources = (**index).lineage.sources;
        QStringList keys;
        for (int s = 0; s < sources.size(); ++s) {
            const QString key = sources[s].datanetUid + QLatin1Char('/') + sources[s].version;
            keys << key;
            if (!versionRecords.contains(key)) {
                QSet<QByteArray> hashes;
                if (const auto id = datanetIdOf.constFind(sources[s].datanetUid);
                    id != datanetIdOf.constEnd()) {
                    Status read = datanet::VersionService(workspace).forEachRecord(
                        *id, sources[s].version,
                        [&hashes](const datanet::RecordContent& record) -> Status {
                            hashes.insert(record.hash());
                            return {};
                        });
                    if (!read)
                        report.problems << tr("The attribution index of \"%1\" names version %2 of "
                                              "\"%3\", which "
                                              "cannot be read: %4")
                                               .arg(model.name, sources[s].version.left(8),
                                                    sources[s].datanetName, read.error().message);
                } else {
                    report.problems << tr("The attribution index of \"%1\" names the datanet "
                                          "\"%2\", which is not in "
                                          "this workspace.")
                                           .arg(model.name, sources[s].datanetName);
                }
                versionRecords.insert(key, hashes);
            }
        }
        // Pointers taken after the inserts: a QHash insert may move its values.
        std::vector<const QSet<QByteArray>*> recordsOf;
        for (const QString& key : keys)
            recordsOf.push_back(&*versionRecords.constFind(key));
        qint64 foreign = 0;
        for (const IndexedRecord& record : (**index).records)
            if (!recordsOf[size_t(record.source)]->contains(record.hash))
                ++foreign;
        if (foreign > 0)
            report.problems << tr("The attribution index of \"%1\" holds %2 record(s) that are not "
                                  "in the versions it "
                                  "names.")
                                   .arg(model.name)
                                   .arg(foreign);
    }
    return report;
}

} // namespace fw::attribution
