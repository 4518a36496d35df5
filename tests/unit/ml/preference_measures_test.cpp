// The preference objectives' measures on 200 generated pairs of distinct facts (chosen correct,
// rejected wrong, as the demo generator writes them): DPO on a nano SFT model separates the
// training pairs (rewards/accuracies >= 0.95) with a rising margin, and a reward model ranks
// held-out pairs (eval/accuracy >= 0.8). Prints what it measured.
#include "ml/LanguageModel.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/LoraAdapter.h"
#include "ml/PreferenceObjectives.h"
#include "ml/Trainer.h"
#include "ml/TrainingRun.h"

#include <QElapsedTimer>
#include <QTest>
#include <numeric>

using namespace fw::ml;

namespace {

// 100 sums and 100 products: distinct facts, each with its right answer in a full sentence and a
// wrong one hedged, as core/demo's preference records are.
std::vector<PreferenceExample> factPairs()
{
    std::vector<PreferenceExample> out;
    for (int a = 2; a <= 11; ++a)
        for (int b : {3, 4, 6, 7, 8, 9, 11, 12, 13, 14}) {
            out.push_back({QStringLiteral("What is %1 plus %2?").arg(a).arg(b),
                           QStringLiteral("%1 plus %2 equals %3.").arg(a).arg(b).arg(a + b),
                           QStringLiteral("It is %1, roughly.").arg(a + b + 1 + (a % 3)),
                           {}});
            out.push_back({QStringLiteral("What is %1 times %2?").arg(a).arg(b),
                           QStringLiteral("%1 times %2 makes %3.").arg(a).arg(b).arg(a * b),
                           QStringLiteral("Maybe %1.").arg(a * b + b),
                           {}});
        }
    return out;
}

TrainingConfig baseConfig()
{
    TrainingConfig c;
    c.batchSize = 16;
    c.seqLen = 40;
    c.threads = 1; // the machine is shared; one thread is the fastest there
    c.warmupSteps = 5;
    c.seed = 7;
    return c;
}

// Means of consecutive blocks of `size` values.
std::vector<double> blockMeans(const std::vector<double>& values, size_t size)
{
    std::vector<double> out;
    for (size_t start = 0; start + size <= values.size(); start += size)
        out.push_back(std::accumulate(values.begin() + std::ptrdiff_t(start),
                                      values.begin() + std::ptrdiff_t(start + size), 0.0) /
                      double(size));
    return out;
}

} // namespace

class PreferenceMeasuresTest : public QObject
{
    Q_OBJECT

    fw::ModelFiles m_sft; // the nano SFT model both objectives start from

private slots:
    void initTestCase()
    {
        QElapsedTimer clock;
        clock.start();
        TrainingRequest sft;
        sft.base = QStringLiteral("nano");
        for (const PreferenceExample& p : factPairs())
            sft.examples.push_back({p.prompt, p.chosen, {}});
        sft.config = baseConfig();
        sft.config.steps = 150;
        sft.config.learningRate = 3e-3;
        sft.config.evalFraction = 0.0;
        auto summary = runTraining(sft);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        m_sft = summary->output;
        qInfo("SFT nano: 150 steps, loss %.3f, %.1f s", summary->finalLoss,
              double(clock.elapsed()) / 1000.0);
    }

    void dpoSeparatesTrainingPairsWithRisingMargins()
    {
        QElapsedTimer clock;
        clock.start();
        auto lm = LanguageModel::load(m_sft);
        QVERIFY(lm.ok());
        Transformer policy = lm->internals().model;
        TrainingConfig cfg = baseConfig();
        cfg.method = TrainingConfig::Method::Lora;
        cfg.objective = TrainingConfig::Objective::Dpo;
        cfg.learningRate = 2e-3;
        cfg.evalFraction = 0.0;
        cfg.evalBatches = 100;
        QVERIFY(attachLora(policy, cfg.lora).ok());
        auto data =
            PreferenceDataset::build(factPairs(), *lm->tokenizer(), lm->chatTemplate(), cfg);
        QVERIFY(data.ok());
        QCOMPARE(data->train().size(), size_t(200));
        PairBatches train(data->train(), cfg.batchSize, cfg.seed, torch::kCPU);
        PairBatches allPairs(data->train(), 20, cfg.seed, torch::kCPU); // every training pair, once
        DpoObjective objective(policy, cfg.beta, false);
        QVERIFY(objective.sharesReferenceWeights());
        const int steps = 100;
        Trainer trainer(objective, train, &allPairs, cfg, steps);
        std::vector<double> margins;
        for (int i = 0; i < steps; ++i)
            margins.push_back(trainer.step()->metrics.value(QStringLiteral("rewards/margins")));
        trainer.evaluate();
        const double accuracy =
            trainer.evalMetrics().value(QStringLiteral("eval/rewards/accuracies"));
        const std::vector<double> smoothed = blockMeans(margins, 20);
        QString curve;
        for (double m : smoothed)
            curve += QString::number(m, 'f', 3) + QLatin1Char(' ');
        qInfo("DPO (LoRA, beta %.1f): %d steps in %.1f s; rewards/accuracies on the 200 training "
              "pairs %.3f; "
              "rewards/margins by 20-step block: %s",
              cfg.beta, steps, double(clock.elapsed()) / 1000.0, accuracy, qPrintable(curve));
        QVERIFY2(accuracy >= 0.95, qPrintable(QString::number(accuracy)));
        for (size_t i = 1; i < smoothed.size(); ++i)
            QVERIFY2(smoothed[i] > smoothed[i - 1], qPrintable(curve));
    }

    void rewardModelRanksHeldOutPairs()
    {
        QElapsedTimer clock;
        clock.start();
        TrainingRequest reward;
        reward.base = QStringLiteral("nano-sft");
        reward.baseFiles = m_sft;
        reward.preferences = factPairs();
        reward.config = baseConfig();
        reward.config.objective = TrainingConfig::Objective::Reward;
        reward.config.steps = 60;
        reward.config.learningRate = 1e-3;
        reward.config.evalFraction = 0.2;
        reward.config.evalBatches = 100; // every held-out batch (2 x 16 of the 40 pairs)
        auto summary = runTraining(reward);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        const double accuracy = summary->metrics.value(QStringLiteral("eval/accuracy"));
        qInfo("Reward model (full): 60 steps in %.1f s; eval/accuracy on held-out pairs %.3f, "
              "eval/margin %.3f",
              double(clock.elapsed()) / 1000.0, accuracy,
              summary->metrics.value(QStringLiteral("eval/margin")));
        QVERIFY2(accuracy >= 0.8, qPrintable(QString::number(accuracy)));
    }
};

QTEST_GUILESS_MAIN(PreferenceMeasuresTest)
#include "preference_measures_test.moc"
