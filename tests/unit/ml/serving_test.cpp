// Serving engine: continuous batching of base and adapter rows equals one-at-a-time generation,
// token for token; cancellation, stops, seeds, limits and adapter checks.
#include "ml/BatchedDecoder.h"
#include "ml/FastDecoder.h"
#include "ml/FixtureCheckpoint.h"
#include "ml/LanguageModel.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/LoraAdapter.h"
#include "ml/Safetensors.h"
#include "ml/SequenceProgress.h"
#include "ml/ServingEngineImpl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <map>

using namespace fw;
using namespace fw::ml;

namespace {

// A PEFT adapter for the fixture base with random (not zero) weights, so it changes the output.
ModelFiles randomAdapter(const ModelFiles& base, const LoraSettings& settings, uint64_t seed)
{
    auto model = LanguageModel::load(base);
    if (!model || !attachLora(model->internals().model, settings))
        return {};
    torch::manual_seed(int64_t(seed));
    torch::NoGradGuard noGrad;
    for (auto& p : model->internals().model->named_parameters())
        if (p.key().find(".lora_") != std::string::npos)
            p.value().normal_(0.0, 0.1);
    auto files = savePeftAdapter(model->internals().model, settings, QStringLiteral("fixture"));
    return files ? *files : ModelFiles();
}

struct Outcome
{
    GenerationResult result;
    QString streamed;
    bool finished = false;
};

// Steps until nothing runs; `beforeStep(n)` may start more sequences before step n.
std::map<SequenceId, Outcome> drain(ServingEngine& engine,
                                    const std::function<void(int)>& beforeStep = {})
{
    std::map<SequenceId, Outcome> out;
    for (int n = 0; n < 1000; ++n) {
        if (beforeStep)
            beforeStep(n);
        if (engine.running() == 0 && n > 8)
            break;
        for (SequenceEvent& e : engine.step()) {
            Outcome& o = out[e.id];
            o.streamed += e.delta;
            if (e.finished) {
                o.finished = true;
                o.result = std::move(e.result);
            }
        }
    }
    return out;
}

} // namespace

class ServingTest : public QObject
{
    Q_OBJECT

    ModelFiles m_base;
    ModelFiles m_adapterX; // q_proj, v_proj at rank 4
    ModelFiles m_adapterY; // every projection at rank 8
    std::unique_ptr<ServingEngineImpl> m_engine;

    // The same prompt through LanguageModel/Generator, with `adapter` loaded when not empty.
    GenerationResult reference(const QString& prompt, const ModelFiles& adapter,
                               const GenerationOptions& o)
    {
        auto model = LanguageModel::load(m_base);
        if (!model || (!adapter.isEmpty() && !model->loadAdapter(adapter)))
            return GenerationResult::failed(
                makeError(ErrorCode::Internal, QStringLiteral("reference")));
        return model->generate(prompt, false, o);
    }
    SequenceId start(const QString& prompt, const QString& adapter, const GenerationOptions& o)
    {
        auto ids = m_engine->tokenize(prompt);
        auto id = m_engine->start({*ids, adapter, o});
        if (!id)
            qWarning() << id.error().message;
        return id ? *id : -1;
    }

private slots:
    void initTestCase()
    {
        auto base = fixtureFiles();
        QVERIFY(base.ok());
        m_base = *base;
        LoraSettings x;
        x.rank = 4;
        x.alpha = 8;
        x.targetModules = {"q_proj", "v_proj"};
        m_adapterX = randomAdapter(m_base, x, 11);
        LoraSettings y;
        y.rank = 8;
        y.alpha = 8;
        y.targetModules = LoraSettings::allTargets();
        m_adapterY = randomAdapter(m_base, y, 12);
        QVERIFY(!m_adapterX.isEmpty() && !m_adapterY.isEmpty());
        auto engine = ServingEngineImpl::load(m_base, false);
        QVERIFY2(engine.ok(), qPrintable(engine.error().message));
        m_engine = std::move(*engine);
        QVERIFY(m_engine->addAdapter("x", m_adapterX).ok());
        QVERIFY(m_engine->addAdapter("y", m_adapterY).ok());
        QCOMPARE(m_engine->adapters(), QStringList({"x", "y"}));
    }

