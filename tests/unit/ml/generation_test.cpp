// Generation: cached decoding equals full recompute, batches equal single runs, sampling knobs,
// stop strings, streaming and cancellation; limits checked before work; the engine's exception
// barrier.
#include "ml/ExceptionBarrier.h"
#include "ml/FixtureCheckpoint.h"
#include "ml/Generator.h"
#include "ml/LanguageModel.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::ml;

class GenerationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<LanguageModel> m_model;

private slots:
    void initTestCase()
    {
        QVERIFY(writeFixtureCheckpoint(m_dir.path()).ok());
        auto lm = LanguageModel::load(m_dir.path());
        QVERIFY2(lm.ok(), qPrintable(lm.error().message));
        m_model.emplace(std::move(*lm));
    }
    void cachedDecodeEqualsFullRecompute()
    {
        torch::manual_seed(5);
        Transformer m(FixtureOptions::tinyConfig());
        torch::NoGradGuard g;
        const auto tokens = torch::randint(0, m->config().vocabSize, {2, 12}, torch::kLong);
        const auto full = m->forward(tokens); // (2, 12, V)
        KvCache cache = m->makeCache(2, 12);
        std::vector<torch::Tensor> steps{m->forward(tokens.narrow(1, 0, 5), &cache)};
        for (int t = 5; t < 12; ++t)
            steps.push_back(m->forward(tokens.narrow(1, t, 1), &cache));
        const auto cached = torch::cat(steps, 1);
        QCOMPARE(cache.length, int64_t(12));
        QVERIFY2(torch::allclose(cached, full, 1e-5, 1e-5), qPrintable(QString::number((cached - full).abs().max().item<double>())));
    }
    void leftPaddedBatchEqualsSingleRun()
    {
        torch::manual_seed(6);
        Transformer m(FixtureOptions::tinyConfig());
        torch::NoGradGuard g;
        const auto seq = torch::randint(0, m->config().vocabSize, {1, 4}, torch::kLong);
        const auto alone = m->forward(seq).select(1, -1);
        auto padded = torch::cat({torch::zeros({1, 3}, torch::kLong), seq}, 1);
        auto valid = torch::cat({torch::zeros({1, 3}, torch::kBool), torch::ones({1, 4}, torch::kBool)}, 1);
        KvCache cache = m->makeCache(1, 8);
        const auto batched = m->forward(padded, &cache, valid).select(1, -1);
        QVERIFY(torch::allclose(alone, batched, 1e-5, 1e-5));
        const auto next = torch::tensor({{7}}, torch::kLong);
        const auto aloneNext = m->forward(torch::cat({seq, next}, 1)).select(1, -1);
        QVERIFY(torch::allclose(aloneNext, m->forward(next, &cache).select(1, -1), 1e-5, 1e-5));
    }
    void samplingKnobs()
    {
        const auto logits = torch::tensor({1.0f, 3.0f, 2.0f, 0.5f});
        at::Generator rng = at::detail::createCPUGenerator(1);
        GenerationOptions greedy;
        QCOMPARE(Generator::sample(logits, {}, greedy, rng), int64_t(1));
        GenerationOptions penalised;
        penalised.repetitionPenalty = 2.0; // 3/2 = 1.5 < 2: token 2 wins once 1 was seen
        QCOMPARE(Generator::sample(logits, {1}, penalised, rng), int64_t(2));
        GenerationOptions topK;
        topK.temperature = 5.0;
        topK.topK = 1;
        GenerationOptions topP;
        topP.temperature = 1.0;
        topP.topP = 0.5; // token 1 alone holds more than half of the mass
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(Generator::sample(logits, {}, topK, rng), int64_t(1));
            QCOMPARE(Generator::sample(logits, {}, topP, rng), int64_t(1));
        }
        GenerationOptions hot;
        hot.temperature = 100.0;
        std::set<int64_t> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(Generator::sample(logits, {}, hot, rng));
        QCOMPARE(seen.size(), size_t(4));
    }
    void seedsReproduceAndGreedyIsDeterministic()
    {
        GenerationOptions o;
        o.maxNewTokens = 12;
        o.temperature = 1.0;
        o.seed = 42;
        const auto a = m_model->generate("Hello", false, o);
        const auto b = m_model->generate("Hello", false, o);
        QCOMPARE(a.tokenIds, b.tokenIds);
        QCOMPARE(a.tokenIds.size(), size_t(12));
        QCOMPARE(a.finishReason, FinishReason::Length);
        o.seed = 43;
        QVERIFY(m_model->generate("Hello", false, o).tokenIds != a.tokenIds);
        GenerationOptions greedy;
        greedy.maxNewTokens = 8;
        QCOMPARE(m_model->generate("Hello", false, greedy).tokenIds, m_model->generate("Hello", false, greedy).tokenIds);
    }
    void batchedGenerationMatchesOneByOne()
    {
        GenerationOptions o;
        o.maxNewTokens = 6;
        const QStringList prompts{"The quick brown fox", "Hi", "日本語"};
        const auto batch = m_model->generateBatch(prompts, false, o);
        QCOMPARE(batch.size(), size_t(3));
        for (int i = 0; i < prompts.size(); ++i)
            QCOMPARE(batch[size_t(i)].tokenIds, m_model->generate(prompts[i], false, o).tokenIds);
    }
    void stopStringsAndStreaming()
    {
        GenerationOptions o;
        o.maxNewTokens = 20;
        const auto full = m_model->generate("Hello", false, o);
        QVERIFY(full.text.size() > 3);
        o.stopStrings = {full.text.mid(2, 2)};
        QString streamed;
        const auto cut = m_model->generate("Hello", false, o, [&](int, const QString& delta) {
            streamed += delta;
            return true;
        });
        QCOMPARE(cut.finishReason, FinishReason::Stop);
        QVERIFY(!cut.text.contains(o.stopStrings.first()));
        QVERIFY(full.text.startsWith(cut.text));
        QCOMPARE(streamed, cut.text);
    }
    void cancellation()
    {
        GenerationOptions o;
        o.maxNewTokens = 50;
        int calls = 0;
        const auto r = m_model->generate("Hello", false, o, [&](int, const QString&) { return ++calls < 3; });
        QCOMPARE(r.finishReason, FinishReason::Cancelled);
        QVERIFY(r.tokenIds.size() < 50);
        std::atomic_bool cancel{true};
        const auto none = m_model->generate("Hello", false, o, {}, &cancel);
        QCOMPARE(none.finishReason, FinishReason::Cancelled);
        QVERIFY(none.tokenIds.empty());
    }
    void chatPromptsUseTheTemplate()
    {
        const auto ids = m_model->promptIds("Hi", true);
        QCOMPARE(m_model->tokenizer()->decode(ids), QStringLiteral("<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"));
        QCOMPARE(m_model->tokenize("Hi<|im_end|>").back(), m_model->tokenizer()->tokenId("<|im_end|>"));
    }

    // A conversation of one user turn is the chat prompt; later turns and a system prompt change it.
    void conversationsContinueTheChat()
    {
        GenerationOptions greedy;
        greedy.maxNewTokens = 6;
        const GenerationResult single = m_model->generate("Hi", true, greedy);
        const GenerationResult asConversation = m_model->generateChat({{"user", "Hi"}}, greedy);
        QCOMPARE(asConversation.tokenIds, single.tokenIds);
        QCOMPARE(asConversation.promptTokens, single.promptTokens);
        const GenerationResult longer =
            m_model->generateChat({{"system", "Be brief."}, {"user", "Hi"}, {"assistant", "Hello"}, {"user", "More"}},
                                  greedy);
        QVERIFY(longer.promptTokens > single.promptTokens);
    }

    // The KV cache is sized up front from these: they are refused before anything is allocated.
    void refusesWhatWouldOutgrowTheModel_data()
    {
        QTest::addColumn<int>("prompts");
        QTest::addColumn<int>("promptLength");
        QTest::addColumn<int>("tokenId");
        QTest::addColumn<int>("maxNewTokens");
        QTest::addColumn<QString>("expected"); // in the error message

        const ModelConfig c = FixtureOptions::tinyConfig(); // a context of 128 tokens
        QTest::newRow("two billion tokens")
            << 1 << 3 << 5 << 2000000000 << "max tokens is 2000000000";
        QTest::newRow("past the context")
            << 1 << 3 << 5 << c.maxSeqLen + 1 << "from 0 to 128, the model's context";
        QTest::newRow("negative budget") << 1 << 3 << 5 << -1 << "max tokens is -1";
        QTest::newRow("prompt past the context")
            << 1 << c.maxSeqLen + 1 << 5 << 4 << "prompt 1 has 129 tokens";
        QTest::newRow("id past the vocabulary")
            << 2 << 3 << c.vocabSize << 4
            << QStringLiteral("token id %1, outside").arg(c.vocabSize);
        QTest::newRow("negative id") << 1 << 3 << -7 << 4 << "token id -7";
        QTest::newRow("too many prompts")
            << 257 << 3 << 5 << 4 << "257 prompts at once; at most 256";
    }
    void refusesWhatWouldOutgrowTheModel()
    {
        QFETCH(int, prompts);
        QFETCH(int, promptLength);
        QFETCH(int, tokenId);
        QFETCH(int, maxNewTokens);
        QFETCH(QString, expected);
        Generator generator(Transformer(FixtureOptions::tinyConfig()), m_model->tokenizer());
        GenerationOptions o;
        o.maxNewTokens = maxNewTokens;
        const std::vector<GenerationResult> results = generator.generate(
            std::vector<std::vector<int>>(size_t(prompts),
                                          std::vector<int>(size_t(promptLength), tokenId)),
            o);
        QCOMPARE(results.size(), size_t(prompts));
        for (const GenerationResult& r : results) {
            QVERIFY(r.error.has_value());
            QCOMPARE(r.error->code, fw::ErrorCode::InvalidArgument);
            QVERIFY2(r.error->message.contains(expected), qPrintable(r.error->message));
            QVERIFY(r.tokenIds.empty());
        }
    }
    void aFullContextEndsTheAnswer()
    {
        GenerationOptions o;
        o.maxNewTokens =
            FixtureOptions::tinyConfig().maxSeqLen; // allowed, but the prompt takes room too
        const GenerationResult r = m_model->generate("Hello there, how are you", false, o);
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QVERIFY(r.promptTokens > 1);
        QVERIFY(r.tokenIds.size() <= size_t(o.maxNewTokens - r.promptTokens + 1));
    }

    void exceptionBarrierReturnsErrors()
    {
        const fw::Status shape = guarded([]() -> fw::Status {
            TORCH_CHECK(false, "shape mismatch in a test");
            return {};
        });
        QVERIFY(!shape.ok());
        QCOMPARE(shape.error().code, fw::ErrorCode::Internal);
        // c10::Error's backtrace stays out: one line, for people.
        QCOMPARE(shape.error().message,
                 QStringLiteral("The ML engine failed: shape mismatch in a test"));
        const fw::Result<int> memory = guarded([]() -> fw::Result<int> { throw std::bad_alloc(); });
        QVERIFY(!memory.ok());
        QVERIFY2(memory.error().message.contains("out of memory"),
                 qPrintable(memory.error().message));
        const fw::Result<int> odd = guarded([]() -> fw::Result<int> { throw 42; });
        QVERIFY(odd.error().message.contains("unknown exception"));
        // A real torch failure: allocating far more than any machine has.
        const GenerationResult huge = guarded(
            [] {
                const torch::Tensor t = torch::empty({int64_t(1) << 50}, torch::kFloat32);
                GenerationResult r;
                r.promptTokens = int(t.size(0));
                return r;
            },
            GenerationResult::failed);
        QVERIFY(huge.error.has_value());
        QVERIFY2(!huge.error->message.contains('\n'), qPrintable(huge.error->message));
        QCOMPARE(guarded([] { return fw::Result<int>(7); }).value(), 7);
    }
};

QTEST_GUILESS_MAIN(GenerationTest)
#include "generation_test.moc"
