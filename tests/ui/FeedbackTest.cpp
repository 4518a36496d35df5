// The Feedback page on the demo workspace: the demo campaign ready to label, a campaign made
// through the form whose answers are generated in the background while the GUI keeps turning,
// 100 items labeled by keyboard only (signed records and shuffles checked in the datanet), each
// mode through its widgets with the models named only after submit, and the Agreement panel.
// Answers come from a stand-in generator on the job's worker thread: the page's code paths are
// the real ones, only the model is not. Screenshots go to FLYWHEEL_SCREENSHOT_DIR.
#include "UiTestSupport.h"
#include "datanet/DatanetService.h"
#include "demo/DemoDatanets.h"
#include "demo/DemoFeedback.h"
#include "demo/DemoWorkspace.h"
#include "feedback/AgreementReport.h"
#include "feedback/CampaignStore.h"
#include "feedback/LabelStore.h"
#include "feedback/PreferencePairs.h"
#include "models/ModelStore.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/MessageLabel.h"
#include "ui/feedback/AgreementPanel.h"
#include "ui/feedback/AnswerCard.h"
#include "ui/feedback/FeedbackPage.h"
#include "ui/feedback/LabelingController.h"
#include "ui/feedback/LabelingView.h"
#include "ui/feedback/NewCampaignDialog.h"
#include "ui/feedback/PairwisePanel.h"
#include "ui/feedback/RankingPanel.h"
#include "ui/feedback/RatingPanel.h"
#include "ui/feedback/RewritePanel.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QTranslator>
#include <QtTest>

using namespace fw;
using feedback::LabelMode;

namespace {
const QStringList kModels{"model-a", "model-b", "model-c", "model-d"};


// A model stand-in that takes a while per answer (on the job's worker, like a real model).
feedback::AnswerGenerator slowAnswers()
{
    return [](const QString& model, const QString& prompt,
              const std::atomic_bool*) -> Result<QString> {
        QElapsedTimer busy;
        busy.start();
        volatile double x = 0;
        while (busy.elapsed() < 8)
            x = x + 1;
        return QStringLiteral("%1 answers \"%2\" in its own words.").arg(model, prompt);
    };
}
} // namespace

class FeedbackTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoCampaignIsReadyToLabel();
    void createsACampaignAndGeneratesAnswersInTheBackground();
    void labelsHundredItemsByKeyboard();
    void eachModeThroughItsWidgets_data();
    void eachModeThroughItsWidgets();
    void agreementPanel();
    void labelHeldForUndoIsWrittenBeforeTheLock();
    void cleanupTestCase();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void waitForItem();
    void screenshot(const QString& name);
    QString address(int identity) const;
    qint64 campaignNamed(const QString& name) const;
    qint64 preferenceDatanet() const;
    bool namesShown() const; // a model's name anywhere on the labeling panel

    QTemporaryDir m_tmp;
    ui::AppSettings* m_settings = nullptr;
    ui::WorkspaceSession* m_session = nullptr;
    ui::FeedbackPage* m_page = nullptr;
    QList<wallet::Identity> m_people;
};

void FeedbackTest::initTestCase()
{
    uitest::initGuiTest();
    QElapsedTimer clock;
    clock.start();
    auto demo = demo::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")));
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    qInfo("demo workspace with its feedback campaign created in %lld ms", clock.elapsed());
    m_people = *wallet::WalletService(**demo).identities();
    // Registered names for the form to offer; their answers come from slowAnswers().
    for (const QString& name : kModels) {
        models::ModelEntry entry;
        entry.name = name;
        entry.source = QStringLiteral("test");
        QVERIFY(models::ModelStore(**demo).add(entry, ModelFiles{{"config.json", "{}"}}).ok());
    }
    m_settings = new ui::AppSettings(this);
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    m_session->setWorkspace(std::move(demo).value());
    m_page = new ui::FeedbackPage({m_session, m_settings, nullptr, nullptr});
    m_page->setGeneratorFactory([](store::Workspace&) { return slowAnswers(); });
    m_page->resize(1180, 760);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    QTRY_VERIFY(m_page->campaignList()->count() == 1);
}