    void singleRowsEqualGenerator_data()
    {
        QTest::addColumn<QString>("adapter");
        QTest::newRow("base") << QString();
        QTest::newRow("adapter x") << QStringLiteral("x");
        QTest::newRow("adapter y") << QStringLiteral("y");
    }
    void singleRowsEqualGenerator()
    {
        QFETCH(QString, adapter);
        GenerationOptions o;
        o.maxNewTokens = 16;
        const ModelFiles files = adapter.isEmpty() ? ModelFiles()
                                 : adapter == "x"  ? m_adapterX
                                                   : m_adapterY;
        const GenerationResult expected = reference("The quick brown fox", files, o);
        QVERIFY(!expected.error);
        const SequenceId id = start("The quick brown fox", adapter, o);
        const auto out = drain(*m_engine);
        QVERIFY(out.at(id).finished);
        QCOMPARE(out.at(id).result.tokenIds, expected.tokenIds);
        QCOMPARE(out.at(id).result.text, expected.text);
        QCOMPARE(out.at(id).streamed, expected.text);
        QCOMPARE(out.at(id).result.finishReason, FinishReason::Length);
        QCOMPARE(out.at(id).result.promptTokens, expected.promptTokens);
        if (!adapter.isEmpty()) // the adapter must matter, or this test would prove nothing
            QVERIFY(expected.tokenIds != reference("The quick brown fox", {}, o).tokenIds);
    }

    // A lone row with an adapter decodes on the batch-1 path (FastDecoder with the adapter's
    // update per projection): its logits must be the batched path's, step after step.
    void loneAdapterRowOnTheFastPathMatchesTheBatchedPath_data()
    {
        QTest::addColumn<QString>("adapter");
        QTest::newRow("q and v, rank 4") << QStringLiteral("x");
        QTest::newRow("every projection, rank 8") << QStringLiteral("y");
    }
    void loneAdapterRowOnTheFastPathMatchesTheBatchedPath()
    {
        QFETCH(QString, adapter);
        auto model = LanguageModel::load(m_base);
        QVERIFY(model.ok());
        Transformer base = model->internals().model;
        base->eval();
        torch::NoGradGuard noGrad;
        auto served = makeServingAdapter(adapter == "x" ? m_adapterX : m_adapterY, *base);
        QVERIFY2(served.ok(), served.ok() ? "" : qPrintable(served.error().message));
        const std::optional<FastLora> lora = fastLoraOf(**served);
        QVERIFY(lora);
        QVERIFY(FastWeights::supports(*base));
        FastDecoder fast(FastWeights::build(*base, WeightPrecision::F32));
        BatchedDecoder batched(base);
        const SingleAdapterDeltas deltas(**served);
        const std::vector<int64_t> tokens{5, 17, 3, 42, 8, 11, 29, 2};
        KvCache fastCache = base->makeCache(1, 16), batchedCache = base->makeCache(1, 16);
        const FastKvView view = FastKvView::of(fastCache);
        double worst = 0.0, scale = 0.0;
        for (size_t i = 0; i < tokens.size(); ++i) {
            const float* f = fast.step(int(tokens[i]), int64_t(i), view, true, &*lora);
            ++fastCache.length;
            const torch::Tensor b =
                batched.forward(torch::tensor({tokens[i]}).view({1, 1}), {&batchedCache}, &deltas)
                    .select(0, 0);
            const torch::Tensor ft =
                torch::from_blob(const_cast<float*>(f), {b.size(0)}, torch::kFloat32);
            worst = std::max(worst, (ft - b).abs().max().item<double>());
            scale = std::max(scale, b.abs().max().item<double>());
        }
        // The same sums in another order: rounding, not a missing or misplaced update.
        QVERIFY2(worst <= 1e-4 * std::max(1.0, scale),
                 qPrintable(QStringLiteral("max difference %1 at logits up to %2").arg(worst).arg(scale)));
        // And the adapter does change the logits on this path.
        FastDecoder plain(FastWeights::build(*base, WeightPrecision::F32));
        KvCache plainCache = base->makeCache(1, 16);
        const float* p = plain.step(int(tokens[0]), 0, FastKvView::of(plainCache), true);
        KvCache again = base->makeCache(1, 16);
        const float* a = fast.step(int(tokens[0]), 0, FastKvView::of(again), true, &*lora);
        double moved = 0.0;
        for (int64_t v = 0; v < base->config().vocabSize; ++v)
            moved = std::max(moved, double(std::abs(a[v] - p[v])));
        QVERIFY2(moved > 1e-3, qPrintable(QString::number(moved)));
    }

