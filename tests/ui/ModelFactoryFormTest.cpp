// The ModelFactory page's form before a run, on the demo workspace: the suggested datanet, held-out
// examples, preset steps that follow the data, LoRA and precision settings, the loss format, the
// measured time estimate and its warning when other programs were busy.
#include "FactoryPageFixture.h"
#include "UiTestSupport.h"

#include "demo/DemoDatanets.h"
#include "ml/Precision.h"
#include "models/Warmup.h"
#include "ui/common/LossText.h"
#include "ui/factory/ModelFactoryPage.h"
#include "ui/factory/ModelTableModel.h"
#include "ui/factory/NewRunForm.h"
#include "ui/factory/RunHistoryModel.h"
#include "ui/factory/RunHistoryPanel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QtTest>

using namespace fw;

class ModelFactoryFormTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void suggestsTheDatanetTheUserLookedAt();
    void holdsExamplesOutByDefault();
    void presetStepsFollowTheDataUntilTheUserSetsThem();
    void offersLoraKnobsOnlyForLora();
    void offersThePrecision();
    void formatsLosses_data();
    void formatsLosses();
    void measuresTheTimeBeforeARun();
    void warnsWhenTheCpuWasBusy();

private:
    // The demo instruction datanet, a from-scratch nano, `steps`, `name`.
    void fillForm(int steps, const QString& name) { m_ui.fillForm(name, steps); }
    void screenshot(const QString& name) { QVERIFY(m_ui.screenshot(name)); }

    uitest::FactoryPageFixture m_ui;
    ui::WorkspaceSession* m_session = nullptr;
    ui::ModelFactoryPage* m_page = nullptr;
};

void ModelFactoryFormTest::initTestCase()
{
    QVERIFY2(m_ui.open(this, {1180, 760}), qPrintable(m_ui.error()));
    m_session = m_ui.session();
    m_page = m_ui.page();
}

void ModelFactoryFormTest::suggestsTheDatanetTheUserLookedAt()
{
    ui::NewRunForm* form = m_page->form();
    const QString facts = QString::fromLatin1(demo::kDemoInstructionDatanet);
    const QString preferences = QString::fromLatin1(demo::kDemoPreferenceDatanet);
    // Nothing looked at yet: the best ready instruction datanet, the README's, not the preference one.
    QCOMPARE(form->datanetBox()->currentData().toString(), facts);
    // A datanet chosen on the Datanets page becomes the suggestion, and choosing again follows.
    m_session->setFocusedDatanet(preferences);
    QCOMPARE(form->datanetBox()->currentData().toString(), preferences);
    m_session->setFocusedDatanet(facts);
    QCOMPARE(form->datanetBox()->currentData().toString(), facts);
    // A reload keeps it.
    form->reload();
    QCOMPARE(form->datanetBox()->currentData().toString(), facts);
}

void ModelFactoryFormTest::holdsExamplesOutByDefault()
{
    ui::NewRunForm* form = m_page->form();
    fillForm(500, QStringLiteral("ui-split"));
    form->presetBox()->setCurrentIndex(0); // Quick, the README's
    const models::TrainingPlan plan = form->plan();
    QVERIFY(plan.config.evalFraction >= 0.1);
    QVERIFY(plan.config.evalEvery > 0 && plan.config.evalEvery <= plan.config.steps / 5); // a curve, not a dot
    const QString split = form->splitLabel()->text();
    QVERIFY2(split.contains(QStringLiteral("held out for evaluation")) && !split.contains(QStringLiteral("none")),
             qPrintable(split));
}

void ModelFactoryFormTest::presetStepsFollowTheDataUntilTheUserSetsThem()
{
    ui::NewRunForm* form = m_page->form();
    form->datanetBox()->setCurrentIndex(form->datanetBox()->findData(QString::fromLatin1(demo::kDemoInstructionDatanet)));
    form->baseBox()->setCurrentIndex(form->baseBox()->findData(QStringLiteral("nano")));
    form->presetBox()->setCurrentIndex(1);
    form->presetBox()->setCurrentIndex(0); // Quick counts epochs from scratch: the steps follow the data
    const int alone = form->stepsBox()->value();
    QVERIFY2(alone >= 400 && alone <= 600, qPrintable(QString::number(alone)));
    QListWidget* more = form->moreDataList();
    QVERIFY(more->count() >= 1);
    more->item(0)->setCheckState(Qt::Checked);
    QVERIFY2(form->stepsBox()->value() > alone, qPrintable(QString::number(form->stepsBox()->value())));
    more->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(form->stepsBox()->value(), alone);
    // A count the user typed stays when the data changes.
    form->stepsBox()->setValue(77);
    more->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(form->stepsBox()->value(), 77);
    more->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(form->stepsBox()->value(), 77);
    // Choosing a preset again hands the count back to it.
    form->presetBox()->setCurrentIndex(1);
    form->presetBox()->setCurrentIndex(0);
    QCOMPARE(form->stepsBox()->value(), alone);
}

