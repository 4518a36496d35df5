// Preference training: the Bradley-Terry and DPO/IPO losses and their gradients on tiny tensors
// with known values, pair rows and batches, the LoRA reference (adapter off, no copy), a reward
// model that learns and round-trips, and runTraining with each objective.
#include "ml/FixtureCheckpoint.h"
#include "ml/HfCheckpoint.h"
#include "ml/LanguageModel.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/LoraAdapter.h"
#include "ml/PreferenceDataset.h"
#include "ml/PreferenceLoss.h"
#include "ml/PreferenceObjectives.h"
#include "ml/RewardHead.h"
#include "ml/Trainer.h"
#include "ml/TrainingRun.h"
#include "unit/ml/PreferencePairs.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using namespace fw::ml;

namespace {

torch::Tensor values(std::vector<double> v, bool grad = false)
{
    return torch::tensor(v, torch::kDouble).set_requires_grad(grad);
}

std::vector<PreferenceExample> pairs()
{
    return fw::test::preferencePairs();
}

TrainingConfig pairRun()
{
    TrainingConfig c;
    c.steps = 6;
    c.batchSize = 2;
    c.seqLen = 32;
    c.learningRate = 1e-3;
    c.warmupSteps = 1;
    c.evalFraction = 0.25;
    c.threads = 1;
    return c;
}

Transformer copyOf(const LanguageModel& base)
{
    Transformer model(base.config());
    auto weights = hfStateDict(base.internals().model);
    (void)loadHfStateDict(model, weights);
    return model;
}

} // namespace

class PreferenceTest : public QObject
{
    Q_OBJECT

    std::optional<LanguageModel> m_fixture;

private slots:
    void initTestCase()
    {
        torch::set_num_threads(1);
        auto files = fixtureFiles();
        QVERIFY(files.ok());
        auto lm = LanguageModel::load(*files);
        QVERIFY(lm.ok());
        m_fixture.emplace(std::move(*lm));
    }

    void bradleyTerryKnownValues()
    {
        const torch::Tensor chosen = values({1.0, 0.0}, true);
        const torch::Tensor rejected = values({0.0, 0.0}, true);
        const BradleyTerry bt = bradleyTerryLoss(chosen, rejected);
        const double expected = (std::log1p(std::exp(-1.0)) + std::log(2.0)) / 2.0;
        QVERIFY(std::abs(bt.loss.item<double>() - expected) < 1e-12);
        QCOMPARE(bt.accuracy, 0.5);
        QCOMPARE(bt.margin, 0.5);
        bt.loss.backward();
        // d/dr_c of -log sigmoid(d) / 2 = -(1 - sigmoid(d)) / 2; the rejected side gets the
        // opposite.
        const double g0 = -(1.0 - 1.0 / (1.0 + std::exp(-1.0))) / 2.0;
        QVERIFY(std::abs(chosen.grad()[0].item<double>() - g0) < 1e-12);
        QVERIFY(std::abs(chosen.grad()[1].item<double>() + 0.25) < 1e-12);
        QVERIFY(std::abs(rejected.grad()[0].item<double>() + g0) < 1e-12);
    }
    void bradleyTerryStaysFiniteFarApart()
    {
        const BradleyTerry bt = bradleyTerryLoss(values({-1000.0}), values({1000.0}));
        QVERIFY(std::isfinite(bt.loss.item<double>()));
        QCOMPARE(bt.loss.item<double>(), 2000.0);
        QCOMPARE(bt.accuracy, 0.0);
    }

