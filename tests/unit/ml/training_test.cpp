// Training: SFT rows mask prompts, the held-out split is one function, schedule shape, seeds reproduce,
// a from-scratch model learns its examples, the job reports and obeys pause/resume/cancel.
#include "ml/FixtureCheckpoint.h"
#include "ml/HfCheckpoint.h"
#include "ml/LanguageModel.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/LoraAdapter.h"
#include "ml/MemoryEstimate.h"
#include "ml/Trainer.h"
#include "ml/TrainingJob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::ml;
using fw::ModelFiles;

namespace {

std::vector<SftExample> demoExamples()
{
    return {{"What is the capital of France?", "Paris.", {}},
            {"Add 2 and 3.", "5", {}},
            {"Say hello in Spanish.", "Hola!", {}},
            {"What colour is the sky?", "Blue.", {}},
            {"Name a fruit.", "An apple.", {}},
            {"Who wrote Hamlet?", "Shakespeare.", {}},
            {"Reverse the word cat.", "tac", {}},
            {"What is ice made of?", "Water.", {}}};
}

TrainingConfig smallRun()
{
    TrainingConfig c;
    c.steps = 6;
    c.batchSize = 2;
    c.seqLen = 32;
    c.learningRate = 1e-3;
    c.warmupSteps = 2;
    c.evalFraction = 0.25;
    c.threads = 1; // on a busy 2-core machine one thread is several times faster than two
    return c;
}

// Losses of `steps` steps of a fresh fixture-sized run; optionally resumed from / saved to a checkpoint.
std::vector<double> runSteps(const LanguageModel& base, const TrainingConfig& cfg, int steps,
                             bool lora, const QByteArray& resumeFrom = {},
                             QByteArray* saveTo = nullptr)
{
    torch::manual_seed(99);
    Transformer model(base.config());
    {
        auto src = hfStateDict(base.internals().model);
        (void)loadHfStateDict(model, src);
    }
    if (lora)
        (void)attachLora(model, cfg.lora);
    const auto data = *SftDataset::build(demoExamples(), *base.tokenizer(), base.chatTemplate(), cfg);
    RowBatches batches(data.train(), cfg.batchSize, cfg.seed, torch::kCPU);
    SftObjective objective(model);
    Trainer trainer(objective, batches, nullptr, cfg, 8);
    if (!resumeFrom.isEmpty() && !trainer.loadCheckpoint(resumeFrom).ok())
        return {};
    std::vector<double> losses;
    for (int i = 0; i < steps; ++i)
        losses.push_back(trainer.step()->loss);
    if (saveTo) {
        auto saved = trainer.saveCheckpoint();
        if (!saved)
            return {};
        *saveTo = *saved;
    }
    return losses;
}

} // namespace

class TrainingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<LanguageModel> m_fixture;

