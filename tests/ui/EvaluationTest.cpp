// The Evaluation panel and the Playground's side-by-side compare on the demo workspace, with two
// small models trained here without the GUI: a from-scratch nano and a full fine-tune on top of it.
// Checks the held-out comparison fills every column (and says when there is no base), Ask both,
// Stop, two streaming Playground columns, and that the GUI keeps turning while models answer.
#include "UiTestSupport.h"

#include "demo/DemoDatanets.h"
#include "demo/DemoWorkspace.h"
#include "mlruntime/MlRuntime.h"
#include "models/EvalSet.h"
#include "models/ModelStore.h"
#include "models/TrainingPlan.h"
#include "ui/common/MlEngine.h"
#include "ui/factory/ChatColumn.h"
#include "ui/factory/ChatSession.h"
#include "ui/factory/AttributionPanel.h"
#include "ui/factory/EvaluationPanel.h"
#include "ui/factory/EvaluationTableModel.h"
#include "ui/factory/PlaygroundPanel.h"
#include "ui/factory/PromptQueue.h"
#include "ui/factory/WinRateBar.h"
#include "feedback/CampaignStore.h"
#include "feedback/CampaignPrompts.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

using namespace fw;
using Col = ui::EvaluationTableModel::Column;

namespace {
const QString kScratch = QStringLiteral("eval-nano");
const QString kTuned = QStringLiteral("eval-tuned");

} // namespace

class EvaluationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTrainedModelsWithTheirRun();
    void refusesModelsNotTrainedHere();
    void comparesBaseAndFineTunedOnHeldOutPrompts();
    void judgesTheWinRateAndMakesAnAbCampaign();
    void asksBothATypedPrompt();
    void fromScratchHasNoBaseAndStops();
    void playgroundComparesTwoModels();
    void saysWhyNothingCanBeCompared();
    void cleanupTestCase();

private:
    void train(const QString& base, const QString& output, int steps, double learningRate,
               double evalFraction = 0.1,
               ml::TrainingConfig::Objective objective = ml::TrainingConfig::Objective::Sft);
    void screenshot(QWidget* widget, const QString& name);
    void choose(const QString& model);

    QTemporaryDir m_tmp;
    ui::WorkspaceSession* m_session = nullptr;
    ui::MlEngine* m_engine = nullptr;
    ui::EvaluationPanel* m_panel = nullptr;
};

void EvaluationTest::initTestCase()
{
    uitest::initGuiTest();
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    auto demo = demo::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")));
    QVERIFY(demo);
    m_session->setWorkspace(std::move(demo).value());
    m_engine = new ui::MlEngine(this);
    m_engine->load();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isReady(), 60000);
    m_engine->setThreadCount(1);
    QElapsedTimer clock;
    clock.start();
    train(QStringLiteral("nano"), kScratch, 40, 5e-3);
    train(kScratch, kTuned, 10, 1e-3);
    qInfo("trained both models in %lld ms", clock.elapsed());
    m_panel = new ui::EvaluationPanel(m_session, m_engine);
    m_panel->resize(1180, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_panel->reload();
}

void EvaluationTest::saysWhyNothingCanBeCompared()
{
    // A run that held nothing out used to leave Compare enabled, and then it found nothing.
    train(QStringLiteral("nano"), QStringLiteral("eval-none-held"), 5, 5e-3, 0.0);
    m_panel->reload();
    choose(QStringLiteral("eval-none-held"));
    QVERIFY(!m_panel->compareButton()->isEnabled());
    QVERIFY2(m_panel->compareButton()->toolTip().contains(QStringLiteral("held no examples out")),
             qPrintable(m_panel->compareButton()->toolTip()));
    choose(kTuned);
    QVERIFY(m_panel->compareButton()->isEnabled());
    QVERIFY(m_panel->compareButton()->toolTip().isEmpty());
}

void EvaluationTest::cleanupTestCase()
{
    delete m_panel;
}

