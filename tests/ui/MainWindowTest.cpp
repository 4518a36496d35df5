// The main window: pages from the registry, language switching, lock/unlock, auto-lock, About.
#include "UiTestSupport.h"

#include "datanet/DatanetService.h"
#include "demo/DemoModel.h"
#include "demo/DemoWorkspace.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "ui/earnings/EarningsPage.h"
#include "ui/earnings/ReceiptExplanation.h"
#include "ui/AboutDialog.h"
#include "ui/GuideDialog.h"
#include "ui/wizard/FirstRunWizard.h"
#include "ui/wizard/WelcomePage.h"
#include "ui/MainWindow.h"
#include "ui/factory/EvaluationPanel.h"
#include "ui/datanets/ContributorsPanel.h"
#include "ui/datanets/DatanetsPage.h"
#include "ui/datanets/OverviewPanel.h"
#include "ui/datanets/RecordsPanel.h"
#include "ui/datanets/VersionsPanel.h"
#include "ui/factory/ModelFactoryPage.h"
#include "ui/factory/NewRunForm.h"
#include "ui/factory/PlaygroundPanel.h"
#include "ui/common/MlEngine.h"
#include "ui/Page.h"
#include "ui/WorkspaceStatusBar.h"
#include "ui/common/PassphraseFields.h"
#include "ui/lock/IdleWatcher.h"
#include "ui/lock/LockScreen.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/LiveSettings.h"
#include "ui/workspace/ChangePassphraseDialog.h"
#include "ui/workspace/WorkspaceActions.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace fw;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensEachPage();
    void switchesLanguage();
    void coreMessagesFollowTheLanguage();
    void locksAndUnlocks();
    void aWaitingLockHappensFromTheEventLoop();
    void autoLocksWhenIdle();
    void changesPassphrase();
    void aboutNamesVersions();
    void guideShowsTheFlywheelAndShortcuts();
    void saysTheThreadCountWasMeasured();
    void screenshots();

private:
    QTemporaryDir m_tmp;
    ui::AppSettings* m_settings = nullptr;
    ui::MlEngine* m_engine = nullptr;
    ui::WorkspaceSession* m_session = nullptr;
    ui::MainWindow* m_window = nullptr;
    const QByteArray m_passphrase = "right passphrase";
};

void MainWindowTest::initTestCase()
{
    uitest::initGuiTest();
    m_settings = new ui::AppSettings(this);
    m_engine = new ui::MlEngine(this);
    m_engine->load();
    ui::applySettingsLive(m_settings, m_engine);
}

