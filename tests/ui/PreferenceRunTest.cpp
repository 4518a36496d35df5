// The ModelFactory page trains on preferences (issue 10): the form offers SFT, Reward model and DPO
// and refuses a preference objective on a datanet without pairs; a DPO adapter trained on the
// demo's preference datanet from an SFT model made with the same form charts its rewards live;
// the History tab overlays them; the registry names the adapter's SFT base and its objective.
#include "FactoryPageFixture.h"
#include "UiTestSupport.h"
#include "demo/DemoDatanets.h"
#include "demo/DemoWorkspace.h"
#include "ui/common/MlEngine.h"
#include "ui/factory/MetricChart.h"
#include "ui/factory/ModelFactoryPage.h"
#include "ui/factory/ModelTableModel.h"
#include "ui/factory/NewRunForm.h"
#include "ui/factory/RunHistoryModel.h"
#include "ui/factory/RunHistoryPanel.h"
#include "ui/factory/TrainingMonitor.h"
#include "ui/factory/TrainingRunJob.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace fw;

class PreferenceRunTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersTheObjectivesAndRefusesUnfitData();
    void trainsADpoAdapterAndChartsItsRewards();
    void historyOverlaysTheRewards();

private:
    void choose(QComboBox* box, const QVariant& data) { uitest::FactoryPageFixture::choose(box, data); }
    bool running() const { return m_ui.running(); }
    void trainAndWait();
    void screenshot(const QString& name) { QVERIFY(m_ui.screenshot(name)); }

    uitest::FactoryPageFixture m_ui;
    ui::ModelFactoryPage* m_page = nullptr;
};

void PreferenceRunTest::initTestCase()
{
    QVERIFY2(m_ui.open(this, {1180, 900}), qPrintable(m_ui.error()));
    m_page = m_ui.page();
}

void PreferenceRunTest::trainAndWait()
{
    QVERIFY2(m_page->trainButton()->isEnabled(), qPrintable(m_page->trainButton()->toolTip()));
    QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
    QVERIFY(running());
    QTRY_VERIFY_WITH_TIMEOUT(!running(), 180000);
}