// As TrainingRunJob does it, without the GUI: plan, engine, registry.
void EvaluationTest::train(const QString& base, const QString& output, int steps,
                           double learningRate, double evalFraction, ml::TrainingConfig::Objective objective)
{
    models::TrainingPlan plan;
    plan.datanet = QString::fromLatin1(objective == ml::TrainingConfig::Objective::Reward
                                           ? demo::kDemoPreferenceDatanet
                                           : demo::kDemoInstructionDatanet);
    plan.config.objective = objective;
    plan.base = base;
    plan.output = output;
    plan.config.steps = steps;
    plan.config.batchSize = 8;
    plan.config.seqLen = 128;
    plan.config.learningRate = learningRate;
    plan.config.warmupSteps = 5;
    plan.config.evalFraction = evalFraction;
    plan.config.threads = 1;
    Result<models::PreparedRun> run = models::prepareRun(*m_session->workspace(), plan);
    QVERIFY2(run, qPrintable(run.error().message));
    Result<ml::TrainingSummary> summary = m_engine->runtime()->train(run->request, {}, nullptr);
    QVERIFY2(summary, qPrintable(summary.error().message));
    Result<models::ModelEntry> entry = models::registerRun(*m_session->workspace(), *run, *summary);
    QVERIFY2(entry, qPrintable(entry.error().message));
}

void EvaluationTest::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void EvaluationTest::choose(const QString& model)
{
    const int index = m_panel->modelBox()->findData(model);
    QVERIFY(index >= 0);
    m_panel->modelBox()->setCurrentIndex(index);
}

void EvaluationTest::judgesTheWinRateAndMakesAnAbCampaign()
{
    ui::WinRateBar* bar = m_panel->winRateBar();
    // The table holds both models' answers, but no reward model exists yet: say so.
    QVERIFY(!bar->judgeButton()->isEnabled());
    QVERIFY2(bar->judgeButton()->toolTip().contains(QStringLiteral("No reward model")),
             qPrintable(bar->judgeButton()->toolTip()));
    train(kScratch, QStringLiteral("eval-judge"), 6, 1e-3, 0.2, ml::TrainingConfig::Objective::Reward);
    m_panel->reload(); // lists the new reward model as a judge; the table stays
    QCOMPARE(bar->judgeBox()->count(), 1);
    QCOMPARE(bar->judgeBox()->currentData().toString(), QStringLiteral("eval-judge"));
    QVERIFY(m_panel->results()->rowCount() > 0);
    QVERIFY(bar->judgeButton()->isEnabled());

    QSignalSpy verdict(bar, &ui::WinRateBar::verdictShown);
    std::optional<uitest::StallMeter> stalls(std::in_place);
    QTest::mouseClick(bar->judgeButton(), Qt::LeftButton);
    QVERIFY(!bar->judgeButton()->isEnabled()); // once at a time
    QTRY_COMPARE_WITH_TIMEOUT(verdict.count(), 1, 60000);
    qInfo("judged %lld pairs; longest event-loop stall %lld ms", qint64(bar->judged().size()), stalls->longest());
    stalls.reset();
    QVERIFY2(bar->resultLabel()->text().contains(QStringLiteral("win rate")), qPrintable(bar->resultLabel()->text()));
    // Every row whose two answers finished is judged, each by its own scores.
    int finishedRows = 0;
    for (int row = 0; row < m_panel->results()->rowCount(); ++row)
        finishedRows += !m_panel->results()->text(row, Col::FineTuned).contains(QStringLiteral("(stopped)"));
    QCOMPARE(bar->judged().size(), finishedRows);
    for (const feedback::JudgedPrompt& j : bar->judged()) {
        QVERIFY(!j.prompt.isEmpty());
        if (j.verdict == feedback::Verdict::PolicyWins)
            QVERIFY(j.policyReward > j.baselineReward);
        else if (j.verdict == feedback::Verdict::BaselineWins)
            QVERIFY(j.policyReward < j.baselineReward);
    }
    screenshot(m_panel, QStringLiteral("evaluation-win-rate"));

    // One click: a blind pairwise campaign of the two on the run's held-out prompts.
    QSignalSpy requested(m_panel, &ui::EvaluationPanel::campaignRequested);
    QTest::mouseClick(bar->abButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 30000);
    Result<feedback::Campaign> c =
        feedback::CampaignStore(*m_session->workspace()).campaign(requested.first().first().toLongLong());
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("A/B: %1 vs %2").arg(kTuned, kScratch));
    QCOMPARE(c->models, (QStringList{kScratch, kTuned}));
    QCOMPARE(c->mode, feedback::LabelMode::Pairwise);
    QVERIFY(c->blind);
    QCOMPARE(c->source, feedback::CampaignPrompts::heldOut(kTuned));
    QVERIFY2(bar->resultLabel()->text().contains(QStringLiteral("Feedback page")), qPrintable(bar->resultLabel()->text()));

    // A model trained from scratch has nothing to be compared with.
    choose(kScratch);
    QVERIFY(!bar->abButton()->isEnabled());
    QVERIFY(!bar->judgeButton()->isEnabled());
    QVERIFY(bar->resultLabel()->text().isEmpty());
    choose(kTuned);
}