void MainWindowTest::init()
{
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    static int n = 0;
    m_session->setWorkspace(uitest::createWorkspace(m_tmp.filePath(QString::number(++n)), m_passphrase,
                                                    QStringLiteral("Alice")));
    m_window = new ui::MainWindow(m_session, m_settings, m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void MainWindowTest::cleanup()
{
    delete m_window;
    delete m_session;
}

void MainWindowTest::opensEachPage()
{
    // Only the pages that exist: no placeholders for features still to come.
    QCOMPARE(m_window->navigation()->count(), 7);
    QCOMPARE(m_window->navigation()->item(0)->text(), QStringLiteral("Datanets"));
    QCOMPARE(m_window->navigation()->item(1)->text(), QStringLiteral("ModelFactory"));
    QCOMPARE(m_window->navigation()->item(2)->text(), QStringLiteral("Feedback"));
    QCOMPARE(m_window->navigation()->item(3)->text(), QStringLiteral("Nodes"));
    QCOMPARE(m_window->navigation()->item(4)->text(), QStringLiteral("Wallet"));
    QCOMPARE(m_window->navigation()->item(5)->text(), QStringLiteral("Earnings"));
    QCOMPARE(m_window->navigation()->item(6)->text(), QStringLiteral("Settings"));
    for (int i = 0; i < int(m_window->pages().size()); ++i) {
        m_window->showPage(i);
        QCOMPARE(m_window->currentPage(), m_window->pages().at(std::size_t(i)));
        QVERIFY(m_window->currentPage()->isVisible());
    }
    QVERIFY(m_window->statusInfo()->workspaceText().contains(m_session->name()));
    QCOMPARE(m_window->statusInfo()->lockText(), QStringLiteral("Unlocked"));
    QVERIFY(!m_window->statusInfo()->deviceText().isEmpty());
}

void MainWindowTest::switchesLanguage()
{
    m_window->showPage(6); // Settings
    auto* heading = m_window->currentPage()->findChild<QLabel*>();
    QVERIFY(heading);
    QCOMPARE(heading->text(), QStringLiteral("Settings"));
    m_settings->setLanguage(QStringLiteral("es"));
    QTRY_COMPARE(m_window->navigation()->item(4)->text(), QStringLiteral("Cartera"));
    QTRY_COMPARE(heading->text(), QStringLiteral("Ajustes"));
    QCOMPARE(m_window->workspaceActions()->lock()->text(), QStringLiteral("&Bloquear espacio de trabajo"));
    // The theme box was measured in English when first shown; it must fit "Seguir al sistema" now.
    QComboBox* theme = nullptr;
    for (QComboBox* box : m_window->currentPage()->findChildren<QComboBox*>())
        if (box->accessibleName() == QStringLiteral("Tema"))
            theme = box;
    QVERIFY(theme);
    QComboBox measured;
    for (int i = 0; i < theme->count(); ++i)
        measured.addItem(theme->itemText(i));
    QVERIFY2(theme->sizeHint().width() >= measured.sizeHint().width(), qPrintable(theme->itemText(0)));
    // Spin boxes too: their special text ("Automático (…)") is longer in Spanish.
    for (QSpinBox* box : m_window->currentPage()->findChildren<QSpinBox*>())
        QTRY_VERIFY2(box->width() >= box->sizeHint().width(), qPrintable(box->specialValueText()));
    // Pages built once follow too, down to their forms and panels (ui/common/Retranslate.h).
    auto* factory = qobject_cast<ui::ModelFactoryPage*>(m_window->pages().at(1));
    QVERIFY(factory);
    QCOMPARE(factory->trainButton()->text(), QStringLiteral("En&trenar"));
    QCOMPARE(factory->tabs()->tabText(1), QStringLiteral("Historial"));
    QCOMPARE(factory->form()->measureButton()->text(), QStringLiteral("Medir &el tiempo"));
    QCOMPARE(factory->form()->presetBox()->itemText(0), QStringLiteral("Rápido"));
    QCOMPARE(factory->playground()->sendButton()->text(), QStringLiteral("&Enviar"));
    // Status lines set before the switch are made again in the new language.
    QVERIFY2(factory->evaluation()->statusLabel()->text().startsWith(QStringLiteral("Aún no hay")),
             qPrintable(factory->evaluation()->statusLabel()->text()));
    // The Datanets page's panels too, their buttons, filters and column titles.
    ui::DatanetsPage* datanets = nullptr;
    for (ui::Page* page : m_window->pages())
        if (auto* found = qobject_cast<ui::DatanetsPage*>(page))
            datanets = found;
    QVERIFY(datanets);
    QCOMPARE(datanets->overview()->editButton()->text(), QStringLiteral("Editar &requisitos…"));
    QCOMPARE(datanets->records()->approveButton()->text(), QStringLiteral("&Aprobar (A)"));
    QCOMPARE(datanets->records()->statusFilter()->itemText(0), QStringLiteral("Todos los estados"));
    QCOMPARE(datanets->records()->contributorFilter()->itemText(0), QStringLiteral("Todos"));
    QCOMPARE(datanets->contributors()->table()->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Colaborador"));
    QCOMPARE(datanets->versions()->freezeButton()->text(),
             QStringLiteral("&Congelar nueva versión"));
    QCOMPARE(datanets->versions()->table()->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Id de versión"));
    m_settings->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(m_window->navigation()->item(4)->text(), QStringLiteral("Wallet"));
    QTRY_COMPARE(heading->text(), QStringLiteral("Settings"));
    QCOMPARE(factory->trainButton()->text(), QStringLiteral("&Train"));
    QCOMPARE(factory->form()->measureButton()->text(), QStringLiteral("&Measure Time"));
    QCOMPARE(factory->playground()->sendButton()->text(), QStringLiteral("&Send"));
    QCOMPARE(datanets->overview()->editButton()->text(), QStringLiteral("Edit &Requirements…"));
    QCOMPARE(datanets->records()->statusFilter()->itemText(0), QStringLiteral("All statuses"));
    QCOMPARE(datanets->versions()->freezeButton()->text(), QStringLiteral("&Freeze New Version"));
}

// Errors from core/ reach people through the same catalogues, in Spanish once the language is:
// core classes declare tr() in the context lupdate files their strings under.
void MainWindowTest::coreMessagesFollowTheLanguage()
{
    m_settings->setLanguage(QStringLiteral("es"));
    QTRY_COMPARE(m_window->navigation()->item(4)->text(), QStringLiteral("Cartera"));
    Result<std::unique_ptr<store::Workspace>> wrong =
        store::Workspace::open(m_session->workspace()->directory(), "not the passphrase");
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.startsWith(QStringLiteral("Frase de contraseña incorrecta")),
             qPrintable(wrong.error().message));
    datanet::DatanetService service(*m_session->workspace());
    datanet::Datanet spec;
    spec.name = QStringLiteral("es-test");
    Result<datanet::Datanet> d = service.create(spec);
    QVERIFY(d);
    const Result<qint64> refused = service.review(d->id, {1}, datanet::RecordStatus::Rejected, QString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, QStringLiteral("Rechazar un registro requiere un motivo."));
    m_settings->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(m_window->navigation()->item(4)->text(), QStringLiteral("Wallet"));
}

void MainWindowTest::locksAndUnlocks()
{
    m_window->workspaceActions()->lock()->trigger();
    QVERIFY(m_session->isLocked());
    QVERIFY(m_window->isLockScreenShown());
    QCOMPARE(m_window->statusInfo()->lockText(), QStringLiteral("Locked"));
    QVERIFY(!m_window->workspaceActions()->lock()->isEnabled());

    ui::LockScreen* lock = m_window->lockScreen();
    QTest::keyClicks(lock->passphraseEdit(), QStringLiteral("wrong passphrase"));
    QTest::mouseClick(lock->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lock->errorText().isEmpty(), 30000);
    QVERIFY(lock->errorText().contains(QStringLiteral("Wrong passphrase")));
    QVERIFY(m_session->isLocked());
    QVERIFY(m_window->isLockScreenShown());

    QTest::keyClicks(lock->passphraseEdit(), QString::fromUtf8(m_passphrase));
    QTest::keyClick(lock->passphraseEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLocked(), 30000);
    QVERIFY(!m_window->isLockScreenShown());
    QCOMPARE(m_window->statusInfo()->lockText(), QStringLiteral("Unlocked"));
}

// A lock asked for while a job runs happens when the last job ends, but from the event loop: the
// last job may end in a destructor (the Feedback page's labeling thread when the window closes),
// and lockedChanged then reached the half-destroyed window (heap corruption on exit).
void MainWindowTest::aWaitingLockHappensFromTheEventLoop()
{
    m_session->beginBackgroundWork();
    m_session->lock();
    QVERIFY(!m_session->isLocked());
    QSignalSpy changed(m_session, &ui::WorkspaceSession::lockedChanged);
    m_session->endBackgroundWork();
    QCOMPARE(changed.count(), 0);
    QTRY_VERIFY(m_session->isLocked());
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_window->isLockScreenShown());
    m_session->unlock(m_passphrase);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLocked(), 30000);
}

void MainWindowTest::autoLocksWhenIdle()
{
    m_window->idleWatcher()->setIdleMilliseconds(50);
    QTRY_VERIFY(m_session->isLocked());
    QVERIFY(m_window->isLockScreenShown());
    m_window->idleWatcher()->setIdleMinutes(0);
}

void MainWindowTest::changesPassphrase()
{
    ui::ChangePassphraseDialog dialog(m_session, m_window);
    dialog.show();
    dialog.currentEdit()->setText(QStringLiteral("not the passphrase"));
    dialog.newFields()->passphraseEdit()->setText(QStringLiteral("a brand new one"));
    dialog.newFields()->confirmEdit()->setText(QStringLiteral("a brand new one"));
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 30000);
    QVERIFY(dialog.isVisible());

    dialog.currentEdit()->setText(QString::fromUtf8(m_passphrase));
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_session->workspace()->verifyPassphrase("a brand new one"));
    QVERIFY(!m_session->workspace()->verifyPassphrase(m_passphrase));
}

