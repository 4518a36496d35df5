// "Train on several machines" on the ModelFactory page: ticked, it shows the plan and the command
// for each other machine and refuses what cannot be shared; a run started with Train waits for the
// other rank, which the test starts exactly as the box says (the real flywheel-cli, on loopback),
// and the two train one model whose lineage records both, each machine's pace in the monitor.
#include "FactoryPageFixture.h"
#include "UiTestSupport.h"

#include "demo/DemoDatanets.h"
#include "demo/DemoWorkspace.h"
#include "ml/DistributedSettings.h"
#include "models/ModelStore.h"
#include "ui/common/MlEngine.h"
#include "ui/factory/ModelFactoryPage.h"
#include "ui/factory/NewRunForm.h"
#include "ui/factory/SeveralMachinesBox.h"
#include "ui/factory/TrainingMonitor.h"
#include "ui/factory/TrainingRunJob.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace fw;

class SeveralMachinesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ui.open(this, {1180, 900}), qPrintable(m_ui.error()));
        m_session = m_ui.session();
        m_page = m_ui.page();
        m_box = m_page->findChild<ui::SeveralMachinesBox*>();
        QVERIFY(m_box);
    }

    void showsTheCommandsForTheOtherMachines()
    {
        fillForm(QStringLiteral("two-machines-nano"));
        QVERIFY(!m_box->commandsText()->isVisible());
        QCOMPARE(m_box->settings().worldSize, 1);
        m_box->setChecked(true);
        QVERIFY(m_box->commandsText()->isVisible());
        // Ticked below the fold, the form scrolls its settings into view.
        QTRY_VERIFY(!m_box->machinesBox()->visibleRegion().isEmpty());
        m_box->machinesBox()->setValue(3);
        m_box->addressEdit()->setText(QStringLiteral("192.168.1.20:29500"));
        const QStringList lines = m_box->commandsText()->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2 + 2 * 2); // the plan with its heading, then a heading and command each
        const QJsonObject plan = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("output")).toString(), QStringLiteral("two-machines-nano"));
        QVERIFY2(lines.at(3).contains(QStringLiteral("--world-size 3 --rank 1 --master 192.168.1.20:29500")),
                 qPrintable(lines.at(3)));
        QVERIFY(lines.at(5).contains(QStringLiteral("--rank 2")));
        QVERIFY(m_page->trainButton()->isEnabled());
        const ml::DistributedSettings s = m_box->settings();
        QVERIFY(s.worldSize == 3 && s.rank == 0 && s.masterHost == QStringLiteral("192.168.1.20") && s.masterPort == 29500);

        // What cannot be shared says why, and Train waits for a fix.
        m_box->addressEdit()->setText(QStringLiteral("no port here"));
        QVERIFY(!m_page->trainButton()->isEnabled());
        QVERIFY(m_page->trainButton()->toolTip().contains(QStringLiteral("HOST:PORT")));
        QVERIFY(!m_box->copyButton()->isEnabled());
        m_box->addressEdit()->setText(QStringLiteral("192.168.1.20:29500"));
        QVERIFY(m_page->trainButton()->isEnabled());
        screenshot(QStringLiteral("modelfactory-several-machines"));
    }

    void trainsWithAMachineStartedFromTheCommand()
    {
        fillForm(QStringLiteral("two-machines-nano"));
        m_page->form()->stepsBox()->setValue(20);
        m_box->setChecked(true);
        m_box->machinesBox()->setValue(2);
        m_box->addressEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(ml::freeLoopbackPort()));
        const QStringList lines = m_box->commandsText()->toPlainText().split(QLatin1Char('\n'));
        QFile plan(m_ui.tempPath(QStringLiteral("flywheel-run.json")));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write(lines.at(1).toUtf8());
        plan.close();
        QStringList command = lines.at(3).split(QLatin1Char(' '));
        QCOMPARE(command.takeFirst(), QStringLiteral("flywheel-cli"));
        command.replace(command.indexOf(QStringLiteral("flywheel-run.json")), plan.fileName());

        int ranksSeen = 0;
        QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
        QVERIFY(m_page->currentJob() && m_page->currentJob()->isRunning());
        connect(m_page->currentJob(), &ui::TrainingRunJob::progress, this,
                [&](const ml::TrainingProgress& p) { ranksSeen = std::max(ranksSeen, int(p.rankTokensPerSecond.size())); });

        QProcess other;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo"));
        other.setProcessEnvironment(env);
        other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        other.setStandardOutputFile(QProcess::nullDevice());
        other.start(QStringLiteral(FLYWHEEL_CLI_PATH),
                    QStringList{QStringLiteral("--workspace"), workspaceDir()} + command +
                        QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
        // The other machine first: a command that fails fails here, not after the GUI's wait.
        QTRY_VERIFY_WITH_TIMEOUT(other.state() == QProcess::NotRunning, 240000);
        QCOMPARE(other.exitStatus(), QProcess::NormalExit);
        QCOMPARE(other.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->currentJob()->isRunning(), 60000);
        QCOMPARE(ranksSeen, 2);
        QVERIFY2(m_page->monitor()->statusLabel()->text().contains(QStringLiteral("is ready")),
                 qPrintable(m_page->monitor()->statusLabel()->text()));
        screenshot(QStringLiteral("modelfactory-two-machines-done"));
        Result<models::ModelEntry> model = models::ModelStore(*m_session->workspace()).model(QStringLiteral("two-machines-nano"));
        QVERIFY(model);
        QCOMPARE(model->lineage.value(QStringLiteral("world_size")).toInt(), 2);
    }

    // Reward models and DPO train on several machines too: the box gives the other machine's
    // command for a DPO plan on the preference datanet.
    void offersPreferenceRuns()
    {
        m_box->setChecked(true);
        m_box->addressEdit()->setText(QStringLiteral("127.0.0.1:29500"));
        ui::NewRunForm* form = m_page->form();
        form->datanetBox()->setCurrentIndex(form->datanetBox()->findData(QString::fromLatin1(demo::kDemoPreferenceDatanet)));
        form->objectiveBox()->setCurrentIndex(form->objectiveBox()->findData(int(ml::TrainingConfig::Objective::Dpo)));
        const QString commands = m_box->commandsText()->toPlainText();
        QVERIFY2(commands.contains(QStringLiteral("--rank 1")), qPrintable(commands));
        QVERIFY2(!commands.contains(QStringLiteral("SFT")), qPrintable(commands));
        screenshot(QStringLiteral("modelfactory-two-machines-dpo"));
    }

private:
    QString workspaceDir() const { return m_ui.workspaceDir(); }
    void fillForm(const QString& name) { m_ui.fillForm(name); }
    void screenshot(const QString& name) { QVERIFY(m_ui.screenshot(name)); }

    uitest::FactoryPageFixture m_ui;
    ui::WorkspaceSession* m_session = nullptr;
    ui::ModelFactoryPage* m_page = nullptr;
    ui::SeveralMachinesBox* m_box = nullptr;
};

QTEST_MAIN(SeveralMachinesTest)
#include "SeveralMachinesTest.moc"
