// The registry's lineage of trained models, without the engine: a run prepared on the demo's ready
// instruction datanet is registered from output files shaped like the engine's, then a model is
// fine-tuned from it and an adapter trained on that. Each entry names its datanet version, base,
// run and metrics; the chain is navigable (derivedFrom) and cannot be broken (remove refused).
#include "unit/store/TestSupport.h"

#include "demo/DemoDatanets.h"
#include "demo/DemoWorkspace.h"
#include "ml/ModelConfig.h"
#include "models/EvalSet.h"
#include "models/ModelFacts.h"
#include "models/ModelStore.h"
#include "models/RunHistory.h"
#include "models/TrainingPlan.h"

#include <QDir>
#include <QtEndian>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using fw::test::pattern;
using fw::test::readFile;
using fw::test::writeFile;
using namespace fw::models;

namespace {
TrainingPlan plan(const QString& base, const QString& output, ml::TrainingConfig::Method method)
{
    TrainingPlan p;
    p.datanet = QString::fromLatin1(demo::kDemoInstructionDatanet);
    p.base = base;
    p.output = output;
    p.config.method = method;
    p.config.steps = 12;
    return p;
}

// What the engine hands back in TrainingSummary::output, as far as the registry reads it.
ModelFiles fakeEngineOutput(const PreparedRun& run)
{
    if (run.plan.config.method == ml::TrainingConfig::Method::Lora) {
        // A safetensors file with one 2x4 F32 tensor: 8 parameters.
        const QByteArray header = R"({"lora_A":{"dtype":"F32","shape":[2,4],"data_offsets":[0,32]}})";
        QByteArray bytes(8, 0);
        qToLittleEndian<quint64>(quint64(header.size()), bytes.data());
        return {{"adapter_config.json", "{}"},
                {"adapter_model.safetensors", bytes + header + QByteArray(32, 0)}};
    }
    const QJsonObject config = ml::ModelConfig::preset("nano")->toHfJson();
    return {{"config.json", QJsonDocument(config).toJson()}, {"model.safetensors", "weights"}};
}

ml::TrainingSummary summary(const PreparedRun& run, double loss)
{
    ml::TrainingSummary s;
    s.output = fakeEngineOutput(run);
    s.steps = 12;
    s.finalLoss = loss;
    s.evalLoss = loss + 0.1;
    s.perplexity = std::exp(s.evalLoss);
    s.elapsedMs = 1500;
    return s;
}
} // namespace

class TrainingLineageTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

    ModelEntry train(const TrainingPlan& p, double loss)
    {
        Result<PreparedRun> run = prepareRun(*m_ws, p);
        if (!run)
            qFatal("prepareRun: %s", qPrintable(run.error().message));
        run->historyId = *RunHistory(*m_ws).begin(p, p.config.steps);
        if (!p.fromScratch() && run->request.baseFiles.isEmpty())
            qFatal("prepareRun did not read the base model's files");
        Result<ModelEntry> entry = registerRun(*m_ws, *run, summary(*run, loss));
        if (!entry)
            qFatal("registerRun: %s", qPrintable(entry.error().message));
        // As a real run ends; a run still running keeps its base from being deleted.
        if (!RunHistory(*m_ws).finish(run->historyId, RunStatus::Finished, {}, loss))
            qFatal("cannot finish run %lld", static_cast<long long>(run->historyId));
        return *entry;
    }