void ModelFactoryFormTest::offersLoraKnobsOnlyForLora()
{
    ui::NewRunForm* form = m_page->form();
    QSpinBox* rank = nullptr;
    for (QSpinBox* box : form->findChildren<QSpinBox*>())
        if (box->toolTip().startsWith(QStringLiteral("LoRA rank")))
            rank = box;
    QVERIFY(rank);
    fillForm(40, QStringLiteral("ui-full")); // nano from scratch: full fine-tuning only
    QCOMPARE(form->methodBox()->currentData().toInt(), int(ml::TrainingConfig::Method::Full));
    QVERIFY(rank->isHidden());
    form->methodBox()->setCurrentIndex(0); // LoRA (enabled in the list only for a registered base)
    QCOMPARE(rank->isHidden(), form->methodBox()->currentData().toInt() != int(ml::TrainingConfig::Method::Lora));
    form->methodBox()->setCurrentIndex(1);
    QVERIFY(rank->isHidden());
}

void ModelFactoryFormTest::offersThePrecision()
{
    ui::NewRunForm* form = m_page->form();
    QComboBox* precision = form->precisionBox();
    QCOMPARE(precision->count(), 3);
    QCOMPARE(precision->currentData().toInt(), int(ml::Precision::Auto)); // as CONFIG.json's default
    QVERIFY(precision->currentText().contains(ml::precisionName(ml::automaticCpuPrecision())));
    form->findChild<QCheckBox*>()->setChecked(true); // Show advanced settings
    precision->setCurrentIndex(precision->findData(int(ml::Precision::Fp32)));
    QCOMPARE(form->plan().config.precision, ml::Precision::Fp32);
    precision->setCurrentIndex(precision->findData(int(ml::Precision::Auto)));
    QCOMPARE(form->plan().config.precision, ml::Precision::Auto);
    QTest::qWait(50); // the shown rows are laid out before the scroll area can reach them
    for (QScrollArea* area : m_page->findChildren<QScrollArea*>())
        if (area->isAncestorOf(precision))
            area->ensureWidgetVisible(precision);
    screenshot(QStringLiteral("modelfactory-advanced"));
    form->findChild<QCheckBox*>()->setChecked(false);
}

void ModelFactoryFormTest::warnsWhenTheCpuWasBusy()
{
    ui::NewRunForm* form = m_page->form();
    fillForm(500, QStringLiteral("ui-busy"));
    models::WarmupTiming timing;
    timing.setupMs = 2000;
    timing.msPerStep = 90;
    timing.measuredSteps = 4;
    timing.totalSteps = 500;
    timing.threads = 1;
    timing.othersCpuShare = 0.05; // an idle machine
    form->setTiming(timing);
    QString text = form->timeLabel()->text();
    QVERIFY2(text.startsWith(QStringLiteral("About 47 s")) && text.contains(QStringLiteral("1 thread")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Other programs")));
    timing.othersCpuShare = 0.55; // another job had a core of two
    form->setTiming(timing);
    text = form->timeLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("Other programs used 55% of the CPU")), qPrintable(text));
    screenshot(QStringLiteral("modelfactory-busy-cpu"));
    form->stepsBox()->setValue(40);
}

void ModelFactoryFormTest::formatsLosses_data()
{
    QTest::addColumn<double>("loss");
    QTest::addColumn<QString>("text");
    QTest::newRow("large") << 2.34567 << QStringLiteral("2.3457");
    QTest::newRow("small") << 0.0123 << QStringLiteral("0.0123");
    QTest::newRow("tiny") << 0.0000123 << QStringLiteral("1.23e-05");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.0000");
}

void ModelFactoryFormTest::formatsLosses()
{
    QFETCH(double, loss);
    QFETCH(QString, text);
    QCOMPARE(ui::lossText(loss), text);
}

void ModelFactoryFormTest::measuresTheTimeBeforeARun()
{
    fillForm(500, QStringLiteral("ui-timed"));
    ui::NewRunForm* form = m_page->form();
    QVERIFY(form->timeLabel()->text().contains(QStringLiteral("not measured")));
    QVERIFY(form->measureButton()->isEnabled());
    QTest::mouseClick(form->measureButton(), Qt::LeftButton);
    QVERIFY(!form->measureButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(form->measureButton()->isEnabled(), 60000);
    const QString measured = form->timeLabel()->text();
    QVERIFY2(measured.startsWith(QStringLiteral("About")) && measured.contains(QStringLiteral("500 steps")),
             qPrintable(measured));
    qInfo("%s", qPrintable(measured));
    // The total follows the number of steps; other settings make the measurement stale.
    form->stepsBox()->setValue(1000);
    QVERIFY(form->timeLabel()->text().contains(QStringLiteral("1,000 steps")));
    QVERIFY(!m_session->hasBackgroundWork());
    QCOMPARE(m_page->models()->rowOf(QStringLiteral("ui-timed")), -1); // nothing was saved
    QCOMPARE(m_page->history()->runs()->rowCount(), 0);               // nor recorded as a run
    form->methodBox()->setCurrentIndex(0);
    form->methodBox()->setCurrentIndex(1);
    form->stepsBox()->setValue(40);
}

QTEST_MAIN(ModelFactoryFormTest)
#include "ModelFactoryFormTest.moc"
