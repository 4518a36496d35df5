// The 50-contributor facts datanet in a workspace, frozen, with a registered model whose lineage
// names that version and whose tokenizer is trained on it: shared by the attribution unit tests
// and the `attribute` CLI tests.
#pragma once

#include "datanet/DatanetImporter.h"
#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "ml/ByteLevelBpeTrainer.h"
#include "models/ModelStore.h"
#include "unit/attribution/SyntheticFacts.h"
#include "wallet/WalletService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace fw::test {

inline QByteArray alpacaJsonl(const QList<Fact>& facts)
{
    QByteArray out;
    for (const Fact& f : facts)
        out += QJsonDocument(
                   QJsonObject{{"instruction", f.instruction}, {"input", ""}, {"output", f.output}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
    return out;
}

// tokenizer.json and tokenizer_config.json as a model trained from scratch gets them (ChatML),
// beside stand-in weights: attribution never reads them.
inline ModelFiles factsModelFiles(const QList<Fact>& facts)
{
    QStringList texts;
    for (const Fact& f : facts)
        texts << f.instruction << f.output;
    ml::BpeTrainingOptions options;
    options.vocabSize = 600;
    Result<QJsonObject> json = ml::ByteLevelBpeTrainer::train(texts, options);
    if (!json)
        qFatal("BPE: %s", qPrintable(json.error().message));
    const QJsonObject config{{"bos_token", "<|endoftext|>"},
                             {"eos_token", "<|im_end|>"},
                             {"add_bos_token", false},
                             {"chat_template",
                              "{% for message in messages %}{{'<|im_start|>' + message['role'] + "
                              "'\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"}};
    return {{"tokenizer.json", QJsonDocument(*json).toJson(QJsonDocument::Compact)},
            {"tokenizer_config.json", QJsonDocument(config).toJson()},
            {"config.json", "{}"},
            {"model.safetensors", "weights"}};
}

inline QJsonObject lineageFor(const datanet::Datanet& d, const datanet::VersionInfo& v)
{
    return {{"data", QJsonArray{QJsonObject{{"datanet", d.name},
                                            {"datanet_uid", QString::fromLatin1(d.uid.toHex())},
                                            {"version", v.idHex()}}}}};
}

struct FactsWorkspace
{
    QList<Fact> facts;
    QList<wallet::Identity> people;
    datanet::Datanet datanet;
    datanet::VersionInfo version;
    models::ModelEntry model;
};

// Imports contributor c's facts as identity c, approves, freezes, registers `modelName`.
inline FactsWorkspace makeFactsWorkspace(store::Workspace& ws, const QString& scratchDir,
                                         int contributors, int factsEach, const QString& modelName)
{
    FactsWorkspace out;
    out.facts = syntheticFacts(contributors, factsEach, 2026);
    wallet::WalletService wallet(ws);
    for (int c = 0; c < contributors; ++c)
        out.people << *wallet.createIdentity(QStringLiteral("contributor %1").arg(c));
    datanet::Datanet spec;
    spec.name = QStringLiteral("facts");
    spec.kind = datanet::RecordKind::Instruction;
    Result<datanet::Datanet> d = datanet::DatanetService(ws).create(spec);
    if (!d)
        qFatal("datanet: %s", qPrintable(d.error().message));
    out.datanet = *d;
    for (int c = 0; c < contributors; ++c) {
        QList<Fact> mine;
        for (const Fact& f : out.facts)
            if (f.contributor == c)
                mine << f;
        const QString path = scratchDir + QStringLiteral("/c%1.jsonl").arg(c);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(alpacaJsonl(mine)) < 0)
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        datanet::ImportOptions o;
        o.identityId = out.people.at(c).id;
        if (auto report = datanet::DatanetImporter(ws).importFile(out.datanet.id, path, o); !report)
            qFatal("import: %s", qPrintable(report.error().message));
    }
    if (!datanet::DatanetService(ws).approveAllPending(out.datanet.id))
        qFatal("approve failed");
    Result<datanet::VersionInfo> v = datanet::VersionService(ws).freeze(out.datanet.id);
    if (!v)
        qFatal("freeze: %s", qPrintable(v.error().message));
    out.version = *v;
    models::ModelEntry entry;
    entry.name = modelName;
    entry.source = QStringLiteral("training");
    entry.lineage = lineageFor(out.datanet, out.version);
    Result<models::ModelEntry> added =
        models::ModelStore(ws).add(entry, factsModelFiles(out.facts));
    if (!added)
        qFatal("model: %s", qPrintable(added.error().message));
    out.model = *added;
    return out;
}

} // namespace fw::test