void EvaluationTest::listsTrainedModelsWithTheirRun()
{
    QCOMPARE(m_panel->modelBox()->count(), 2);
    choose(kTuned);
    const QString metrics = m_panel->metricsLabel()->text();
    for (const char* part : {"World facts (demo)", "fine-tuned from", "eval-nano", "10 steps",
                             "eval loss", "perplexity"})
        QVERIFY2(metrics.contains(QLatin1String(part)), qPrintable(metrics));
    QVERIFY(!metrics.contains(
        QStringLiteral("n/a"))); // the run held examples out, so it has an eval loss
    QVERIFY(m_panel->compareButton()->isEnabled());
    QVERIFY(!m_panel->stopButton()->isEnabled());
    QVERIFY(!m_panel->askButton()->isEnabled()); // nothing typed yet
}

void EvaluationTest::refusesModelsNotTrainedHere()
{
    models::ModelEntry imported;
    imported.name = QStringLiteral("someone-elses");
    imported.source = QStringLiteral("import");
    Result<models::TrainedRun> run = models::trainedRun(imported);
    QVERIFY(!run);
    QCOMPARE(run.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(run.error().message.contains(QStringLiteral("not trained in this workspace")),
             qPrintable(run.error().message));

    // A version that is not in the workspace (any more): a clear NotFound, not an empty split.
    Result<models::ModelEntry> tuned = models::ModelStore(*m_session->workspace()).model(kTuned);
    QVERIFY(tuned);
    Result<models::TrainedRun> gone = models::trainedRun(*tuned);
    QVERIFY(gone);
    QCOMPARE(gone->sources.size(), 1);
    gone->sources.first().version = QString(64, QLatin1Char('0'));
    Result<std::vector<ml::SftExample>> examples =
        models::heldOutExamples(*m_session->workspace(), *gone);
    QVERIFY(!examples);
    QCOMPARE(examples.error().code, ErrorCode::NotFound);
    QVERIFY2(examples.error().message.contains(QStringLiteral("no longer")),
             qPrintable(examples.error().message));
}

void EvaluationTest::comparesBaseAndFineTunedOnHeldOutPrompts()
{
    choose(kTuned);
    Result<models::TrainedRun> run =
        models::trainedRun(*models::ModelStore(*m_session->workspace()).model(kTuned));
    QVERIFY(run);
    Result<std::vector<ml::SftExample>> heldOut =
        models::heldOutExamples(*m_session->workspace(), *run);
    QVERIFY(heldOut);
    const int expectedRows = std::min<int>(ui::EvaluationPanel::kMaxPrompts, int(heldOut->size()));
    QVERIFY(expectedRows > 0);

    QSignalSpy finished(m_panel, &ui::EvaluationPanel::finished);
    QElapsedTimer clock;
    clock.start();
    std::optional<uitest::StallMeter> stalls(std::in_place);
    QTest::mouseClick(m_panel->compareButton(), Qt::LeftButton);
    QVERIFY(m_panel->isRunning());
    QVERIFY(m_panel->stopButton()->isEnabled());
    QVERIFY(!m_panel->modelBox()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->results()->rowCount(), expectedRows, 30000);
    // Answers fill rows as they arrive: one is there long before the last.
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->results()->text(0, Col::FineTuned).isEmpty(), 60000);
    // Answers run on threads of their own: Qt's painting waits on the global pool (see
    // ChatSession).
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isRunning(), 300000);
    const qint64 longest = stalls->longest();
    stalls.reset();
    qInfo("compared %d prompts in %lld ms; longest event-loop stall %lld ms (timer interval 5 ms)",
          expectedRows, clock.elapsed(), longest);
    // Typically 15-20 ms here, but another build on this 2-core machine can starve the GUI thread
    // for over 100 ms, so the hard bound is looser than the 50 ms the other GUI tests aim for.
    QVERIFY2(longest < 250,
             qPrintable(QStringLiteral("event loop stalled for %1 ms").arg(longest)));
    QCOMPARE(finished.count(), 1);

    for (int row = 0; row < expectedRows; ++row) {
        // The rows are the run's held-out examples, in the split's order, with their references.
        QCOMPARE(m_panel->results()->text(row, Col::Prompt), (*heldOut)[size_t(row)].prompt);
        QCOMPARE(m_panel->results()->text(row, Col::Reference), (*heldOut)[size_t(row)].response);
        QVERIFY(!m_panel->results()->text(row, Col::Base).isEmpty());
        QVERIFY(!m_panel->results()->text(row, Col::FineTuned).isEmpty());
        QVERIFY(
            !m_panel->results()->text(row, Col::FineTuned).contains(QStringLiteral("(stopped)")));
    }
    int realAnswers = 0; // not just "(empty answer)": the fine-tune says something
    for (int row = 0; row < expectedRows; ++row)
        realAnswers += !m_panel->results()->text(row, Col::FineTuned).startsWith(QLatin1Char('('));
    QVERIFY(realAnswers > 0);
    QVERIFY(m_panel->baseQueue()->chat()->modelName() == kScratch);
    QVERIFY(m_panel->fineTunedQueue()->chat()->modelName() == kTuned);
    QVERIFY(m_panel->statusLabel()->text().startsWith(QStringLiteral("Done")));
    QVERIFY(m_panel->compareButton()->isEnabled());

    // Why This Answer? on a fine-tuned answer: its span index is built on first use (this model was
    // trained in the workbench) and the answer is traced, or said to match nothing.
    QVERIFY(!m_panel->explainButton()->isEnabled()); // no row chosen yet
    int answered = 0;
    while (m_panel->results()->text(answered, Col::FineTuned).startsWith(QLatin1Char('(')))
        ++answered;
    m_panel->table()->selectRow(answered);
    QVERIFY(m_panel->explainButton()->isEnabled());
    QTest::mouseClick(m_panel->explainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->attributionPanel()->isWorking(), 120000);
    const QString summary = m_panel->attributionPanel()->summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("share spans with this answer")) ||
                 summary.startsWith(QStringLiteral("No span of this answer")),
             qPrintable(summary));
    QVERIFY(!m_session->hasBackgroundWork());
    m_panel->table()->scrollToTop();
    screenshot(m_panel, QStringLiteral("evaluation-compare"));
}