// A submitted label waits in memory for Ctrl+Z; locking the workspace (the Lock button, the idle
// lock) writes it first instead of closing the database under it.
void FeedbackTest::labelHeldForUndoIsWrittenBeforeTheLock()
{
    m_page->selectCampaign(campaignNamed(QString::fromLatin1(demo::kDemoCampaign)));
    m_page->selectLabeler(address(2));
    waitForItem();
    const qint64 datanetId = preferenceDatanet();
    const auto labelCount = [&] {
        return feedback::LabelStore(*m_session->workspace()).labels(datanetId)->size();
    };
    const qsizetype before = labelCount();
    m_page->labelingView()->setFocus();
    press(Qt::Key_1);
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_page->controller()->isBusy() && m_page->controller()->state().canUndo);
    QCOMPARE(labelCount(), before); // still held back for undo

    m_session->lock();
    QTRY_VERIFY(m_session->isLocked());
    std::optional<Status> unlocked;
    const QMetaObject::Connection c = connect(m_session, &ui::WorkspaceSession::unlockFinished, this,
                                              [&](const Status& s) { unlocked = s; });
    m_session->unlock(QByteArray(demo::kDemoPassphrase));
    QTRY_VERIFY_WITH_TIMEOUT(unlocked.has_value(), 30000);
    disconnect(c);
    QVERIFY2(unlocked->ok(), unlocked->ok() ? "" : qPrintable(unlocked->error().message));
    QCOMPARE(labelCount(), before + 1);
}

void FeedbackTest::cleanupTestCase()
{
    delete m_page;
}

QString FeedbackTest::address(int identity) const
{
    for (const wallet::Identity& id : m_people)
        if (id.name == demo::demoIdentityNames().at(identity))
            return id.address;
    return {};
}

qint64 FeedbackTest::campaignNamed(const QString& name) const
{
    // Held in a variable: a range-for over *temporary() would read a destroyed list.
    const Result<QList<feedback::Campaign>> all =
        feedback::CampaignStore(*m_session->workspace()).campaigns();
    for (const feedback::Campaign& c : *all)
        if (c.name == name)
            return c.id;
    return 0;
}

qint64 FeedbackTest::preferenceDatanet() const
{
    return datanet::DatanetService(*m_session->workspace())
        .datanetByName(demo::kDemoPreferenceDatanet)
        ->id;
}

void FeedbackTest::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target ? target : m_page->labelingView(), Qt::Key(key), modifiers);
}

// Until the controller answered the last step and an item is on screen.
void FeedbackTest::waitForItem()
{
    QTRY_VERIFY(!m_page->controller()->isBusy() && m_page->controller()->state().item);
}

bool FeedbackTest::namesShown() const
{
    QStringList texts;
    for (QLabel* l : m_page->labelingView()->findChildren<QLabel*>())
        if (l != m_page->labelingView()->revealLabel() && l->isVisible())
            texts << l->text();
    for (ui::AnswerCard* card : m_page->labelingView()->panel()->cards())
        texts << card->heading();
    const QString all = texts.join('\n');
    for (const QString& m : kModels + QStringList{demo::kDemoTerseModel, demo::kDemoChattyModel})
        if (all.contains(m))
            return true;
    return false;
}

void FeedbackTest::screenshot(const QString& name)
{
    const QString out = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(out + QStringLiteral("/feedback-%1.png").arg(name)));
}

