// flywheel-cli: the Flywheel core from a terminal, for scripts, CI and headless machines.
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "VersionInfo.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flywheel-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLYWHEEL_VERSION));

    fw::cli::CommandRegistry registry;
    fw::cli::registerAllCommands(registry);
    registry.setVersionText(fw::cli::versionText);
    return registry.execute(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(),
                            fw::cli::Output());
}