    // Rows join at different steps and mix the base, adapter x (twice) and adapter y.
    void continuousBatchEqualsSingleRuns()
    {
        struct Row
        {
            QString prompt, adapter;
            int joinsAt;
            int maxTokens;
        };
        const std::vector<Row> rows{{"The quick brown fox", "", 0, 12},
                                    {"Hi", "x", 0, 20},
                                    {"日本語", "y", 2, 9},
                                    {"Flywheel trains", "x", 3, 14},
                                    {"Grüße aus Köln", "", 5, 6},
                                    {"Привет", "y", 5, 11}};
        std::map<SequenceId, size_t> rowOf;
        const auto out = drain(*m_engine, [&](int step) {
            for (size_t i = 0; i < rows.size(); ++i)
                if (rows[i].joinsAt == step) {
                    GenerationOptions o;
                    o.maxNewTokens = rows[i].maxTokens;
                    rowOf[start(rows[i].prompt, rows[i].adapter, o)] = i;
                }
        });
        QCOMPARE(out.size(), rows.size());
        for (const auto& [id, i] : rowOf) {
            GenerationOptions o;
            o.maxNewTokens = rows[i].maxTokens;
            const ModelFiles files = rows[i].adapter.isEmpty() ? ModelFiles()
                                     : rows[i].adapter == "x"  ? m_adapterX
                                                               : m_adapterY;
            const GenerationResult expected = reference(rows[i].prompt, files, o);
            QVERIFY2(out.at(id).finished, qPrintable(rows[i].prompt));
            QCOMPARE(out.at(id).result.tokenIds, expected.tokenIds);
            QCOMPARE(out.at(id).streamed, expected.text);
        }
        QCOMPARE(m_engine->running(), 0);
    }

    void seedsArePerRow()
    {
        GenerationOptions a;
        a.maxNewTokens = 10;
        a.temperature = 1.0;
        a.seed = 42;
        GenerationOptions b = a;
        b.seed = 7;
        const SequenceId first = start("Hello", "x", a);
        const SequenceId other = start("Hello", "x", b);
        const auto out = drain(*m_engine);
        QCOMPARE(out.at(first).result.tokenIds, reference("Hello", m_adapterX, a).tokenIds);
        QCOMPARE(out.at(other).result.tokenIds, reference("Hello", m_adapterX, b).tokenIds);
        QVERIFY(out.at(first).result.tokenIds != out.at(other).result.tokenIds);
    }

    void stopStringsCutAndStream()
    {
        GenerationOptions o;
        o.maxNewTokens = 20;
        const GenerationResult full = reference("Hello", {}, o);
        QVERIFY(full.text.size() > 4);
        o.stopStrings = {full.text.mid(3, 2)};
        const GenerationResult expected = reference("Hello", {}, o);
        QCOMPARE(expected.finishReason, FinishReason::Stop);
        const SequenceId id = start("Hello", "", o);
        const auto out = drain(*m_engine);
        QCOMPARE(out.at(id).result.finishReason, FinishReason::Stop);
        QCOMPARE(out.at(id).result.text, expected.text);
        QCOMPARE(out.at(id).streamed, expected.text);
    }