void FeedbackTest::demoCampaignIsReadyToLabel()
{
    QVERIFY(m_page->campaignList()->item(0)->text().contains(demo::kDemoCampaign));
    m_page->campaignList()->setCurrentRow(0);
    waitForItem();
    const ui::LabelingState& s = m_page->controller()->state();
    QCOMPARE(s.progress.items, qint64(demo::kDemoCampaignItems));
    QCOMPARE(s.progress.answered, qint64(demo::kDemoCampaignItems)); // cached by the demo
    QVERIFY(!m_page->generateButton()->isVisible());
    QVERIFY(!m_page->labelingView()->promptLabel()->text().isEmpty());
    auto* pairwise = qobject_cast<ui::PairwisePanel*>(m_page->labelingView()->panel());
    QVERIFY(pairwise);
    QCOMPARE(pairwise->cards().at(0)->heading(), QStringLiteral("Left"));
    QCOMPARE(pairwise->cards().at(1)->heading(), QStringLiteral("Right"));
    {
        // A language switch retitles the item on screen, not only the next one.
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/flywheel_es.qm")));
        QCoreApplication::installTranslator(&spanish);
        QTRY_COMPARE(pairwise->cards().at(0)->heading(), QStringLiteral("Izquierda"));
        QCoreApplication::removeTranslator(&spanish);
        QTRY_COMPARE(pairwise->cards().at(0)->heading(), QStringLiteral("Left"));
    }
    QVERIFY(!namesShown());
    QVERIFY(
        m_page->labelingView()->destinationLabel()->text().contains(demo::kDemoPreferenceDatanet));
    screenshot(QStringLiteral("pairwise"));
    // "Open Datanet" asks the main window for the preference datanet.
    QSignalSpy open(m_page, &ui::Page::datanetRequested);
    QTest::mouseClick(m_page->labelingView()->openDatanetButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), preferenceDatanet());
}