private slots:
    void initTestCase()
    {
        QVERIFY(writeFixtureCheckpoint(m_dir.filePath("fixture")).ok());
        auto lm = LanguageModel::load(m_dir.filePath("fixture"));
        QVERIFY(lm.ok());
        m_fixture.emplace(std::move(*lm));
    }
    void sftRowsTakeLossOnResponsesOnly()
    {
        const Tokenizer& tok = *m_fixture->tokenizer();
        const auto [ids, isResponse] = SftDataset::encodeExample({"Hi", "Hello!", {}}, tok, m_fixture->chatTemplate());
        QCOMPARE(tok.decode(ids), QStringLiteral("<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\nHello!<|im_end|>\n"));
        std::vector<int> response;
        for (size_t i = 0; i < ids.size(); ++i)
            if (isResponse[i])
                response.push_back(ids[i]);
        QCOMPARE(tok.decode(response), QStringLiteral("Hello!<|im_end|>\n"));
        TrainingConfig cfg = smallRun();
        cfg.evalFraction = 0.25;
        cfg.packing = false;
        auto data = SftDataset::build(demoExamples(), tok, m_fixture->chatTemplate(), cfg);
        QVERIFY(data.ok());
        QCOMPARE(data->train().size(), size_t(6));
        QCOMPARE(data->eval().size(), size_t(2));
        for (const TokenRow& row : data->train()) {
            QCOMPARE(row.inputs.size(), size_t(32));
            for (size_t i = 0; i + 1 < row.inputs.size(); ++i)
                if (row.targets[i] != SftDataset::kIgnore)
                    QCOMPARE(row.targets[i], row.inputs[i + 1]); // next-token targets
        }
        cfg.packing = true;
        cfg.evalFraction = 0.0;
        auto packed = SftDataset::build(demoExamples(), tok, m_fixture->chatTemplate(), cfg);
        size_t streamTokens = 0;
        for (const SftExample& e : demoExamples())
            streamTokens += SftDataset::encodeExample(e, tok, m_fixture->chatTemplate()).first.size();
        QCOMPARE(packed->train().size(), (streamTokens - 1 + 31) / 32); // every token lands in a row
        int64_t targets = 0;
        for (const TokenRow& row : packed->train())
            targets += std::count_if(row.targets.begin(), row.targets.end(), [](int t) { return t != SftDataset::kIgnore; });
        QCOMPARE(targets, packed->responseTokens()); // and every response token is a target once
        QVERIFY(!SftDataset::build({}, tok, m_fixture->chatTemplate(), cfg).ok());
    }
    // The split evaluation rebuilds after a run (models::EvalSet) must be the one training held out.
    void heldOutSplitIsWhatSftDatasetEvaluatesOn_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("a quarter") << 0.25 << quint64(1234);
        QTest::newRow("a tenth, another seed") << 0.1 << quint64(7);
        QTest::newRow("a half") << 0.5 << quint64(42);
        QTest::newRow("nothing") << 0.0 << quint64(1234);
    }
    void heldOutSplitIsWhatSftDatasetEvaluatesOn()
    {
        QFETCH(double, fraction);
        QFETCH(quint64, seed);
        const Tokenizer& tok = *m_fixture->tokenizer();
        const std::vector<SftExample> examples = demoExamples();
        TrainingConfig cfg = smallRun();
        cfg.packing = false; // one row per example, in the order the split lists them
        cfg.evalFraction = fraction;
        cfg.seed = seed;
        const ExampleSplit split = splitExamples(examples.size(), cfg);
        QCOMPARE(split.eval.size(), size_t(std::ceil(fraction * double(examples.size()))));
        std::vector<size_t> all = split.eval;
        all.insert(all.end(), split.train.begin(), split.train.end());
        std::sort(all.begin(), all.end());
        for (size_t i = 0; i < all.size(); ++i)
            QCOMPARE(all[i], i); // every example lands on exactly one side

        const auto data = SftDataset::build(examples, tok, m_fixture->chatTemplate(), cfg);
        QVERIFY(data.ok());
        for (const auto& [rows, picked] : {std::pair{&data->eval(), &split.eval}, std::pair{&data->train(), &split.train}}) {
            QCOMPARE(rows->size(), picked->size());
            for (size_t k = 0; k < picked->size(); ++k) {
                std::vector<int> ids = SftDataset::encodeExample(examples[(*picked)[k]], tok, m_fixture->chatTemplate()).first;
                ids.resize(std::min(ids.size(), size_t(cfg.seqLen)));
                QVERIFY(std::equal(ids.begin(), ids.end(), (*rows)[k].inputs.begin()));
            }
        }
    }
    // Unpacked rows are padded to seq_len; a batch keeps only the columns up to its last target, and
    // its loss is the one of the full-width batch.
    void batchesStopAtTheLongestRow()
    {
        TrainingConfig cfg = smallRun();
        cfg.packing = false;
        cfg.seqLen = 128;
        const auto data = SftDataset::build(demoExamples(), *m_fixture->tokenizer(), m_fixture->chatTemplate(), cfg);
        QVERIFY(data.ok());
        QVERIFY(data->train().size() >= 4);
        std::vector<const TokenRow*> rows;
        int64_t longest = 0;
        for (size_t i = 0; i < 4; ++i) {
            const TokenRow& row = data->train()[i];
            rows.push_back(&row);
            for (int64_t t = 0; t < int64_t(row.targets.size()); ++t)
                if (row.targets[size_t(t)] != SftDataset::kIgnore)
                    longest = std::max(longest, t + 1);
        }
        const int64_t kept = RowBatches::trimmedLength(rows);
        QCOMPARE(kept, longest);
        QVERIFY2(kept < cfg.seqLen, qPrintable(QString::number(kept)));
        const auto tensors = [&rows](int64_t width) {
            std::vector<int64_t> in, tg;
            for (const TokenRow* r : rows) {
                in.insert(in.end(), r->inputs.begin(), r->inputs.begin() + width);
                tg.insert(tg.end(), r->targets.begin(), r->targets.begin() + width);
            }
            Batch b;
            b.inputs = torch::tensor(in, torch::kLong).view({int64_t(rows.size()), width});
            b.targets = torch::tensor(tg, torch::kLong).view({int64_t(rows.size()), width});
            return b;
        };
        torch::manual_seed(3);
        Transformer model(m_fixture->config());
        SftObjective objective(model);
        objective.setTraining(false);
        torch::NoGradGuard noGrad;
        const double full = objective.loss(tensors(cfg.seqLen)).item<double>();
        const double trimmed = objective.loss(tensors(kept)).item<double>();
        QVERIFY2(std::abs(full - trimmed) <= 1e-5 * std::abs(full), qPrintable(QStringLiteral("%1 vs %2").arg(full).arg(trimmed)));
        // RowBatches hands out such batches, and counts the tokens it kept.
        RowBatches batches(data->train(), 4, cfg.seed, torch::kCPU);
        for (int64_t i = 0; i < 3; ++i) {
            const Batch b = batches.batch(i);
            QVERIFY(b.inputs.size(1) <= cfg.seqLen);
            QCOMPARE(b.tokens, 4 * b.inputs.size(1));
            QVERIFY((b.targets.select(1, b.inputs.size(1) - 1) != SftDataset::kIgnore).any().item<bool>());
        }
    }
    void heldOutSplitKeepsATrainingExample()
    {
        TrainingConfig cfg;
        cfg.evalFraction = 0.9;
        QVERIFY(splitExamples(0, cfg).train.empty());
        QCOMPARE(splitExamples(1, cfg).train.size(), size_t(1)); // too few to spare one
        QCOMPARE(splitExamples(1, cfg).eval.size(), size_t(0));
        QCOMPARE(splitExamples(2, cfg).eval.size(), size_t(1));
        QCOMPARE(splitExamples(10, cfg).eval.size(), size_t(9));
        QCOMPARE(splitExamples(10, cfg).eval, splitExamples(10, cfg).eval); // deterministic
        TrainingConfig other = cfg;
        other.seed = cfg.seed + 1;
        QVERIFY(splitExamples(100, other).eval != splitExamples(100, cfg).eval);
    }
    void learningRateWarmsUpThenDecays()
    {
        TrainingConfig cfg = smallRun();
        cfg.warmupSteps = 4;
        cfg.learningRate = 1.0;
        cfg.minLrRatio = 0.1;
        const auto data = *SftDataset::build(demoExamples(), *m_fixture->tokenizer(), m_fixture->chatTemplate(), cfg);
        RowBatches batches(data.train(), 2, 1, torch::kCPU);
        Transformer model(m_fixture->config());
        SftObjective objective(model);
        Trainer trainer(objective, batches, nullptr, cfg, 20);
        QCOMPARE(trainer.learningRate(0), 0.25);
        QCOMPARE(trainer.learningRate(3), 1.0);
        QVERIFY(trainer.learningRate(10) < 1.0 && trainer.learningRate(10) > 0.1);
        QVERIFY(std::abs(trainer.learningRate(19) - 0.1) < 1e-12);
    }
    void sameSeedSameLosses()
    {
        TrainingConfig cfg = smallRun();
        const auto a = runSteps(*m_fixture, cfg, 4, false);
        const auto b = runSteps(*m_fixture, cfg, 4, false);
        QCOMPARE(a.size(), size_t(4));
        QCOMPARE(a, b);
        QVERIFY(a.back() < a.front());
    }
    void resumeEqualsUninterrupted()
    {
        TrainingConfig cfg = smallRun();
        cfg.lora.rank = 4;
        cfg.lora.dropout = 0.2; // dropout draws random numbers: the RNG state must be restored too
        cfg.gradAccum = 2;
        const auto straight = runSteps(*m_fixture, cfg, 6, true);
        QByteArray ckpt;
        const auto first = runSteps(*m_fixture, cfg, 3, true, {}, &ckpt);
        QVERIFY(!ckpt.isEmpty());
        const auto second = runSteps(*m_fixture, cfg, 3, true, ckpt);
        QCOMPARE(first.size() + second.size(), size_t(6));
        std::vector<double> resumed = first;
        resumed.insert(resumed.end(), second.begin(), second.end());
        QCOMPARE(resumed, straight);
        Transformer model(m_fixture->config());
        SftObjective objective(model);
        const auto data = *SftDataset::build(demoExamples(), *m_fixture->tokenizer(), m_fixture->chatTemplate(), cfg);
        RowBatches batches(data.train(), 2, 1, torch::kCPU);
        Trainer trainer(objective, batches, nullptr, cfg, 8);
        // A truncated or empty buffer is a clear error, not a crash.
        for (const QByteArray& cut : {ckpt.left(100), ckpt.left(ckpt.size() / 2), QByteArray()}) {
            auto loaded = trainer.loadCheckpoint(cut);
            QVERIFY(!loaded.ok());
            QVERIFY(loaded.error().message.contains("checkpoint"));
        }
    }
    void memoryEstimate()
    {
        const ModelConfig micro = *ModelConfig::preset("micro");
        TrainingConfig full = smallRun();
        const MemoryEstimate f = MemoryEstimate::forTraining(micro, full);
        QCOMPARE(f.weights, micro.parameterCount() * 4);
        QCOMPARE(f.optimizer, 2 * f.gradients);
        TrainingConfig lora = full;
        lora.method = TrainingConfig::Method::Lora;
        const MemoryEstimate l = MemoryEstimate::forTraining(micro, lora);
        QVERIFY(l.gradients < f.gradients / 10);
        Transformer model(micro);
        QCOMPARE(int64_t(model->attachLora(lora.lora.targetModules, lora.lora.rank, 1.0, 0.0)) > 0, true);
        int64_t loraParams = 0;
        for (const auto& p : model->parameters())
            if (p.requires_grad())
                loraParams += p.numel();
        QCOMPARE(MemoryEstimate::loraParameters(micro, lora.lora), loraParams);
        full.batchSize *= 2;
        QVERIFY(MemoryEstimate::forTraining(micro, full).activations > f.activations);
    }
    void fromScratchModelLearnsItsExamples()
    {
        TrainingRequest request;
        request.base = QStringLiteral("nano");
        request.examples = demoExamples();
        request.config.steps = 120;
        request.config.batchSize = 4;
        request.config.seqLen = 64;
        request.config.learningRate = 3e-3;
        request.config.warmupSteps = 10;
        request.config.evalFraction = 0.0;
        request.config.threads = 1;
        // Whole examples from position 0, as at generation time: packed rows would let the model
        // predict an answer from the example before it in the stream instead of from its question.
        request.config.packing = false;
        int reports = 0;
        auto summary = runTraining(request, [&](const TrainingProgress& p) {
            ++reports;
            QVERIFY(p.step == reports && p.totalSteps == 120 && p.tokensPerSecond > 0);
        });
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        QCOMPARE(reports, 120);
        QVERIFY(summary->finalLoss < 0.1);
        QVERIFY(summary->output.contains("tokenizer.json") &&
                summary->output.contains("model.safetensors"));
        auto lm = LanguageModel::load(summary->output);
        QVERIFY2(lm.ok(), qPrintable(lm.error().message));
        GenerationOptions greedy;
        greedy.maxNewTokens = 16;
        for (const SftExample& e : demoExamples()) {
            const auto r = lm->generate(e.prompt, /*chat=*/true, greedy);
            QCOMPARE(r.text, e.response);
            QCOMPARE(r.finishReason, FinishReason::Stop);
        }
    }
    void loraRunLeavesBaseAndWritesPeft()
    {
        TrainingRequest request;
        request.base = QStringLiteral("fixture");
        request.baseFiles = *ModelFiles::readFolder(m_dir.filePath("fixture"));
        QList<int> checkpointSteps;
        request.onCheckpoint = [&](int step, const QByteArray& checkpoint) {
            QVERIFY(!checkpoint.isEmpty());
            checkpointSteps << step;
        };
        request.examples = demoExamples();
        request.config = smallRun();
        request.config.method = TrainingConfig::Method::Lora;
        request.config.checkpointEvery = 2;
        request.config.evalEvery = 2;
        auto summary = runTraining(request);
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        QVERIFY(summary->evalLoss > 0 && summary->perplexity > 1);
        QCOMPARE(summary->output.names(),
                 QStringList({"adapter_config.json", "adapter_model.safetensors"}));
        QCOMPARE(checkpointSteps, QList<int>({2, 4, 6}));
        auto base = LanguageModel::load(m_dir.filePath("fixture"));
        auto weights = hfStateDict(base->internals().model);
        for (const auto& [k, v] : hfStateDict(m_fixture->internals().model))
            QVERIFY(torch::equal(v, weights.at(k)));
        // Through the facade: attach, generate, export again, merge into an HF model.
        GenerationOptions greedy;
        greedy.maxNewTokens = 5;
        QVERIFY(!base->hasAdapter());
        QVERIFY(!base->saveAdapter("x").ok());
        QVERIFY(base->loadAdapter(summary->output).ok());
        QVERIFY(base->hasAdapter());
        QVERIFY(!base->loadAdapter(summary->output).ok());
        const auto adapted = base->generate("Name a fruit.", true, greedy).tokenIds;
        auto again = base->saveAdapter("fixture");
        QVERIFY(again.ok());
        QCOMPARE(again->value("adapter_model.safetensors"),
                 summary->output.value("adapter_model.safetensors"));
        base->mergeAdapter();
        QVERIFY(!base->hasAdapter());
        QCOMPARE(base->generate("Name a fruit.", true, greedy).tokenIds, adapted);
        auto mergedFiles = base->save();
        QVERIFY(mergedFiles.ok());
        auto merged = LanguageModel::load(*mergedFiles);
        QVERIFY(merged.ok());
        QCOMPARE(merged->generate("Name a fruit.", true, greedy).tokenIds, adapted);

        request.base = QStringLiteral("gigantic");
        request.baseFiles = {};
        QVERIFY(!runTraining(request).ok());
    }
    void jobReportsPausesAndCancels()
    {
        TrainingRequest request;
        request.base = QStringLiteral("fixture");
        request.baseFiles = *ModelFiles::readFolder(m_dir.filePath("fixture"));
        request.examples = demoExamples();
        request.config = smallRun();
        request.config.steps = 50;
        TrainingJob job(request);
        std::atomic_int seen{0};
        std::atomic<int64_t> elapsedAt2{-1}, elapsedAt3{-1};
        QObject::connect(&job, &TrainingJob::progress, &job, [&](const TrainingProgress& p) {
            seen = p.step;
            if (p.step == 2)
                elapsedAt2 = p.elapsedMs;
            if (p.step == 3)
                elapsedAt3 = p.elapsedMs;
            if (p.step == 2)
                job.pause(); // runs on the worker: the next step waits for resume
        }, Qt::DirectConnection);
        QSignalSpy failed(&job, &TrainingJob::failed);
        QSignalSpy progress(&job, &TrainingJob::progress);
        job.start();
        QTRY_COMPARE(seen.load(), 2);
        QTest::qWait(800);
        QCOMPARE(seen.load(), 2); // paused: no further step
        QVERIFY(job.isRunning());
        job.resume();
        QTRY_VERIFY(seen.load() > 2);
        // The pause is not the run's time (nor, so, in the estimate of what is left): one tiny step
        // passed between the two reports, not the 800 ms of the pause.
        QTRY_VERIFY(elapsedAt3.load() >= 0);
        QVERIFY2(elapsedAt3.load() - elapsedAt2.load() < 800,
                 qPrintable(QString::number(elapsedAt3.load() - elapsedAt2.load())));
        job.cancel();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toInt(), int(fw::ErrorCode::Cancelled));
        QVERIFY(job.wait(10000));
        QVERIFY(seen.load() < 50);
        QVERIFY(progress.count() >= 2);

        request.config.steps = 3;
        TrainingJob done(request);
        QSignalSpy finished(&done, &TrainingJob::finished);
        done.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(0).value<TrainingSummary>().steps, 3);
    }
};

QTEST_GUILESS_MAIN(TrainingTest)
#include "training_test.moc"