    // The text is decoded without special tokens, so a stop string naming one (a chat format's
    // turn marker, as the node passes endOfTurn()) has to stop at the token itself.
    void stopStringNamingASpecialTokenStops()
    {
        auto model = LanguageModel::load(m_base);
        QVERIFY(model.ok());
        const auto tokenizer = model->tokenizer();
        int special = -1; // one that is not EOS, which stops anyway
        for (int id = 0; id < tokenizer->vocabSize() && special < 0; ++id)
            if (tokenizer->isSpecial(id) && id != tokenizer->eosId())
                special = id;
        QVERIFY(special >= 0);
        GenerationOptions o;
        o.stopStrings = {tokenizer->tokenText(special)};
        SequenceProgress p({1, 2}, o, tokenizer);
        p.accept(tokenizer->encode("hello").front());
        QVERIFY(!p.done());
        p.accept(special);
        QVERIFY(p.done());
        QCOMPARE(p.result().finishReason, FinishReason::Stop);
        QCOMPARE(p.generated(), 1);
    }

    // Every sequence reports the step of its first token, text or not (a server starts its
    // stream there), and only that step.
    void eachSequenceReportsItsFirstTokenOnce()
    {
        GenerationOptions o;
        o.maxNewTokens = 4;
        const SequenceId a = start("Hello", "x", o);
        const SequenceId b = start("Hi", "", o);
        std::map<SequenceId, int> firsts;
        for (int step = 0; step < 4; ++step)
            for (const SequenceEvent& e : m_engine->step())
                if (e.firstToken) {
                    QCOMPARE(step, 0);
                    ++firsts[e.id];
                }
        QCOMPARE(firsts, (std::map<SequenceId, int>{{a, 1}, {b, 1}}));
        drain(*m_engine);
        QCOMPARE(m_engine->running(), 0);
    }

    void cancelEndsAtNextStep()
    {
        GenerationOptions o;
        o.maxNewTokens = 50;
        const SequenceId id = start("Hello", "y", o);
        const SequenceId other = start("Hi", "", o);
        m_engine->step();
        m_engine->step();
        m_engine->cancel(id);
        bool cancelled = false;
        for (SequenceEvent& e : m_engine->step())
            if (e.id == id) {
                QVERIFY(e.finished);
                QCOMPARE(e.result.finishReason, FinishReason::Cancelled);
                QCOMPARE(e.result.tokenIds.size(), size_t(2));
                cancelled = true;
            }
        QVERIFY(cancelled);
        QCOMPARE(m_engine->running(), 1);
        QVERIFY(!m_engine->adapterInUse("y"));
        m_engine->cancel(other);
        drain(*m_engine);
        QCOMPARE(m_engine->running(), 0);
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<std::vector<int>>("prompt");
        QTest::addColumn<QString>("adapter");
        QTest::addColumn<int>("maxTokens");
        QTest::addColumn<QString>("message");
        const int context = FixtureOptions::tinyConfig().maxSeqLen;
        QTest::newRow("unknown adapter") << std::vector<int>{1, 2} << "nope" << 4 << "nope";
        QTest::newRow("prompt too long")
            << std::vector<int>(size_t(context) + 1, 3) << "" << 4 << "context length";
        QTest::newRow("token id outside")
            << std::vector<int>{1, 1 << 20} << "x" << 4 << "vocabulary";
        QTest::newRow("negative token id") << std::vector<int>{-1} << "" << 4 << "vocabulary";
        QTest::newRow("max tokens over context")
            << std::vector<int>{1} << "" << context + 1 << "max tokens";
        QTest::newRow("empty prompt") << std::vector<int>{} << "" << 4 << "empty";
    }
    void badRequestsAreRefused()
    {
        QFETCH(std::vector<int>, prompt);
        QFETCH(QString, adapter);
        QFETCH(int, maxTokens);
        QFETCH(QString, message);
        GenerationOptions o;
        o.maxNewTokens = maxTokens;
        auto id = m_engine->start({prompt, adapter, o});
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(m_engine->running(), 0);
    }