void FeedbackTest::createsACampaignAndGeneratesAnswersInTheBackground()
{
    QStringList prompts;
    for (int i = 1; i <= 101; ++i)
        prompts << QStringLiteral("Name one use of the number %1.").arg(i);
    uitest::answerNextModal([prompts](QWidget* w) {
        auto* dialog = qobject_cast<ui::NewCampaignDialog*>(w);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("Hundred prompts"));
        dialog->modeBox()->setCurrentIndex(dialog->modeBox()->findData(int(LabelMode::Pairwise)));
        QCOMPARE(dialog->modelList()->count(), 4);
        dialog->modelList()->item(0)->setCheckState(Qt::Checked);
        dialog->modelList()->item(1)->setCheckState(Qt::Checked);
        dialog->typedPrompts()->setPlainText(prompts.join('\n'));
        dialog->limitBox()->setValue(500);
        dialog->targetBox()->setCurrentIndex(
            dialog->targetBox()->findText(demo::kDemoPreferenceDatanet));
        // A campaign without models is refused with the reason, and the form stays open.
        dialog->modelList()->item(1)->setCheckState(Qt::Unchecked);
        dialog->accept();
        QVERIFY(dialog->isCreating()); // off the GUI thread
        dialog->reject();               // and not to be closed under it
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(!dialog->isCreating());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("pairwise campaign")));
        dialog->modelList()->item(1)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    bool itemWhileGenerating = false;
    connect(m_page->controller(), &ui::LabelingController::stateChanged, this, [&] {
        if (m_page->isGenerating() && m_page->controller()->state().item)
            itemWhileGenerating = true;
    });
    QSignalSpy finished(m_page, &ui::FeedbackPage::generationFinished);
    m_page->newCampaign();
    // From here on the answers generate; the form's own work above is not what is measured.
    std::optional<uitest::StallMeter> stalls(std::in_place);
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY(m_page->isGenerating());
    QVERIFY(m_page->generationBar()->isVisible());
    QCOMPARE(m_page->selectedCampaign()->name, QStringLiteral("Hundred prompts"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    const qint64 longest = stalls->longest();
    stalls.reset();
    qInfo("generated 202 answers in %lld ms; longest event-loop stall %lld ms (timer 5 ms)",
          clock.elapsed(), longest);
    QCOMPARE(finished.first().first().toLongLong(), qint64(202));
    // The first items were labelable long before the last answers were in.
    QVERIFY(itemWhileGenerating);
    const qint64 limit = qEnvironmentVariableIntValue("FLYWHEEL_STALL_LIMIT_MS") > 0
                             ? qEnvironmentVariableIntValue("FLYWHEEL_STALL_LIMIT_MS")
                             : 50;
    QVERIFY2(longest < limit, qPrintable(QStringLiteral("the GUI stalled %1 ms").arg(longest)));
    QTRY_COMPARE(m_page->controller()->state().progress.answered, qint64(101));
    QVERIFY(!m_page->generateButton()->isVisible());
}

void FeedbackTest::labelsHundredItemsByKeyboard()
{
    const qint64 id = campaignNamed(QStringLiteral("Hundred prompts"));
    QVERIFY(id);
    // The campaign form was the active window a moment ago: the page is again, as after a click.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_page->selectCampaign(id);
    const QString dev = address(3);
    m_page->selectLabeler(dev);
    waitForItem();
    QCOMPARE(m_page->controller()->state().item->item.position, 0);
    QTRY_VERIFY(m_page->labelingView()->hasFocus());
    // Expected: item id -> (choice, shown) of its last submit.
    QMap<QString, QPair<feedback::Choice, QList<int>>> expected;
    qint64 skipped = 0;
    int submits = 0;
    QElapsedTimer clock;
    clock.start();
    while (m_page->controller()->state().item) {
        const feedback::PresentedItem item = *m_page->controller()->state().item;
        if (item.item.position == 10 && !skipped) {
            skipped = item.item.id;
            press(Qt::Key_Backspace);
            waitForItem();
            QVERIFY(m_page->controller()->state().item->item.id != skipped);
            continue;
        }
        QVERIFY(!namesShown());
        const int digit = submits % 4; // left, right, tie, both bad in turn
        press(Qt::Key_1 + digit);
        press(Qt::Key_Return);
        QTRY_VERIFY(
            !m_page->controller()->isBusy() &&
            m_page->controller()->state().item.value_or(feedback::PresentedItem{}).item.id !=
                item.item.id);
        ++submits;
        // The names come after the submit.
        QVERIFY(m_page->labelingView()->revealLabel()->text().contains(QStringLiteral("model-a")));
        feedback::Choice choice = feedback::Choice(digit); // Tie, BothBad as they are
        if (digit < 2)
            choice = feedback::choiceAtPosition(item.shown, digit);
        expected[QString::number(item.item.id)] = {choice, item.shown};
        if (item.item.position == 20) {
            // Ctrl+Z brings the item back (it was "both bad"); choose left instead.
            QCOMPARE(digit, 3);
            press(Qt::Key_Z, Qt::ControlModifier);
            waitForItem();
            QCOMPARE(m_page->controller()->state().item->item.id, item.item.id);
            QVERIFY(m_page->labelingView()->revealLabel()->text().isEmpty());
            auto* pairwise = qobject_cast<ui::PairwisePanel*>(m_page->labelingView()->panel());
            QVERIFY(pairwise->button(ui::PairwisePanel::BothBad)->isChecked());
            press(Qt::Key_1);
            press(Qt::Key_Return);
            QTRY_VERIFY(!m_page->controller()->isBusy() &&
                        m_page->controller()->state().item->item.id != item.item.id);
            expected[QString::number(item.item.id)] = {feedback::choiceAtPosition(item.shown, 0),
                                                       item.shown};
        }
        if (!m_page->controller()->state().item)
            break;
        waitForItem();
    }
    qInfo("100 items labeled by keyboard in %lld ms (%s)", clock.elapsed(),
          qPrintable(m_page->labelingView()->countLabel()->text()));
    QCOMPARE(submits, 100);
    QVERIFY(m_page->labelingView()->countLabel()->text().startsWith(QStringLiteral("100 of 101")));
    QVERIFY(m_page->labelingView()->countLabel()->text().contains(QStringLiteral("labels/s")));
    QCOMPARE(m_page->labelingView()->progressBar()->value(), 100);
    QSignalSpy flushed(m_page->controller(), &ui::LabelingController::flushed);
    m_page->controller()->flush();
    QTRY_COMPARE(flushed.count(), 1);

    // The datanet: 100 labels signed by Dev, each with its recorded shuffle and choice.
    store::Workspace& ws = *m_session->workspace();
    const qint64 datanetId = preferenceDatanet();
    QList<feedback::Label> mine;
    const Result<QList<feedback::StoredLabel>> stored = feedback::LabelStore(ws).labels(datanetId);
    for (const feedback::StoredLabel& s : *stored)
        if (s.label.campaign == QLatin1String("Hundred prompts")) {
            QVERIFY(feedback::LabelStore::verify(s));
            QCOMPARE(s.label.labeler, dev);
            const auto want = expected.value(s.label.item);
            QCOMPARE(s.label.choice, want.first);
            QCOMPARE(s.label.shown, want.second);
            QCOMPARE(s.label.shown,
                     feedback::CampaignStore::shuffle(2, s.label.item.toLongLong(), dev));
            mine << s.label;
        }
    QCOMPARE(mine.size(), 100);
    QVERIFY(!expected.contains(QString::number(skipped)));
    // Its preference records: one per A or B choice (50, and the undone item's new pick), Dev's
    // contribution, signature verified.
    const QList<feedback::PreferencePair> pairs = feedback::preferencePairs(mine);
    QCOMPARE(pairs.size(), 51);
    QCOMPARE(*feedback::LabelStore(ws).recordCount(datanetId, QStringLiteral("Hundred prompts")),
             qint64(51));
    datanet::DatanetService datanets(ws);
    QSet<QPair<QString, QString>> contents; // (chosen, rejected) of Dev's records, read as JSON
    const Result<QList<datanet::RecordInfo>> records = datanets.records(datanetId);
    for (const datanet::RecordInfo& r : *records)
        if (r.contributor == dev) {
            const QJsonObject o = QJsonDocument::fromJson(r.content).object();
            contents.insert({o.value("chosen").toString(), o.value("rejected").toString()});
        }
    for (const feedback::PreferencePair& p : pairs)
        QVERIFY2(contents.contains({p.chosen, p.rejected}), qPrintable(p.prompt));
    const Result<QList<datanet::ContributionInfo>> contributions =
        datanets.contributions(datanetId);
    for (const datanet::ContributionInfo& c : *contributions)
        QVERIFY(datanets.verifyContribution(c.id).ok());
    QVERIFY(m_page->labelingView()->destinationLabel()->text().startsWith(
        QStringLiteral("51 pairs added to Helpful answers (demo)")));
}

void FeedbackTest::eachModeThroughItsWidgets_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("models");
    QTest::newRow("rating") << int(LabelMode::Rating) << 3;
    QTest::newRow("rewrite") << int(LabelMode::Rewrite) << 1;
    QTest::newRow("ranking") << int(LabelMode::Ranking) << 4;
}