void EvaluationTest::asksBothATypedPrompt()
{
    const int rows = m_panel->results()->rowCount();
    QTest::keyClicks(m_panel->askEdit(), QStringLiteral("What is the capital of Peru?"));
    QVERIFY(m_panel->askButton()->isEnabled());
    QTest::mouseClick(m_panel->askButton(), Qt::LeftButton);
    QCOMPARE(m_panel->results()->rowCount(), rows + 1);
    QVERIFY(m_panel->askEdit()->text().isEmpty());
    QCOMPARE(m_panel->results()->text(rows, Col::Prompt),
             QStringLiteral("What is the capital of Peru?"));
    QCOMPARE(m_panel->results()->text(rows, Col::Reference),
             QStringLiteral("—")); // none for a typed prompt
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isRunning(), 60000);
    QVERIFY(!m_panel->results()->text(rows, Col::Base).isEmpty());
    QVERIFY(!m_panel->results()->text(rows, Col::FineTuned).isEmpty());
}

void EvaluationTest::fromScratchHasNoBaseAndStops()
{
    choose(kScratch);
    QCOMPARE(m_panel->results()->rowCount(), 0); // results belong to the model they came from
    QVERIFY(m_panel->metricsLabel()->text().contains(QStringLiteral("from scratch")));
    m_panel->compare();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->results()->text(0, Col::FineTuned).isEmpty(), 60000);
    QVERIFY(m_panel->results()->rowCount() > 2);
    QVERIFY2(m_panel->results()->text(0, Col::Base).startsWith(QStringLiteral("No base model")),
             qPrintable(m_panel->results()->text(0, Col::Base)));
    QVERIFY(m_panel->isRunning());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(m_panel->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isRunning(), 10000);
    qInfo("stopped in %lld ms", clock.elapsed());
    QVERIFY(m_panel->statusLabel()->text().startsWith(QStringLiteral("Stopped")));
    const int last = m_panel->results()->rowCount() - 1;
    QVERIFY2(m_panel->results()->text(last, Col::FineTuned).contains(QStringLiteral("(stopped)")),
             qPrintable(m_panel->results()->text(last, Col::FineTuned)));
    QVERIFY(m_panel->compareButton()->isEnabled());
    QTest::qWait(300); // row heights follow the last answers a moment later
    screenshot(m_panel, QStringLiteral("evaluation-from-scratch-stopped"));
}

