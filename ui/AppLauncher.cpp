// Start-up flow; every slow step runs off the GUI thread inside a dialog with a busy indicator.
#include "ui/AppLauncher.h"

#include "demo/DemoModel.h"
#include "demo/DemoWorkspace.h"
#include "store/RecentWorkspaces.h"
#include "ui/MainWindow.h"
#include "ui/common/Async.h"
#include "ui/wizard/FirstRunWizard.h"
#include "ui/workspace/UnlockDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>

namespace fw::ui {

AppLauncher::AppLauncher(AppSettings* settings, MlEngine* engine, const crypto::KdfParams& kdf, QObject* parent)
    : QObject(parent), m_settings(settings), m_engine(engine), m_session(new WorkspaceSession(kdf, this))
{
}

AppLauncher::~AppLauncher() = default;

bool AppLauncher::start(const LaunchOptions& options)
{
    bool opened = false;
    if (options.demo) {
        opened = openDemo();
    } else if (!options.workspaceDir.isEmpty()) {
        opened = askForWorkspace({options.workspaceDir});
    } else {
        QSettings settings;
        const QStringList recent = store::RecentWorkspaces(settings).list();
        opened = recent.isEmpty() ? runWizard() : askForWorkspace(recent);
    }
    if (!opened)
        return false;
    m_window = std::make_unique<MainWindow>(m_session, m_settings, m_engine);
    m_window->show();
    return true;
}

bool AppLauncher::openDemo()
{
    // A progress dialog without a Cancel button: an existing demo opens in about a second; a new
    // one also trains and deploys its model, which takes several seconds and shows its steps.
    QProgressDialog progress(tr("Opening the demo workspace..."), QString(), 0, 0);
    progress.setWindowTitle(tr("Flywheel"));
    progress.setMinimumDuration(0);
    // The steps fill the bar to its maximum before the demo is ready: reaching it must not close
    // the dialog (exec() would return before the result is in).
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    Result<demo::DemoOpening> outcome = makeError(ErrorCode::Cancelled, QString());
    const QString dir = demo::defaultDemoDirectory();
    const crypto::KdfParams kdf = m_session->freshKdf();
    QPointer<QProgressDialog> shown(&progress);
    const auto onStep = [shown](const demo::DemoModelProgress& p) {
        QMetaObject::invokeMethod(qApp, [shown, p] {
            if (!shown)
                return;
            shown->setLabelText(tr("Preparing the demo: %1 (%2 of %3)...")
                                    .arg(p.step)
                                    .arg(p.done)
                                    .arg(p.total));
            shown->setRange(0, p.total);
            shown->setValue(p.done);
        });
    };
    runInBackground(
        &progress, [dir, kdf, onStep] { return demo::openOrCreateDemoWithModel(dir, kdf, onStep); },
        [&](Result<demo::DemoOpening> result) {
            outcome = std::move(result);
            progress.accept();
        });
    progress.exec();
    if (!outcome) {
        QMessageBox::critical(nullptr, tr("Flywheel"),
                              tr("The demo workspace could not be opened: %1").arg(outcome.error().message));
        return false;
    }
    if (outcome->modelProblem)
        QMessageBox::warning(nullptr, tr("Flywheel"),
                             tr("The demo opened without its trained model: %1")
                                 .arg(outcome->modelProblem->message));
    m_session->setWorkspace(std::move(outcome->workspace));
    return true;
}

bool AppLauncher::askForWorkspace(const QStringList& directories)
{
    UnlockDialog dialog(directories);
    const int result = dialog.exec();
    if (result == UnlockDialog::NewWorkspaceRequested)
        return runWizard();
    if (result != QDialog::Accepted)
        return false;
    m_session->setWorkspace(dialog.takeWorkspace());
    return true;
}

bool AppLauncher::runWizard()
{
    FirstRunWizard wizard(m_session->freshKdf());
    if (wizard.exec() != QDialog::Accepted)
        return false;
    std::unique_ptr<store::Workspace> ws = wizard.takeWorkspace();
    if (!ws)
        return false;
    m_session->setWorkspace(std::move(ws));
    return true;
}

} // namespace fw::ui