    void dpoKnownValues_data()
    {
        QTest::addColumn<bool>("ipo");
        QTest::addColumn<double>("beta");
        QTest::addColumn<double>("loss");
        QTest::addColumn<double>("gradChosen");
        // h = (-1 - -1.5) - (-2 - -1.5) = 1
        const double s = 1.0 / (1.0 + std::exp(-0.1));
        QTest::newRow("sigmoid, beta 0.1")
            << false << 0.1 << std::log1p(std::exp(-0.1)) << -0.1 * (1.0 - s);
        const double s5 = 1.0 / (1.0 + std::exp(-0.5));
        QTest::newRow("sigmoid, beta 0.5")
            << false << 0.5 << std::log1p(std::exp(-0.5)) << -0.5 * (1.0 - s5);
        // (h - 1 / (2 beta))^2 = (1 - 5)^2, gradient 2 (h - 5)
        QTest::newRow("ipo, beta 0.1") << true << 0.1 << 16.0 << -8.0;
    }
    void dpoKnownValues()
    {
        QFETCH(bool, ipo);
        QFETCH(double, beta);
        QFETCH(double, loss);
        QFETCH(double, gradChosen);
        const torch::Tensor pc = values({-1.0}, true), pr = values({-2.0}, true);
        const torch::Tensor rc = values({-1.5}, true), rr = values({-1.5}, true);
        const DpoTerms t = dpoLoss(pc, pr, rc, rr, beta, ipo);
        QVERIFY(std::abs(t.loss.item<double>() - loss) < 1e-12);
        t.loss.backward();
        QVERIFY(std::abs(pc.grad().item<double>() - gradChosen) < 1e-12);
        QVERIFY(std::abs(pr.grad().item<double>() + gradChosen) < 1e-12);
        QVERIFY(!rc.grad().defined()); // the reference never learns
        QVERIFY(std::abs(t.chosenReward - beta * 0.5) < 1e-12);
        QVERIFY(std::abs(t.rejectedReward + beta * 0.5) < 1e-12);
        QVERIFY(std::abs(t.margin - beta) < 1e-12);
        QCOMPARE(t.accuracy, 1.0);
        QCOMPARE(t.chosenLogp, -1.0);
        QCOMPARE(t.rejectedLogp, -2.0);
    }

    void sequenceLogpsSumOnlyTargets()
    {
        const torch::Tensor logits =
            torch::zeros({1, 3, 2}, torch::kDouble); // log p = log 1/2 each
        const torch::Tensor targets = torch::tensor({0, -100, 1}, torch::kLong).view({1, 3});
        QVERIFY(std::abs(sequenceLogps(logits, targets, -100).item<double>() -
                         2.0 * std::log(0.5)) < 1e-12);
        QVERIFY(std::abs(sequenceLogps(logits, targets, -100, true).item<double>() -
                         std::log(0.5)) < 1e-12);
    }