private slots:
    void initTestCase()
    {
        auto demo = demo::createDemoWorkspace(m_dir.filePath("demo"));
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        m_ws = std::move(*demo);
    }

    void chainsDatanetBaseRunAndMetrics()
    {
        const ModelEntry scratch = train(plan("nano", "lineage-nano", ml::TrainingConfig::Method::Full), 1.2);
        QCOMPARE(scratch.kind, ModelKind::Model);
        QCOMPARE(scratch.baseModelId, 0);
        QCOMPARE(scratch.source, QString("training"));
        QCOMPARE(scratch.architecture, QString("LlamaForCausalLM"));
        QCOMPARE(scratch.parameterCount, ml::ModelConfig::preset("nano")->parameterCount());
        const QJsonObject& l = scratch.lineage;
        QCOMPARE(l["datanet"].toString(), QString::fromLatin1(demo::kDemoInstructionDatanet));
        QCOMPARE(l["version"].toString().size(), 64); // the frozen version's Merkle root, hex
        QVERIFY(l["records"].toInt() > 0);
        QCOMPARE(l["base"].toString(), QString("nano"));
        QVERIFY(l["from_scratch"].toBool());
        QCOMPARE(l["config"].toObject()["steps"].toInt(), 12);
        QCOMPARE(l["metrics"].toObject()["final_loss"].toDouble(), 1.2);
        QVERIFY(l["run"].toInteger() > 0);
        QVERIFY(l.contains("model_config"));
        QVERIFY(RunHistory(*m_ws).run(l["run"].toInteger()));
        // Every example was one user turn: the Playground sends this model one question at a time.
        QCOMPARE(l["chat_turns"].toString(), QString("single"));
        QVERIFY(trainedOnSingleTurns(scratch));
        ModelEntry imported = scratch;
        imported.source = QStringLiteral("import");
        imported.lineage = {};
        QVERIFY(!trainedOnSingleTurns(imported)); // an imported checkpoint may know multi-turn chat
        imported.lineage.insert("chat_turns", "multi");
        imported.source = QStringLiteral("training");
        QVERIFY(!trainedOnSingleTurns(imported));

        const ModelEntry tuned = train(plan("lineage-nano", "lineage-tuned", ml::TrainingConfig::Method::Full), 0.9);
        QCOMPARE(tuned.baseModelId, scratch.id);
        QCOMPARE(tuned.lineage["base"].toString(), QString("lineage-nano"));
        QVERIFY(!tuned.lineage["from_scratch"].toBool());
        QVERIFY(tuned.lineage["run"].toInteger() > l["run"].toInteger());

        const ModelEntry adapter = train(plan("lineage-tuned", "lineage-lora", ml::TrainingConfig::Method::Lora), 0.8);
        QCOMPARE(adapter.kind, ModelKind::Adapter);
        QCOMPARE(adapter.baseModelId, tuned.id);
        QCOMPARE(adapter.architecture, QString("lora"));
        QCOMPARE(adapter.parameterCount, 8);
        QCOMPARE(adapter.lineage["config"].toObject()["method"].toString(), QString("lora"));

        ModelStore store(*m_ws);
        QCOMPARE(store.derivedFrom(scratch.id)->size(), 1);
        QCOMPARE(store.derivedFrom(tuned.id)->first().name, QString("lineage-lora"));
        // Nothing that others are built on can go; the leaves can.
        QVERIFY(!store.remove(scratch.id));
        QVERIFY(!store.remove(tuned.id));
        QVERIFY(store.remove(adapter.id));
        QVERIFY(store.remove(tuned.id));
        QVERIFY(store.remove(scratch.id));
    }

    void trainsOnSeveralDatanetVersions()
    {
        TrainingPlan p = plan("nano", "lineage-both", ml::TrainingConfig::Method::Full);
        p.moreData << DataSource{QString::fromLatin1(demo::kDemoPreferenceDatanet), QStringLiteral("latest")};
        // The plan survives its JSON form (CONFIG.json and the run history both use it).
        Result<TrainingPlan> again = TrainingPlan::fromJson(p.toJson());
        QVERIFY(again);
        QCOMPARE(again->sources().size(), 2);
        QCOMPARE(again->moreData.first().datanet, QString::fromLatin1(demo::kDemoPreferenceDatanet));
        QVERIFY(p.toJson().contains("data") && !p.toJson().contains("datanet"));

        Result<PreparedRun> both = prepareRun(*m_ws, *again);
        QVERIFY2(both, both ? "" : qPrintable(both.error().message));
        Result<PreparedRun> first = prepareRun(*m_ws, plan("nano", "x1", ml::TrainingConfig::Method::Full));
        TrainingPlan secondOnly = plan("nano", "x2", ml::TrainingConfig::Method::Full);
        secondOnly.datanet = QString::fromLatin1(demo::kDemoPreferenceDatanet);
        Result<PreparedRun> second = prepareRun(*m_ws, secondOnly);
        QVERIFY(first && second);
        // The examples of both versions, the first datanet's first.
        QCOMPARE(both->request.examples.size(), first->request.examples.size() + second->request.examples.size());
        QCOMPARE(both->request.examples.front().prompt, first->request.examples.front().prompt);
        QCOMPARE(both->request.examples.back().prompt, second->request.examples.back().prompt);

        const ModelEntry entry = train(*again, 1.1);
        const QJsonArray data = entry.lineage["data"].toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data[1].toObject()["datanet"].toString(), QString::fromLatin1(demo::kDemoPreferenceDatanet));
        QCOMPARE(data[1].toObject()["version"].toString(), second->version.idHex());
        QCOMPARE(entry.lineage["datanet"].toString(), QString::fromLatin1(demo::kDemoInstructionDatanet));

        // The Evaluation tab's held-out prompts are exactly those training held out, across both
        // versions (concatenated in order, then split as SftDataset splits).
        Result<TrainedRun> trained = trainedRun(entry);
        QVERIFY(trained);
        QCOMPARE(trained->sources.size(), 2);
        Result<std::vector<ml::SftExample>> heldOut = heldOutExamples(*m_ws, *trained);
        QVERIFY(heldOut);
        const ml::ExampleSplit split = ml::splitExamples(both->request.examples.size(), again->config);
        QCOMPARE(heldOut->size(), split.eval.size());
        QVERIFY(!heldOut->empty());
        for (size_t i = 0; i < split.eval.size(); ++i)
            QCOMPARE((*heldOut)[i].prompt, both->request.examples[split.eval[i]].prompt);

        // The same version twice is a mistake, not twice the data.
        TrainingPlan twice = plan("nano", "twice", ml::TrainingConfig::Method::Full);
        twice.moreData << DataSource{QString::fromLatin1(demo::kDemoInstructionDatanet), QStringLiteral("latest")};
        QVERIFY(!prepareRun(*m_ws, twice));
        QVERIFY(!TrainingPlan::fromJson(QJsonObject{{"data", QJsonArray{}}, {"base", "nano"}, {"output", "o"}}));
    }

    // Issue 10: a DPO adapter names its SFT base and the preference datanet version it learned
    // from, and `model show` reports every metric the run logged, negative ones included.
    void dpoAdapterNamesItsSftBaseAndPreferenceData()
    {
        train(plan("nano", "pref-sft", ml::TrainingConfig::Method::Full), 1.0);
        TrainingPlan dpo = plan("pref-sft", "pref-dpo", ml::TrainingConfig::Method::Lora);
        dpo.datanet = QString::fromLatin1(demo::kDemoPreferenceDatanet);
        dpo.config.objective = ml::TrainingConfig::Objective::Dpo;
        dpo.config.beta = 0.2;
        Result<TrainingPlan> again = TrainingPlan::fromJson(dpo.toJson());
        QVERIFY(again);
        QCOMPARE(again->config.objective, ml::TrainingConfig::Objective::Dpo);
        QCOMPARE(again->config.beta, 0.2);
        Result<PreparedRun> run = prepareRun(*m_ws, *again);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QVERIFY(run->request.examples.empty());
        QCOMPARE(run->request.preferences.size(), size_t(run->version.recordCount));
        QVERIFY(!run->request.preferences.front().rejected.isEmpty());
        QVERIFY(run->request.preferences.front().chosen != run->request.preferences.front().rejected);

        run->historyId = *RunHistory(*m_ws).begin(*again, 12);
        ml::TrainingSummary s = summary(*run, 0.4);
        s.perplexity = -1.0;
        s.metrics = {{"loss", 0.4},           {"rewards/accuracies", 0.9}, {"rewards/margins", 1.5},
                     {"logps/chosen", -12.5}, {"logps/rejected", -20.0},   {"eval/rewards/margins", -0.25}};
        Result<ModelEntry> entry = registerRun(*m_ws, *run, s);
        QVERIFY(entry);
        QCOMPARE(entry->lineage["objective"].toString(), QString("dpo"));
        QCOMPARE(entry->lineage["base"].toString(), QString("pref-sft"));
        QCOMPARE(entry->lineage["datanet"].toString(), QString::fromLatin1(demo::kDemoPreferenceDatanet));
        QCOMPARE(entry->lineage["data"].toArray().first().toObject()["version"].toString(), run->version.idHex());
        QCOMPARE(entry->lineage["config"].toObject()["objective"].toString(), QString("dpo"));
        Result<ModelFacts> facts = modelFacts(*m_ws, *entry);
        QVERIFY(facts);
        QCOMPARE(facts->metrics["rewards/accuracies"].toDouble(), 0.9);
        QCOMPARE(facts->metrics["logps/chosen"].toDouble(), -12.5);
        QCOMPARE(facts->metrics["eval/rewards/margins"].toDouble(), -0.25);
        QVERIFY(!facts->metrics.contains("perplexity")); // -1: not measured
    }

    void refusesAPreferenceObjectiveOnOtherRecords_data()
    {
        QTest::addColumn<int>("objective");
        QTest::newRow("reward") << int(ml::TrainingConfig::Objective::Reward);
        QTest::newRow("dpo") << int(ml::TrainingConfig::Objective::Dpo);
    }
    void refusesAPreferenceObjectiveOnOtherRecords()
    {
        QFETCH(int, objective);
        TrainingPlan p = plan("nano", "wrong-kind", ml::TrainingConfig::Method::Full);
        p.config.objective = ml::TrainingConfig::Objective(objective);
        Result<PreparedRun> run = prepareRun(*m_ws, p);
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(run.error().message.contains("preference pairs") &&
                     run.error().message.contains(QString::fromLatin1(demo::kDemoInstructionDatanet)) &&
                     run.error().message.contains("instruction"),
                 qPrintable(run.error().message));
    }

    void refusesWhatCannotBeTrained()
    {
        // LoRA needs trained weights to adapt; a size preset has none.
        Result<PreparedRun> lora = prepareRun(*m_ws, plan("nano", "no-lora", ml::TrainingConfig::Method::Lora));
        QVERIFY(!lora);
        QCOMPARE(lora.error().code, ErrorCode::InvalidArgument);
        train(plan("nano", "taken", ml::TrainingConfig::Method::Full), 1.0);
        Result<PreparedRun> taken = prepareRun(*m_ws, plan("nano", "taken", ml::TrainingConfig::Method::Full));
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ErrorCode::AlreadyExists);
        Result<PreparedRun> missing = prepareRun(*m_ws, plan("no-such-model", "x", ml::TrainingConfig::Method::Full));
        QVERIFY(!missing);
    }
};

QTEST_GUILESS_MAIN(TrainingLineageTest)
#include "training_lineage_test.moc"