    // With int8 weights every row decodes alone, an adapter's row too (its update in F32): the
    // adapter must still change the answer, and the answer stays near F32's (printed).
    void int8RowsKeepTheirAdapters()
    {
        auto engine = ServingEngineImpl::load(m_base, false);
        QVERIFY(engine.ok());
        QVERIFY((*engine)->addAdapter("y", m_adapterY).ok());
        QVERIFY((*engine)->setInt8Weights(true).ok());
        GenerationOptions o;
        o.maxNewTokens = 16;
        auto ids = (*engine)->tokenize(QStringLiteral("The quick brown fox"));
        QVERIFY(ids.ok());
        const auto base = (*engine)->start({*ids, QString(), o});
        const auto adapted = (*engine)->start({*ids, QStringLiteral("y"), o});
        QVERIFY(base.ok() && adapted.ok());
        const auto out = drain(**engine);
        const std::vector<int>& withAdapter = out.at(*adapted).result.tokenIds;
        QCOMPARE(int(withAdapter.size()), 16);
        QVERIFY(withAdapter != out.at(*base).result.tokenIds);
        const std::vector<int> f32 = reference("The quick brown fox", m_adapterY, o).tokenIds;
        const auto diverge = std::mismatch(f32.begin(), f32.end(), withAdapter.begin(), withAdapter.end());
        qInfo("int8 with adapter y: %d of %d tokens before the first difference from F32",
              int(diverge.first - f32.begin()), int(f32.size()));
    }

    void adapterInUseCannotBeRemoved()
    {
        QVERIFY(m_engine->addAdapter("z", m_adapterX).ok());
        QVERIFY(!m_engine->addAdapter("z", m_adapterX).ok()); // the name is taken
        GenerationOptions o;
        o.maxNewTokens = 3;
        start("Hello", "z", o);
        QVERIFY(m_engine->adapterInUse("z"));
        QVERIFY(!m_engine->removeAdapter("z"));
        drain(*m_engine);
        QVERIFY(!m_engine->adapterInUse("z"));
        QVERIFY(m_engine->removeAdapter("z"));
        QVERIFY(!m_engine->adapters().contains("z"));
    }

    void adaptersThatDoNotFitAreRefused_data()
    {
        QTest::addColumn<QString>("tensor"); // replaced by a (4 x 32) tensor; empty: none
        QTest::addColumn<QString>("target"); // replaces the target modules; empty: kept
        QTest::addColumn<QString>("message");
        QTest::newRow("A of another width")
            << "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight"
            << ""
            << "(4 x 32); this base needs (4 x 64)";
        QTest::newRow("weight of no target")
            << "base_model.model.model.layers.1.mlp.up_proj.lora_A.weight"
            << ""
            << "belongs to no target module";
        QTest::newRow("unknown target") << ""
                                        << "qkv"
                                        << "qkv";
    }
    void adaptersThatDoNotFitAreRefused()
    {
        QFETCH(QString, tensor);
        QFETCH(QString, target);
        QFETCH(QString, message);
        ModelFiles files = m_adapterX;
        if (!tensor.isEmpty()) {
            auto weights = parseSafetensors(files.value("adapter_model.safetensors"),
                                            "adapter_model.safetensors");
            QVERIFY(weights.ok());
            (*weights)[tensor.toStdString()] = torch::zeros({4, 32});
            files.insert("adapter_model.safetensors", *safetensorsBytes(*weights));
        }
        if (!target.isEmpty()) {
            QJsonObject config =
                QJsonDocument::fromJson(files.value("adapter_config.json")).object();
            config["target_modules"] = QJsonArray{"q_proj", "v_proj", target};
            files.insert("adapter_config.json", QJsonDocument(config).toJson());
        }
        const Status added = m_engine->addAdapter("bad", files);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QVERIFY(!m_engine->adapters().contains("bad"));
    }
};

QTEST_GUILESS_MAIN(ServingTest)
#include "serving_test.moc"