void FeedbackTest::eachModeThroughItsWidgets()
{
    QFETCH(int, mode);
    QFETCH(int, models);
    store::Workspace& ws = *m_session->workspace();
    feedback::Campaign spec;
    spec.name = QStringLiteral("Mode %1").arg(feedback::modeName(LabelMode(mode)));
    spec.mode = LabelMode(mode);
    spec.models = kModels.mid(0, models);
    spec.datanetId = preferenceDatanet();
    spec.source = QJsonObject{{"kind", "typed"}};
    Result<feedback::Campaign> c = feedback::CampaignStore(ws).create(
        spec, {QStringLiteral("Why is the sky blue?"), QStringLiteral("Explain rain.")});
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    m_page->reload(c->id);
    QTRY_COMPARE(m_page->selectedCampaign().value_or(feedback::Campaign{}).id, c->id);
    m_page->selectLabeler(address(1));
    QTRY_VERIFY(m_page->generateButton()->isVisible());
    QTest::mouseClick(m_page->generateButton(), Qt::LeftButton);
    waitForItem();
    const feedback::PresentedItem item = *m_page->controller()->state().item;
    QVERIFY(!namesShown());
    QList<int> shown = item.shown;
    feedback::Label want;
    switch (LabelMode(mode)) {
    case LabelMode::Rating: {
        auto* panel = qobject_cast<ui::RatingPanel*>(m_page->labelingView()->panel());
        QVERIFY(panel);
        press(Qt::Key_4); // the first answer, then on to the next
        QCOMPARE(panel->active(), 1);
        QTest::mouseClick(panel->findChildren<QPushButton*>().at(5 + 1), Qt::LeftButton); // 2
        press(Qt::Key_5);
        press(Qt::Key_Left);
        press(Qt::Key_H);
        QVERIFY(panel->flagBox(1, feedback::Harmful)->isChecked());
        screenshot(QStringLiteral("rating"));
        want.ratings = QList<int>(3, 0);
        want.ratings[shown[0]] = 4;
        want.ratings[shown[1]] = 2;
        want.ratings[shown[2]] = 5;
        want.flags = QList<int>(3, 0);
        want.flags[shown[1]] = feedback::Harmful;
        press(Qt::Key_Return);
        break;
    }
    case LabelMode::Rewrite: {
        auto* panel = qobject_cast<ui::RewritePanel*>(m_page->labelingView()->panel());
        QVERIFY(panel);
        QCOMPARE(QApplication::focusWidget(), panel->editor());
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(panel->editor(), QStringLiteral("Sunlight scatters off air molecules."));
        screenshot(QStringLiteral("rewrite"));
        want.rewrite = QStringLiteral("Sunlight scatters off air molecules.");
        press(Qt::Key_Return, Qt::ControlModifier);
        break;
    }
    case LabelMode::Ranking: {
        auto* panel = qobject_cast<ui::RankingPanel*>(m_page->labelingView()->panel());
        QVERIFY(panel);
        press(Qt::Key_3);
        press(Qt::Key_1);
        QTest::mouseClick(panel->rankButton(3), Qt::LeftButton); // the last one falls into place
        QCOMPARE(panel->order(), (QList<int>{2, 0, 3, 1}));
        screenshot(QStringLiteral("ranking"));
        want.ranking = {shown[2], shown[0], shown[3], shown[1]};
        press(Qt::Key_Return);
        break;
    }
    case LabelMode::Pairwise:
        break;
    }
    QTRY_VERIFY(!m_page->controller()->isBusy() && m_page->controller()->state().canUndo);
    // Revealed after the submit: every model of the item.
    for (const QString& m : spec.models)
        QVERIFY2(m_page->labelingView()->revealLabel()->text().contains(m),
                 qPrintable(m_page->labelingView()->revealLabel()->text()));
    QSignalSpy flushed(m_page->controller(), &ui::LabelingController::flushed);
    m_page->controller()->flush();
    QTRY_COMPARE(flushed.count(), 1);
    QList<feedback::Label> labels;
    const Result<QList<feedback::StoredLabel>> stored =
        feedback::LabelStore(ws).labels(spec.datanetId);
    for (const feedback::StoredLabel& s : *stored)
        if (s.label.campaign == spec.name)
            labels << s.label;
    QCOMPARE(labels.size(), 1);
    const feedback::Label& got = labels.first();
    QCOMPARE(got.mode, LabelMode(mode));
    QCOMPARE(got.labeler, address(1));
    QCOMPARE(got.shown.size(), models);
    switch (LabelMode(mode)) {
    case LabelMode::Rating:
        QCOMPARE(got.ratings, want.ratings);
        QCOMPARE(got.flags, want.flags);
        break;
    case LabelMode::Rewrite:
        QCOMPARE(got.rewrite, want.rewrite);
        QCOMPARE(feedback::preferencePairs(labels).size(), 1);
        QCOMPARE(feedback::preferencePairs(labels).first().chosen, want.rewrite);
        break;
    case LabelMode::Ranking:
        QCOMPARE(got.ranking, want.ranking);
        QCOMPARE(feedback::preferencePairs(labels).size(), 6);
        break;
    case LabelMode::Pairwise:
        break;
    }
}

