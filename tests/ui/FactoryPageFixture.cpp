// Opening the ModelFactory page on a demo workspace, and the helpers its tests share.
#include "FactoryPageFixture.h"

#include "UiTestSupport.h"
#include "demo/DemoDatanets.h"
#include "demo/DemoWorkspace.h"
#include "ui/common/MlEngine.h"
#include "ui/factory/ModelFactoryPage.h"
#include "ui/factory/NewRunForm.h"
#include "ui/factory/TrainingRunJob.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

namespace fw::uitest {

bool FactoryPageFixture::open(QObject* owner, QSize size)
{
    initGuiTest();
    if (!m_tmp.isValid())
        return m_error = QStringLiteral("no temporary folder"), false;
    m_settings = new ui::AppSettings(owner);
    m_settings->setTrainingThreads(1);
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), owner);
    auto demo = demo::createDemoWorkspace(workspaceDir());
    if (!demo)
        return m_error = demo.error().message, false;
    m_session->setWorkspace(std::move(demo).value());
    m_engine = new ui::MlEngine(owner);
    m_engine->load();
    if (!QTest::qWaitFor([this] { return m_engine->isReady(); }, 60000))
        return m_error = QStringLiteral("the ML engine did not load within 60 s"), false;
    m_engine->setThreadCount(1);
    m_page = new ui::ModelFactoryPage({m_session, m_settings, m_engine}); // a window: no parent
    m_page->resize(size);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page))
        return m_error = QStringLiteral("the page was never shown"), false;
    return true;
}

bool FactoryPageFixture::running() const
{
    return m_page->currentJob() && m_page->currentJob()->isRunning();
}

void FactoryPageFixture::fillForm(const QString& name, int steps) const
{
    ui::NewRunForm* form = m_page->form();
    choose(form->datanetBox(), QString::fromLatin1(demo::kDemoInstructionDatanet));
    form->objectiveBox()->setCurrentIndex(0); // SFT
    choose(form->baseBox(), QStringLiteral("nano"));
    if (steps > 0)
        form->stepsBox()->setValue(steps);
    form->outputEdit()->setText(name);
}

void FactoryPageFixture::choose(QComboBox* box, const QVariant& data)
{
    box->setCurrentIndex(box->findData(data));
}

bool FactoryPageFixture::screenshot(const QString& name) const
{
    const QString dir = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    return dir.isEmpty() || m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace fw::uitest