void EvaluationTest::playgroundComparesTwoModels()
{
    ui::PlaygroundPanel playground(m_session, m_engine);
    playground.resize(1180, 760);
    playground.reload();
    playground.show();
    QVERIFY(QTest::qWaitForWindowExposed(&playground));
    QVERIFY(!playground.isComparing());
    QVERIFY(!playground.secondColumn()->isVisible()); // "none": one conversation, as ever
    playground.modelBox()->setCurrentIndex(playground.modelBox()->findData(kScratch));
    playground.compareBox()->setCurrentIndex(playground.compareBox()->findData(kTuned));
    QVERIFY(playground.isComparing());
    QVERIFY(playground.secondColumn()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        playground.firstColumn()->isReady() && playground.secondColumn()->isReady(), 30000);
    QCOMPARE(playground.firstColumn()->chat()->modelName(), kScratch);
    QCOMPARE(playground.secondColumn()->chat()->modelName(), kTuned);

    QSignalSpy firstDeltas(playground.firstColumn()->chat(), &ui::ChatSession::delta);
    QSignalSpy secondDeltas(playground.secondColumn()->chat(), &ui::ChatSession::delta);
    QSignalSpy firstAnswers(playground.firstColumn()->chat(), &ui::ChatSession::answered);
    QSignalSpy secondAnswers(playground.secondColumn()->chat(), &ui::ChatSession::answered);
    playground.input()->setPlainText(QStringLiteral("What is the capital of France?"));
    std::optional<uitest::StallMeter> stalls(std::in_place);
    QTest::mouseClick(playground.sendButton(), Qt::LeftButton);
    // Both answer at once, not one after the other.
    QVERIFY(playground.firstColumn()->isAnswering() && playground.secondColumn()->isAnswering());
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QVERIFY(!playground.sendButton()->isEnabled());
    QVERIFY(playground.stopButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(firstAnswers.count() == 1 && secondAnswers.count() == 1, 60000);
    qInfo("longest event-loop stall while two models answered: %lld ms", stalls->longest());
    stalls.reset();
    QVERIFY(firstDeltas.count() >= 1 || firstAnswers.first().at(1).toInt() == 0);
    QVERIFY(secondDeltas.count() >= 1 || secondAnswers.first().at(1).toInt() == 0);
    for (auto [column, name] : {std::pair{playground.firstColumn(), kScratch},
                                std::pair{playground.secondColumn(), kTuned}}) {
        const QString text = column->transcript()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("You: What is the capital of France?")),
                 qPrintable(text));
        QVERIFY2(text.contains(name + QLatin1Char(':')), qPrintable(text));
    }
    // The same greedy settings, two different models: each transcript shows its own model's answer.
    QCOMPARE(playground.lastAnswer(), firstAnswers.first().at(0).toString());
    QCOMPARE(playground.secondColumn()->lastAnswer(), secondAnswers.first().at(0).toString());
    screenshot(&playground, QStringLiteral("playground-compare"));

    // Copy takes the answer of the column last focused.
    playground.secondColumn()->transcript()->setFocus();
    QTRY_VERIFY(playground.secondColumn()->transcript()->hasFocus());
    playground.copyAnswer();
    QCOMPARE(QGuiApplication::clipboard()->text(), playground.secondColumn()->lastAnswer());

    // Stop stops both; New chat clears both.
    playground.input()->setPlainText(QStringLiteral("And of Japan?"));
    playground.send();
    playground.stop();
    QTRY_VERIFY_WITH_TIMEOUT(firstAnswers.count() == 2 && secondAnswers.count() == 2, 30000);
    QVERIFY(firstAnswers.last().at(3).toBool() && secondAnswers.last().at(3).toBool());
    playground.newChat();
    QVERIFY(playground.firstColumn()->transcript()->toPlainText().isEmpty());
    QVERIFY(playground.secondColumn()->transcript()->toPlainText().isEmpty());

    // Back to none: one column again.
    playground.compareBox()->setCurrentIndex(0);
    QVERIFY(!playground.isComparing());
    QVERIFY(!playground.secondColumn()->isVisible());
    QVERIFY(playground.sendButton()->isEnabled());
}

QTEST_MAIN(EvaluationTest)
#include "EvaluationTest.moc"