    void pairRowsShareThePromptAndMaskIt()
    {
        const Tokenizer& tok = *m_fixture->tokenizer();
        TrainingConfig cfg = pairRun();
        cfg.seqLen = 128; // every pair whole
        auto data = PreferenceDataset::build(pairs(), tok, m_fixture->chatTemplate(), cfg);
        QVERIFY(data.ok());
        QCOMPARE(data->train().size(), size_t(6));
        QCOMPARE(data->eval().size(), size_t(2));
        const std::vector<bool> isResponse =
            SftDataset::encodeExample({pairs()[0].prompt, pairs()[0].chosen, {}}, tok,
                                      m_fixture->chatTemplate())
                .second;
        const size_t promptLength = size_t(std::count(isResponse.begin(), isResponse.end(), false));
        for (const PairRow& row : data->train()) {
            for (const auto& [r, last] : {std::pair{&row.chosen, row.chosenLast},
                                          std::pair{&row.rejected, row.rejectedLast}}) {
                QCOMPARE(r->inputs.size(), size_t(128));
                QCOMPARE(tok.decode({r->inputs[size_t(last)]}),
                         QStringLiteral("\n")); // the turn's end
                for (int i = 0; i < last; ++i)
                    if (r->targets[size_t(i)] != SftDataset::kIgnore)
                        QCOMPARE(r->targets[size_t(i)], r->inputs[size_t(i) + 1]);
            }
            QVERIFY(row.chosen.inputs != row.rejected.inputs);
        }
        const auto [row, last] = PreferenceDataset::encode(pairs()[0].prompt, pairs()[0].chosen, {},
                                                           tok, m_fixture->chatTemplate(), 128);
        QCOMPARE(tok.decode(std::vector<int>(row.inputs.begin(), row.inputs.begin() + last + 1)),
                 QStringLiteral("<|im_start|>user\nCapital of "
                                "France?<|im_end|>\n<|im_start|>assistant\nParis.<|im_end|>\n"));
        for (size_t i = 0; i + 1 < promptLength; ++i)
            QCOMPARE(row.targets[i], SftDataset::kIgnore);             // no loss on the prompt
        QVERIFY(row.targets[promptLength - 1] != SftDataset::kIgnore); // the answer's first token
        QVERIFY(!PreferenceDataset::build({}, tok, m_fixture->chatTemplate(), cfg).ok());
        // A longer pair loses the start of its prompt (as TRL cuts DPO rows), not its answer: the row
        // ends as the whole one does, and the answer's tokens still carry their targets.
        const size_t answerLength = size_t(last) + 1 - promptLength;
        const int seqLen = int(answerLength) + 3;
        QVERIFY(seqLen < last + 1);
        const auto [cut, cutLast] = PreferenceDataset::encode(pairs()[0].prompt, pairs()[0].chosen, {}, tok,
                                                              m_fixture->chatTemplate(), seqLen);
        QCOMPARE(cutLast, seqLen - 1);
        QVERIFY(std::equal(cut.inputs.begin(), cut.inputs.end(), row.inputs.begin() + (last + 1 - seqLen)));
        QCOMPARE(tok.decode({cut.inputs[size_t(cutLast)]}), QStringLiteral("\n")); // the turn's end is kept
        const auto answerTargets =
            std::count_if(cut.targets.begin(), cut.targets.end(), [](int t) { return t != SftDataset::kIgnore; });
        const auto fullTargets =
            std::count_if(row.targets.begin(), row.targets.end(), [](int t) { return t != SftDataset::kIgnore; });
        QCOMPARE(answerTargets, fullTargets); // every answer token still learned from
        // A context too short for the whole answer keeps a quarter for the prompt's end and the
        // answer's start.
        const auto [tiny, tinyLast] = PreferenceDataset::encode(pairs()[0].prompt, pairs()[0].chosen, {}, tok,
                                                                m_fixture->chatTemplate(), 4);
        QCOMPARE(tinyLast, 3);
        QCOMPARE(tiny.inputs[0], row.inputs[promptLength - 1]); // the prompt's last token
        QCOMPARE(tiny.inputs[1], row.inputs[promptLength]);     // the answer's first
        QVERIFY(tiny.targets[0] != SftDataset::kIgnore);
    }
    void pairBatchesPutChosenThenRejected()
    {
        TrainingConfig cfg = pairRun();
        auto data = *PreferenceDataset::build(pairs(), *m_fixture->tokenizer(),
                                              m_fixture->chatTemplate(), cfg);
        PairBatches batches(data.train(), 2, cfg.seed, torch::kCPU);
        QCOMPARE(batches.batchesPerEpoch(), int64_t(3));
        const Batch b = batches.batch(4);
        QCOMPARE(b.inputs.size(0), int64_t(4));
        QCOMPARE(b.inputs.size(1), int64_t(32));
        QCOMPARE(b.lastIndex.size(0), int64_t(4));
        QVERIFY(torch::equal(b.inputs, batches.batch(4).inputs)); // deterministic by index
        // Row k and row k + B answer the same prompt: they agree up to where the answers start,
        // also when a long answer made the pair cut its prompt (one cut for both rows).
        for (int k = 0; k < 2; ++k)
            QVERIFY(torch::equal(b.inputs[k].slice(0, 0, 8), b.inputs[k + 2].slice(0, 0, 8)));
        PreferenceExample longer = pairs()[0];
        longer.chosen = QStringLiteral("Paris, the city on the Seine that has been the capital for centuries.");
        TrainingConfig shortRows = cfg;
        shortRows.seqLen = 24;
        shortRows.evalFraction = 0;
        auto cut = *PreferenceDataset::build({longer}, *m_fixture->tokenizer(), m_fixture->chatTemplate(), shortRows);
        const PairRow& pair = cut.train().front();
        int same = 0;
        while (same < 24 && pair.chosen.inputs[size_t(same)] == pair.rejected.inputs[size_t(same)])
            ++same;
        QVERIFY2(same >= 3, qPrintable(QString::number(same))); // the kept prompt, then the answers differ
        QVERIFY(pair.chosenLast == 23);                          // the longer answer filled the row
        QVERIFY(pair.rejected.targets[size_t(pair.rejectedLast - 1)] != SftDataset::kIgnore);
    }

