// The Quick / Balanced / Thorough presets: one definition in core that the CLI's CONFIG.json
// defaults and the ModelFactory form share; steps from epochs counted as the engine counts them.
#include "ml/TrainingPresets.h"
#include "models/TrainingPlan.h"

#include <QJsonObject>
#include <QTest>

using namespace fw;
using ml::TrainingConfig;

class TrainingPresetsTest : public QObject
{
    Q_OBJECT
private slots:
    void presetFitsBaseAndMethod_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("sizePreset");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("objective");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("learningRate");
        QTest::addColumn<double>("evalFraction");

        const int full = int(TrainingConfig::Method::Full),
                  lora = int(TrainingConfig::Method::Lora);
        const int sft = int(TrainingConfig::Objective::Sft),
                  dpo = int(TrainingConfig::Objective::Dpo);
        QTest::newRow("quick nano")
            << int(ml::RunPreset::Quick) << "nano" << full << sft << 30 << 0 << 5e-3 << 0.1;
        QTest::newRow("quick micro")
            << int(ml::RunPreset::Quick) << "micro" << full << sft << 30 << 0 << 2e-3 << 0.1;
        QTest::newRow("balanced mini")
            << int(ml::RunPreset::Balanced) << "mini" << full << sft << 90 << 0 << 1e-3 << 0.1;
        QTest::newRow("quick full fine-tune")
            << int(ml::RunPreset::Quick) << "" << full << sft << 0 << 100 << 1e-4 << 0.1;
        QTest::newRow("thorough lora")
            << int(ml::RunPreset::Thorough) << "" << lora << sft << 0 << 1000 << 1e-3 << 0.1;
        QTest::newRow("quick lora dpo")
            << int(ml::RunPreset::Quick) << "" << lora << dpo << 0 << 100 << 1e-4 << 0.1;
    }

    void presetFitsBaseAndMethod()
    {
        QFETCH(int, preset);
        QFETCH(QString, sizePreset);
        QFETCH(int, method);
        QFETCH(int, objective);
        QFETCH(int, epochs);
        QFETCH(int, steps);
        QFETCH(double, learningRate);
        QFETCH(double, evalFraction);
        const TrainingConfig c =
            ml::presetConfig(ml::RunPreset(preset), {sizePreset, TrainingConfig::Method(method),
                                                     TrainingConfig::Objective(objective)});
        QCOMPARE(c.epochs, epochs);
        QCOMPARE(c.steps, steps);
        QCOMPARE(c.learningRate, learningRate);
        QCOMPARE(c.evalFraction, evalFraction);
        QVERIFY(!c.packing); // whole examples from position 0, as they are asked
        QVERIFY(c.validate());
    }

    void stepsFollowTheEpochs_data()
    {
        QTest::addColumn<int>("epochs");
        QTest::addColumn<qint64>("examples");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("accum");
        QTest::addColumn<int>("steps");
        QTest::newRow("demo datanet")
            << 25 << qint64(312) << 16 << 1 << 475; // 19 whole batches an epoch
        QTest::newRow("fewer examples than a batch") << 3 << qint64(5) << 16 << 1 << 3;
        QTest::newRow("accumulation rounds up") << 3 << qint64(100) << 10 << 4 << 8;
        QTest::newRow("no data yet") << 25 << qint64(0) << 16 << 1 << 25;
    }

    void stepsFollowTheEpochs()
    {
        QFETCH(int, epochs);
        QFETCH(qint64, examples);
        QFETCH(int, batch);
        QFETCH(int, accum);
        QFETCH(int, steps);
        QCOMPARE(ml::stepsForEpochs(epochs, examples, batch, accum), steps);
    }

    // The minimal CONFIG.json: what is not written comes from the Quick preset for the
    // base.
    void minimalConfigTakesTheQuickPreset()
    {
        const QJsonObject minimal{{"datanet", "World facts (demo)"},
                                  {"version", "latest"},
                                  {"base", "micro"},
                                  {"method", "full"},
                                  {"output", "m"}};
        Result<models::TrainingPlan> plan = models::TrainingPlan::fromJson(minimal);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        const TrainingConfig quick =
            ml::presetConfig(ml::RunPreset::Quick, {QStringLiteral("micro")});
        QCOMPARE(plan->config.toJson(), quick.toJson());

        // A count the file gives replaces the preset's, whichever of the two it is.
        QJsonObject withSteps = minimal;
        withSteps.insert("steps", 40);
        plan = models::TrainingPlan::fromJson(withSteps);
        QVERIFY(plan);
        QCOMPARE(plan->config.steps, 40);
        QCOMPARE(plan->config.epochs, 0);
        QCOMPARE(plan->config.learningRate, quick.learningRate);

        // A trained base counts steps, at a fine-tuning rate.
        QJsonObject lora = minimal;
        lora.insert("base", "facts-nano");
        lora.insert("method", "lora");
        plan = models::TrainingPlan::fromJson(lora);
        QVERIFY(plan);
        QCOMPARE(plan->config.epochs, 0);
        QCOMPARE(plan->config.steps, 100);
        QCOMPARE(plan->config.learningRate, 1e-3);
    }
};

QTEST_GUILESS_MAIN(TrainingPresetsTest)
#include "training_presets_test.moc"