void MainWindowTest::aboutNamesVersions()
{
    // The engine module loads in the background; once it has, About names the real libtorch.
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isReady(), 120000);
    const QString text = ui::AboutDialog::versionsText(m_session, m_engine);
    QVERIFY(text.contains(QStringLiteral("1.13")));
    QVERIFY(m_window->statusInfo()->deviceText().startsWith(QStringLiteral("CPU")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("libsodium")));
    QVERIFY(text.contains(QStringLiteral("SQLCipher")));
    QVERIFY(text.contains(QStringLiteral("libtorch")));
    uitest::answerNextModal([](QWidget* dialog) {
        QVERIFY(qobject_cast<ui::AboutDialog*>(dialog));
        static_cast<QDialog*>(dialog)->reject();
    });
    const QList<QAction*> help = m_window->menuBar()->actions();
    QCOMPARE(help.size(), 2);
    QAction* about = help.at(1)->menu()->actions().last(); // after Guide and Shortcuts
    about->trigger();
}

// FLYWHEEL_SCREENSHOT_DIR=/some/dir saves the main screens as PNG files for people to look at.
void MainWindowTest::guideShowsTheFlywheelAndShortcuts()
{
    QAction* guide = m_window->guideAction();
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QString text;
    uitest::answerNextModal([&text](QWidget* dialog) {
        auto* shown = qobject_cast<ui::GuideDialog*>(dialog);
        QVERIFY(shown);
        text = shown->browser()->toPlainText();
        const QString dir = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shown->grab().save(QDir(dir).filePath(QStringLiteral("guide.png"))));
        shown->reject();
    });
    guide->trigger();
    for (const char* part : {"Datanets", "ModelFactory", "Playground", "Measure Time", "Ctrl+L", "Lock the workspace",
                             "A / R / F"})
        QVERIFY2(text.contains(QLatin1String(part)), part);
}

