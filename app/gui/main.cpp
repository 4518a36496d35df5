// The workbench's main(): parse arguments, apply preferences, open a workspace, run.
#include "crypto/Kdf.h"
#include "ui/AppLauncher.h"
#include "ui/StartupTiming.h"
#include "ui/common/MlEngine.h"
#include "ui/common/Resources.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/LiveSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QThreadPool>

int main(int argc, char* argv[])
{
    fw::ui::StartupTiming::markMain();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Flywheel"));
    QApplication::setApplicationName(QStringLiteral("Flywheel"));
    QApplication::setApplicationVersion(QStringLiteral(FLYWHEEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("flywheel"));
    fw::ui::StartupTiming::install();
    fw::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/flywheel.svg")));

    // libtorch loads on the thread pool while the first window comes up.
    fw::ui::MlEngine engine;
    engine.load();
    fw::ui::AppSettings settings;
    fw::ui::applySettingsLive(&settings, &engine);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop workbench for community-built AI"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo workspace (created if needed)."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main", "Open the workspace in <dir>."),
                                       QStringLiteral("dir"));
    parser.addOption(demo);
    parser.addOption(workspace);
    parser.process(app);

    fw::ui::LaunchOptions options;
    options.demo = parser.isSet(demo);
    options.workspaceDir = parser.value(workspace);
    fw::ui::AppLauncher launcher(&settings, &engine, fw::crypto::KdfParams::moderate());
    if (!launcher.start(options))
        return 0;
    const int rc = QApplication::exec();
    // Work on the pool may still hold the workspace; let it finish before the launcher goes.
    QThreadPool::globalInstance()->waitForDone();
    return rc;
}