void FeedbackTest::agreementPanel()
{
    // Two more labelers on the demo campaign through the core (Bao and Chiara), agreeing on most.
    store::Workspace& ws = *m_session->workspace();
    const qint64 id = campaignNamed(demo::kDemoCampaign);
    const feedback::Campaign campaign = *feedback::CampaignStore(ws).campaign(id);
    QList<feedback::Label> given;
    for (int person : {1, 2}) {
        feedback::LabelingSession session(ws, campaign, address(person));
        for (int i = 0; i < 12; ++i) {
            const auto item = session.current();
            QVERIFY(item && item->has_value());
            feedback::Label l = session.labelFor(**item);
            // Chiara disagrees on every fourth item.
            l.choice = (person == 2 && i % 4 == 0) ? feedback::Choice::B : feedback::Choice::A;
            QVERIFY(session.submit(l).ok());
            given << l;
        }
        QVERIFY(session.flush().ok());
    }
    m_page->selectCampaign(id);
    m_page->tabs()->setCurrentWidget(m_page->agreement());
    ui::AgreementPanel* panel = m_page->agreement();
    QTRY_COMPARE(panel->snapshot().report.labels, qint64(24));
    const feedback::AgreementReport report = feedback::agreementReport(given);
    QVERIFY(report.alpha && report.kappa);
    QVERIFY2(panel->summary()->text().contains(QString::number(*report.alpha, 'f', 3)),
             qPrintable(panel->summary()->text()));
    QVERIFY(panel->summary()->text().contains(QString::number(*report.kappa, 'f', 3)));
    QVERIFY(panel->summary()->text().contains(QStringLiteral("nominal, over choices")));
    QCOMPARE(panel->labelerTree()->topLevelItemCount(), 2);
    QStringList names{panel->labelerTree()->topLevelItem(0)->text(0),
                      panel->labelerTree()->topLevelItem(1)->text(0)};
    names.sort();
    QCOMPARE(names,
             (QStringList{demo::demoIdentityNames().at(1), demo::demoIdentityNames().at(2)}));
    QCOMPARE(panel->labelerTree()->topLevelItem(0)->text(2), QStringLiteral("75%"));
    // The three items they disagree on come first, each with both labels.
    QVERIFY(panel->disagreedTree()->topLevelItemCount() >= 3);
    QCOMPARE(panel->disagreedTree()->topLevelItem(0)->text(0), QStringLiteral("1.00"));
    panel->disagreedTree()->setCurrentItem(panel->disagreedTree()->topLevelItem(0));
    QCOMPARE(panel->detailTree()->topLevelItemCount(), 2);
    QStringList judgements{panel->detailTree()->topLevelItem(0)->text(1),
                           panel->detailTree()->topLevelItem(1)->text(1)};
    judgements.sort();
    QCOMPARE(judgements, (QStringList{"demo-chatty better", "demo-terse better"}));
    screenshot(QStringLiteral("agreement"));
    // Rejecting the item's pairs goes through the datanet's review.
    QSignalSpy rejected(panel, &ui::AgreementPanel::rejected);
    QVERIFY(panel->rejectButton()->isEnabled());
    QTest::mouseClick(panel->rejectButton(), Qt::LeftButton);
    QTRY_VERIFY2(rejected.count() == 1, qPrintable(panel->message()->text()));
    QCOMPARE(rejected.first().first().toLongLong(), qint64(2));
    m_page->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(FeedbackTest)
#include "FeedbackTest.moc"