void MainWindowTest::saysTheThreadCountWasMeasured()
{
    // initGuiTest gave 1 as the measured count: automatic, and the status bar says where it came from.
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isReady(), 60000);
    QVERIFY(m_settings->threadsAutomatic());
    QCOMPARE(m_settings->trainingThreads(), 1);
    QTRY_VERIFY(m_window->statusInfo()->deviceText().contains(QStringLiteral("1 thread (fastest here, measured)")));
    m_window->showPage(6); // Settings
    QSpinBox* threads = nullptr;
    for (QSpinBox* box : m_window->currentPage()->findChildren<QSpinBox*>())
        if (box->accessibleName() == QStringLiteral("CPU threads for training"))
            threads = box;
    QVERIFY(threads);
    QCOMPARE(threads->value(), 0);
    QCOMPARE(threads->text(), QStringLiteral("Automatic (1, fastest here)"));
    // A choice in Settings wins over the measurement, and the status bar stops calling it measured.
    threads->setValue(1);
    QVERIFY(!m_settings->threadsAutomatic());
    QVERIFY(!m_window->statusInfo()->deviceText().contains(QStringLiteral("measured")));
    threads->setValue(0);
    QVERIFY(m_settings->threadsAutomatic());
    QVERIFY(m_window->statusInfo()->deviceText().contains(QStringLiteral("measured")));
}