    void loraReferenceIsTheBaseWithoutACopy()
    {
        Transformer policy = copyOf(*m_fixture);
        torch::NoGradGuard noGrad;
        const torch::Tensor tokens = torch::randint(0, 100, {1, 8}, torch::kLong);
        const torch::Tensor base = policy->forward(tokens);
        LoraSettings lora;
        QVERIFY(attachLora(policy, lora).ok());
        for (const auto& p : policy->named_parameters())
            if (p.key().find("lora_B") != std::string::npos)
                p.value().normal_(0.0, 0.5); // a trained adapter moves the output
        QVERIFY(!torch::allclose(policy->forward(tokens), base));
        policy->setLoraEnabled(false);
        QVERIFY(torch::allclose(policy->forward(tokens), base));
        policy->setLoraEnabled(true);
        DpoObjective lo(policy, 0.1, false);
        QVERIFY(lo.sharesReferenceWeights());
        DpoObjective full(copyOf(*m_fixture), 0.1, false);
        QVERIFY(!full.sharesReferenceWeights());
    }
    // Before any step the policy is its reference: loss log 2, rewards 0; after steps it prefers
    // the chosen answers and the reference has not moved.
    void dpoStartsAtLog2AndLearns_data()
    {
        QTest::addColumn<bool>("lora");
        QTest::newRow("lora") << true;
        QTest::newRow("full") << false;
    }
    void dpoStartsAtLog2AndLearns()
    {
        QFETCH(bool, lora);
        TrainingConfig cfg = pairRun();
        cfg.learningRate = lora ? 5e-3 : 1e-3;
        Transformer policy = copyOf(*m_fixture);
        if (lora)
            QVERIFY(attachLora(policy, cfg.lora).ok());
        cfg.method = lora ? TrainingConfig::Method::Lora : TrainingConfig::Method::Full;
        auto data = *PreferenceDataset::build(pairs(), *m_fixture->tokenizer(),
                                              m_fixture->chatTemplate(), cfg);
        PairBatches batches(data.train(), 2, cfg.seed, torch::kCPU);
        DpoObjective objective(policy, 0.1, false);
        objective.setTraining(false);
        {
            torch::NoGradGuard noGrad;
            QVERIFY(std::abs(objective.loss(batches.batch(0)).item<double>() - std::log(2.0)) <
                    1e-6);
            QVERIFY(std::abs(objective.batchMetrics().value("rewards/margins")) < 1e-6);
        }
        QCOMPARE(objective.batchMetrics().keys(),
                 (QStringList{"logps/chosen", "logps/rejected", "rewards/accuracies",
                              "rewards/chosen", "rewards/margins", "rewards/rejected"}));
        Trainer trainer(objective, batches, &batches, cfg, 30);
        double first = 0, last = 0;
        for (int i = 0; i < 30; ++i) {
            const Trainer::StepStats s = *trainer.step();
            (i == 0 ? first : last) = s.loss;
            QVERIFY(s.metrics.contains("rewards/accuracies"));
        }
        QVERIFY2(last < first, qPrintable(QString("loss %1 -> %2").arg(first).arg(last)));
        trainer.evaluate();
        QVERIFY(trainer.evalMetrics().value("eval/rewards/margins") > 0.0);
        QVERIFY(trainer.evalMetrics().contains("eval/loss"));
    }

