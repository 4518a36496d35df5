// The new-run form's advanced settings on their own: a preset fills the knobs quietly, steps the
// form fits are told apart from steps the user types, rows follow the method and the objective,
// and the knobs read back into a run's config.
#include "ui/factory/AdvancedRunSettings.h"

#include "UiTestSupport.h"
#include "ml/Precision.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace fw;
using namespace fw::ui;

namespace {
ml::TrainingConfig preset()
{
    ml::TrainingConfig p;
    p.steps = 300;
    p.learningRate = 0.002;
    p.batchSize = 16;
    p.seqLen = 128;
    p.warmupSteps = 20;
    p.evalFraction = 0.1;
    p.lora.rank = 4;
    p.lora.alpha = 8;
    p.seed = 7;
    return p;
}

bool rowShown(const AdvancedRunSettings& settings, QWidget* field)
{
    auto* layout = static_cast<QFormLayout*>(settings.layout());
    int row = -1;
    QFormLayout::ItemRole role;
    layout->getWidgetPosition(field, &row, &role);
    return row >= 0 && layout->isRowVisible(row);
}
} // namespace

class AdvancedRunSettingsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { uitest::initGuiTest(); }

    void aPresetFillsTheKnobsQuietly()
    {
        AdvancedRunSettings settings;
        QSignalSpy edited(&settings, &AdvancedRunSettings::stepsEdited);
        QSignalSpy shape(&settings, &AdvancedRunSettings::shapeChanged);
        QSignalSpy share(&settings, &AdvancedRunSettings::evalShareChanged);
        settings.setValues(preset());
        QCOMPARE(settings.steps(), 300);
        QCOMPARE(settings.batchSize(), 16);
        QCOMPARE(settings.evalPercent(), 10.0);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(shape.count(), 0);
        QCOMPARE(share.count(), 0);
    }

    void fittedStepsAreNotTheUsers()
    {
        AdvancedRunSettings settings;
        settings.setValues(preset());
        QSignalSpy edited(&settings, &AdvancedRunSettings::stepsEdited);
        QSignalSpy changed(&settings, &AdvancedRunSettings::stepsChanged);
        settings.fitSteps(450);
        QCOMPARE(settings.steps(), 450);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(edited.count(), 0);
        settings.stepsBox()->setValue(120); // as typed
        QCOMPARE(changed.count(), 2);
        QCOMPARE(edited.count(), 1);
    }

    void theShapeAndTheShareAreTold()
    {
        AdvancedRunSettings settings;
        settings.setValues(preset());
        QSignalSpy shape(&settings, &AdvancedRunSettings::shapeChanged);
        QSignalSpy share(&settings, &AdvancedRunSettings::evalShareChanged);
        const QString before = settings.shapeKey();
        settings.findChild<QSpinBox*>(QStringLiteral("batch"))->setValue(32);
        QCOMPARE(settings.batchSize(), 32);
        QCOMPARE(shape.count(), 1);
        QVERIFY(settings.shapeKey() != before);
        settings.findChild<QDoubleSpinBox*>(QStringLiteral("evalPercent"))->setValue(20);
        QCOMPARE(share.count(), 1);
        QCOMPARE(settings.evalPercent(), 20.0);
    }

    void rowsFollowTheMethodAndTheObjective()
    {
        AdvancedRunSettings settings;
        settings.show();
        QSpinBox* rank = settings.findChild<QSpinBox*>(QStringLiteral("loraRank"));
        QVERIFY(!rowShown(settings, settings.betaBox()));
        settings.setObjective(ml::TrainingConfig::Objective::Dpo);
        QVERIFY(rowShown(settings, settings.betaBox()));
        QVERIFY(rowShown(settings, settings.preferenceLossBox()));
        settings.setMethod(ml::TrainingConfig::Method::Full);
        QVERIFY(!rowShown(settings, rank));
        settings.setMethod(ml::TrainingConfig::Method::Lora);
        QVERIFY(rowShown(settings, rank));
        settings.setObjective(ml::TrainingConfig::Objective::Sft);
        QVERIFY(!rowShown(settings, settings.betaBox()));
    }

    void theKnobsReadBackIntoAConfig()
    {
        AdvancedRunSettings settings;
        ml::TrainingConfig p = preset();
        p.warmupSteps = 500; // more than the steps: the run would never reach its peak rate
        settings.setValues(p);
        settings.betaBox()->setValue(0.25);
        settings.preferenceLossBox()->setCurrentIndex(1);
        settings.precisionBox()->setCurrentIndex(
            settings.precisionBox()->findData(int(ml::Precision::Fp32)));
        ml::TrainingConfig c;
        settings.writeInto(c);
        QCOMPARE(c.steps, 300);
        QCOMPARE(c.batchSize, 16);
        QCOMPARE(c.seqLen, 128);
        QCOMPARE(c.learningRate, 0.002);
        QCOMPARE(c.warmupSteps, 299);
        QCOMPARE(c.lora.rank, 4);
        QCOMPARE(c.lora.alpha, 8.0);
        QCOMPARE(c.seed, uint64_t(7));
        QCOMPARE(c.beta, 0.25);
        QCOMPARE(c.preferenceLoss, ml::TrainingConfig::PreferenceLoss::Ipo);
        QCOMPARE(c.precision, ml::Precision::Fp32);
    }
};

QTEST_MAIN(AdvancedRunSettingsTest)
#include "AdvancedRunSettingsTest.moc"