void PreferenceRunTest::offersTheObjectivesAndRefusesUnfitData()
{
    ui::NewRunForm* form = m_page->form();
    QCOMPARE(form->objectiveBox()->count(), 3);
    QCOMPARE(form->plan().config.objective, ml::TrainingConfig::Objective::Sft);
    QVERIFY(!form->betaBox()->isVisibleTo(form)); // DPO's knobs only for DPO
    choose(form->datanetBox(), QString::fromLatin1(demo::kDemoInstructionDatanet));
    choose(form->baseBox(), QStringLiteral("nano"));
    for (auto objective :
         {ml::TrainingConfig::Objective::Reward, ml::TrainingConfig::Objective::Dpo}) {
        choose(form->objectiveBox(), int(objective));
        QString problem;
        form->plan(&problem);
        QVERIFY2(problem.contains(QStringLiteral("preference pairs")) &&
                     problem.contains(QString::fromLatin1(demo::kDemoInstructionDatanet)),
                 qPrintable(problem));
        QVERIFY(!m_page->trainButton()->isEnabled());
        QCOMPARE(m_page->trainButton()->toolTip(), problem);
    }
    choose(form->datanetBox(), QString::fromLatin1(demo::kDemoPreferenceDatanet));
    QString problem;
    const models::TrainingPlan dpo = form->plan(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(dpo.config.objective, ml::TrainingConfig::Objective::Dpo);
    QCOMPARE(dpo.config.beta, 0.1);
    form->findChild<QCheckBox*>()->setChecked(true); // Show advanced settings
    QVERIFY(form->betaBox()->isVisibleTo(form));
    form->betaBox()->setValue(0.25);
    choose(form->preferenceLossBox(), int(ml::TrainingConfig::PreferenceLoss::Ipo));
    QCOMPARE(form->plan().config.beta, 0.25);
    QCOMPARE(form->plan().config.preferenceLoss, ml::TrainingConfig::PreferenceLoss::Ipo);
    screenshot(QStringLiteral("modelfactory-dpo-form"));
    choose(form->objectiveBox(), int(ml::TrainingConfig::Objective::Sft));
    QVERIFY(!form->betaBox()->isVisibleTo(form));
    form->findChild<QCheckBox*>()->setChecked(false);
}

void PreferenceRunTest::trainsADpoAdapterAndChartsItsRewards()
{
    // The SFT base, made with the same form.
    ui::NewRunForm* form = m_page->form();
    choose(form->objectiveBox(), int(ml::TrainingConfig::Objective::Sft));
    choose(form->datanetBox(), QString::fromLatin1(demo::kDemoInstructionDatanet));
    choose(form->baseBox(), QStringLiteral("nano"));
    form->stepsBox()->setValue(30);
    form->outputEdit()->setText(QStringLiteral("ui-sft"));
    trainAndWait();
    QVERIFY(!m_page->monitor()->metricChart()->isVisibleTo(
        m_page->monitor())); // SFT logs only its loss
    QVERIFY(m_page->models()->rowOf(QStringLiteral("ui-sft")) >= 0);

    // DPO with LoRA on the preference datanet, a tenth held out.
    form->reload();
    choose(form->datanetBox(), QString::fromLatin1(demo::kDemoPreferenceDatanet));
    choose(form->baseBox(), QStringLiteral("ui-sft"));
    choose(form->objectiveBox(), int(ml::TrainingConfig::Objective::Dpo));
    choose(form->methodBox(), int(ml::TrainingConfig::Method::Lora));
    choose(form->presetBox(), int(ui::NewRunForm::Preset::Balanced)); // holds out 10 %
    form->stepsBox()->setValue(24);
    form->outputEdit()->setText(QStringLiteral("ui-dpo"));
    QCOMPARE(form->plan().config.evalFraction, 0.1);
    QVERIFY2(form->plan().config.learningRate < 1e-3, "DPO starts from a tenth of SFT's rate");
    QVERIFY(m_page->trainButton()->isEnabled());
    QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
    ui::MetricChart* chart = m_page->monitor()->metricChart();
    QTRY_VERIFY_WITH_TIMEOUT(chart->curve(QStringLiteral("rewards/margins")) &&
                                 chart->curve(QStringLiteral("rewards/margins"))->count() >= 12,
                             120000);
    QVERIFY(chart->isVisibleTo(m_page->monitor()));
    screenshot(QStringLiteral("modelfactory-dpo-training"));
    QTRY_VERIFY_WITH_TIMEOUT(!running(), 180000);
    QCOMPARE(chart->curve(QStringLiteral("rewards/margins"))->count(), 24);
    QCOMPARE(chart->curve(QStringLiteral("rewards/accuracies"))->count(), 24);
    for (const char* name : {"rewards/chosen", "rewards/rejected"})
        QVERIFY2(chart->curve(QLatin1String(name)), name);
    QVERIFY(!chart->curve(QStringLiteral("logps/chosen"))); // in the log, not on the chart
    // Six curves at most, named in full on the right (eight at the bottom were cut to "rewa...").
    QVERIFY(!chart->curve(QStringLiteral("eval/rewards/chosen")));
    QVERIFY(chart->curveCount() <= 6);
    QCOMPARE(chart->chart()->legend()->alignment(), Qt::AlignRight);
    QVERIFY2(m_page->monitor()->statusLabel()->text().contains(QStringLiteral("Held-out accuracy")),
             qPrintable(m_page->monitor()->statusLabel()->text()));
    screenshot(QStringLiteral("modelfactory-dpo-done"));

    const int row = m_page->models()->rowOf(QStringLiteral("ui-dpo"));
    QVERIFY(row >= 0);
    const models::ModelEntry entry = m_page->models()->entryAt(row);
    QCOMPARE(entry.kind, models::ModelKind::Adapter);
    const QString lineage = m_page->models()->lineageText(entry);
    QVERIFY2(lineage.contains(QStringLiteral("DPO on ui-sft")) &&
                 lineage.contains(QString::fromLatin1(demo::kDemoPreferenceDatanet)),
             qPrintable(lineage));
}

void PreferenceRunTest::historyOverlaysTheRewards()
{
    ui::RunHistoryPanel* history = m_page->history();
    m_page->tabs()->setCurrentWidget(history);
    ui::RunHistoryModel* runs = history->runs();
    QCOMPARE(runs->rowCount(), 2); // newest first: ui-dpo, ui-sft
    QCOMPARE(runs->runAt(0).plan.output, QStringLiteral("ui-dpo"));
    history->selectRuns({runs->runAt(0).id, runs->runAt(1).id});
    QCOMPARE(history->overlaidRuns(), 2);
    ui::MetricChart* chart = history->metricChart();
    QVERIFY(chart->isVisibleTo(history));
    // Only the DPO run logged rewards: its accuracy and margin, the whole curve.
    QCOMPARE(chart->curveNames(),
             (QStringList{"ui-dpo · rewards/accuracies", "ui-dpo · rewards/margins"}));
    QCOMPARE(chart->curve(QStringLiteral("ui-dpo · rewards/margins"))->count(), 24);
    screenshot(QStringLiteral("modelfactory-dpo-history"));
    history->selectRuns({runs->runAt(1).id});
    QVERIFY(!chart->isVisibleTo(history)); // SFT alone: nothing to overlay
    m_page->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(PreferenceRunTest)
#include "PreferenceRunTest.moc"