void MainWindowTest::screenshots()
{
    const QString out = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set FLYWHEEL_SCREENSHOT_DIR to save screenshots");
    Result<std::unique_ptr<store::Workspace>> demoWs =
        demo::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")), crypto::KdfParams::interactive());
    QVERIFY(demoWs);
    // As `flywheel --demo` makes it: with its model deployed and paid answers (about 30 s).
    Result<ml::MlRuntime*> engine = ml::loadMlRuntime();
    QVERIFY2(engine, engine ? "" : qPrintable(engine.error().message));
    const Status model = demo::addDemoModel(**demoWs, **engine);
    QVERIFY2(model.ok(), qPrintable(model.error().message));
    m_session->setWorkspace(std::move(demoWs).value());
    m_window->resize(1180, 720);
    m_window->showPage(0); // Datanets
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/main-window.png")));
    m_window->showPage(1);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/modelfactory.png")));
    m_settings->setLanguage(QStringLiteral("es")); // the longest labels: Spanish
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/modelfactory-es.png")));
    m_window->showPage(3);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/nodes-es.png")));
    // Every page and tab in Spanish at the two window sizes nothing may be clipped at.
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        m_window->resize(size);
        for (int i = 0; i < int(m_window->pages().size()); ++i) {
            m_window->showPage(i);
            auto* tabs = m_window->currentPage()->findChild<QTabWidget*>();
            for (int t = 0; t < (tabs ? tabs->count() : 1); ++t) {
                if (tabs)
                    tabs->setCurrentIndex(t);
                QTest::qWait(20);
                QVERIFY(m_window->grab().save(
                    QStringLiteral("%1/es-%2x%3-page%4-tab%5.png").arg(out).arg(size.width()).arg(size.height()).arg(i).arg(t)));
            }
        }
    }
    m_window->resize(1180, 720);
    m_settings->setLanguage(QStringLiteral("en"));
    m_window->showPage(2);
    QTest::qWait(200); // the demo campaign's first item arrives from the labeling thread
    QVERIFY(m_window->grab().save(out + QStringLiteral("/feedback.png")));
    m_window->showPage(3);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/nodes.png")));
    m_window->showPage(4);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/wallet.png")));
    m_window->showPage(5);
    auto* earnings = qobject_cast<ui::EarningsPage*>(m_window->currentPage());
    QVERIFY(earnings);
    QTRY_VERIFY(earnings->snapshot() != nullptr);
    earnings->tabs()->setCurrentIndex(0); // the charts (the Spanish pass left the last tab open)
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/earnings.png")));
    // Why the newest receipt (a paid answer of the demo model) paid whom.
    earnings->tabs()->setCurrentIndex(2);
    QSignalSpy explained(earnings, &ui::EarningsPage::explained);
    earnings->receiptTable()->selectRow(0);
    QTRY_COMPARE(explained.count(), 1);
    QTreeWidget* why = earnings->explanation()->tree();
    if (why->topLevelItemCount() > 1 && why->topLevelItem(1)->childCount() > 0)
        why->setCurrentItem(why->topLevelItem(1)->child(0));
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/earnings-receipt.png")));
    m_window->showPage(6);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/settings.png")));
    m_session->lock();
    QVERIFY(m_window->grab().save(out + QStringLiteral("/lock-screen.png")));
    ui::FirstRunWizard wizard(crypto::KdfParams::interactive());
    wizard.show();
    QVERIFY(wizard.grab().save(out + QStringLiteral("/wizard-welcome.png")));
    wizard.next();
    wizard.next();
    QVERIFY(wizard.grab().save(out + QStringLiteral("/wizard-passphrase.png")));
    wizard.restart();
    wizard.welcomePage()->setChoice(ui::WorkspaceRequest::Kind::Restore);
    wizard.next();
    wizard.next();
    wizard.next();
    QVERIFY(wizard.grab().save(out + QStringLiteral("/wizard-restore.png")));
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
