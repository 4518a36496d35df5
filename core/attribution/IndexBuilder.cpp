// Datanet versions -> SFT examples -> token ids -> SpanIndex, with each record's hash and author.
#include "attribution/IndexBuilder.h"

#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "ml/SftDataset.h"
#include "models/ModelEntry.h"
#include "models/ModelStore.h"
#include "models/TrainingExamples.h"
#include "store/Workspace.h"

#include <QHash>
#include <QJsonArray>

namespace fw::attribution {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::attribution", text);
}

Result<datanet::Datanet> datanetByUid(store::Workspace& workspace, const IndexSource& source)
{
    Result<QList<datanet::Datanet>> all = datanet::DatanetService(workspace).datanets();
    if (!all)
        return all.error();
    for (const datanet::Datanet& d : *all)
        if (QString::fromLatin1(d.uid.toHex()) == source.datanetUid)
            return d;
    return makeError(ErrorCode::NotFound,
                     tr("The datanet \"%1\" (uid %2) the model was trained on is not in "
                        "this workspace.")
                         .arg(source.datanetName, source.datanetUid));
}

// Content hash -> contributor address, for one datanet, in one query.
Result<QHash<QByteArray, QString>> contributors(store::Workspace& workspace, qint64 datanetId)
{
    Result<store::Connection> db = workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT content_hash, contributor FROM records WHERE datanet_id = ?");
    if (!st)
        return st.error();
    st->bind(1, datanetId);
    QHash<QByteArray, QString> out;
    if (Status s = store::forEachRow(
            *st, [&](const store::Statement& row) { out.insert(row.blob(0), row.text(1)); });
        !s)
        return s.error();
    return out;
}

} // namespace

Result<QList<IndexSource>> lineageSources(const models::ModelStore& store, models::ModelEntry entry)
{
    // The model's own training data, then its base's, and so on: a DPO adapter answers mostly with
    // what its SFT base learned, so the records behind the base are attributed (and paid) too.
    QList<IndexSource> sources;
    const QString name = entry.name;
    auto add = [&sources](const IndexSource& s) {
        if (!sources.contains(s)) // same datanet and version (the kind is not part of equality)
            sources.append(s);
    };
    for (int depth = 0; depth < 64; ++depth) {
        const QJsonArray data = entry.lineage.value(QStringLiteral("data")).toArray();
        for (const QJsonValue& v : data) {
            const QJsonObject o = v.toObject();
            add({o.value(QStringLiteral("datanet_uid")).toString(), o.value(QStringLiteral("datanet")).toString(),
                 o.value(QStringLiteral("version")).toString(), QString()}); // kind: from the datanet when built
        }
        if (data.isEmpty() && entry.lineage.contains(QStringLiteral("version")))
            add({entry.lineage.value(QStringLiteral("datanet_uid")).toString(),
                 entry.lineage.value(QStringLiteral("datanet")).toString(),
                 entry.lineage.value(QStringLiteral("version")).toString(), QString()});
        if (entry.baseModelId == 0)
            break;
        Result<models::ModelEntry> base = store.model(entry.baseModelId);
        if (!base)
            return base.error();
        entry = std::move(base).value();
    }
    if (sources.isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("\"%1\" names no datanet version in its lineage (an imported "
                            "model's training data is not in this workspace), so its answers "
                            "cannot be attributed.")
                             .arg(name));
    for (const IndexSource& s : sources)
        if (s.datanetUid.isEmpty() || s.version.isEmpty())
            return makeError(
                ErrorCode::Corrupt,
                tr("The lineage of \"%1\" names a datanet version without its uid or root.")
                    .arg(name));
    return sources;
}

IndexLineage expectedLineage(const models::ModelEntry& entry, const QList<IndexSource>& sources,
                             const ModelText& text)
{
    IndexLineage l;
    l.model = entry.name;
    l.sources = sources;
    l.tokenizerHash = text.tokenizerHash;
    l.chatFormat = ml::ChatTemplate::name(text.chat.format());
    return l;
}

Status forEachLineageRecord(store::Workspace& workspace, QList<IndexSource>& sources,
                            const LineageRecordVisitor& visit)
{
    for (int s = 0; s < sources.size(); ++s) {
        Result<datanet::Datanet> d = datanetByUid(workspace, sources[s]);
        if (!d)
            return d.error();
        sources[s].kind = datanet::kindName(d->kind);
        Result<QHash<QByteArray, QString>> authors = contributors(workspace, d->id);
        if (!authors)
            return authors.error();
        Status read = datanet::VersionService(workspace).forEachRecord(
            d->id, sources[s].version, [&](const datanet::RecordContent& record) -> Status {
                Result<std::vector<ml::SftExample>> examples = models::examplesFromRecord(record);
                if (!examples)
                    return examples.error();
                const QByteArray hash = record.hash();
                return visit(s, hash, authors->value(hash), *examples);
            });
        if (!read)
            return read;
    }
    return {};
}

Result<AttributionIndex> buildIndex(store::Workspace& workspace, const IndexLineage& lineage,
                                    const ModelText& text, const BuildProgress& progress)
{
    AttributionIndex index;
    index.lineage = lineage;
    SpanIndex::Builder builder;
    Status read = forEachLineageRecord(
        workspace, index.lineage.sources,
        [&](int source, const QByteArray& hash, const QString& contributor,
            const std::vector<ml::SftExample>& examples) -> Status {
            if (Status s = progress.check(); !s)
                return s;
            builder.beginRecord();
            for (const ml::SftExample& example : examples)
                builder.addDocument(
                    ml::SftDataset::encodeExample(example, *text.tokenizer, text.chat).first);
            index.records.push_back({source, hash, contributor});
            progress.report(qint64(index.records.size()));
            return {};
        });
    if (!read)
        return read.error();
    Result<SpanIndex> spans = builder.build();
    if (!spans)
        return spans.error();
    index.spans = std::move(*spans);
    return index;
}

} // namespace fw::attribution