    void rewardModelLearnsAndRoundTrips()
    {
        TrainingConfig cfg = pairRun();
        cfg.seqLen = 128; // whole pairs: two cut to the same first 32 tokens could not be told apart
        Transformer model = copyOf(*m_fixture);
        auto data = *PreferenceDataset::build(pairs(), *m_fixture->tokenizer(),
                                              m_fixture->chatTemplate(), cfg);
        PairBatches batches(data.train(), 3, cfg.seed, torch::kCPU);
        RewardObjective objective(model);
        Trainer trainer(objective, batches, &batches, cfg, 40);
        double first = 0, last = 0;
        for (int i = 0; i < 40; ++i)
            (i == 0 ? first : last) = trainer.step()->loss;
        QVERIFY2(last < first * 0.5, qPrintable(QString("loss %1 -> %2").arg(first).arg(last)));
        trainer.evaluate();
        QCOMPARE(trainer.evalMetrics().value("eval/accuracy"), 1.0);
        QVERIFY(trainer.evalMetrics().value("eval/margin") > 0.0);

        // The head travels as its own file; the same encoding scores the same answer the same.
        fw::ModelFiles files;
        QVERIFY(addRewardHead(files, objective.scoreWeight()).ok());
        QVERIFY(readRewardHead(files, model->config().dim).ok());
        QCOMPARE(readRewardHead(files, model->config().dim + 1).error().code,
                 fw::ErrorCode::Corrupt);
        QCOMPARE(readRewardHead({}, 64).error().code, fw::ErrorCode::NotFound);

        // A checkpoint carries the head: a fresh objective restored from it scores alike.
        const QByteArray checkpoint = *trainer.saveCheckpoint();
        Transformer other = copyOf(*m_fixture);
        RewardObjective restored(other);
        Trainer again(restored, batches, nullptr, cfg, 40);
        QVERIFY(again.loadCheckpoint(checkpoint).ok());
        QVERIFY(torch::equal(restored.scoreWeight(), objective.scoreWeight()));
    }

    void runTrainingWithEachObjective_data()
    {
        QTest::addColumn<int>("objective");
        QTest::addColumn<bool>("lora");
        QTest::addColumn<QStringList>("metrics");
        QTest::newRow("reward, full")
            << int(TrainingConfig::Objective::Reward) << false
            << QStringList{"accuracy", "margin", "eval/accuracy", "eval/margin", "loss"};
        QTest::newRow("reward, lora") << int(TrainingConfig::Objective::Reward) << true
                                      << QStringList{"accuracy", "eval/accuracy"};
        QTest::newRow("dpo, lora") << int(TrainingConfig::Objective::Dpo) << true
                                   << QStringList{"rewards/chosen",
                                                  "rewards/rejected",
                                                  "rewards/margins",
                                                  "rewards/accuracies",
                                                  "logps/chosen",
                                                  "logps/rejected",
                                                  "loss",
                                                  "eval/rewards/accuracies",
                                                  "eval/loss"};
    }
    void runTrainingWithEachObjective()
    {
        QFETCH(int, objective);
        QFETCH(bool, lora);
        QFETCH(QStringList, metrics);
        TrainingRequest request;
        request.base = QStringLiteral("fixture");
        request.baseFiles = *fixtureFiles();
        request.preferences = pairs();
        request.config = pairRun();
        request.config.objective = TrainingConfig::Objective(objective);
        request.config.method = lora ? TrainingConfig::Method::Lora : TrainingConfig::Method::Full;
        request.config.evalEvery = 3;
        int reports = 0;
        auto summary = runTraining(request, [&](const TrainingProgress& p) {
            ++reports;
            QVERIFY(!p.metrics.isEmpty());
            if (p.step > 3)
                QVERIFY(p.metrics.contains("eval/loss")); // the last evaluation stays in view
        });
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(reports, 6);
        for (const QString& name : metrics)
            QVERIFY2(summary->metrics.contains(name), qPrintable(name));
        QCOMPARE(summary->perplexity, -1.0); // a preference loss is no language-model loss
        const bool reward = request.config.objective == TrainingConfig::Objective::Reward;
        QCOMPARE(summary->output.contains(kRewardHeadFile), reward);
        QCOMPARE(summary->output.contains("adapter_config.json"), lora);
        if (!reward)
            return;
        // The reward model scores answers: loaded alone, or as base + adapter.
        auto model = LanguageModel::load(lora ? request.baseFiles : summary->output);
        QVERIFY(model.ok());
        if (lora)
            QVERIFY(model->loadAdapter(summary->output).ok());
        QVERIFY(model->hasRewardHead());
        auto score = model->reward("Capital of France?", "Paris.");
        QVERIFY(score.ok());
        QVERIFY(std::isfinite(*score));
        QCOMPARE(LanguageModel::load(request.baseFiles)->reward("a", "b").error().code,
                 fw::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(PreferenceTest)
#include "preference_test.moc"
