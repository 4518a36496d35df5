// GUI test helpers.
#include "UiTestSupport.h"

#include "ui/common/Resources.h"
#include "ui/settings/AppSettings.h"
#include "wallet/WalletService.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace fw::uitest {

void initGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlywheelTest"));
    // One settings file per test program: ctest runs two at once, and a shared file let one test's
    // clear() below wipe the other's language and thread count in the middle of its run.
    QCoreApplication::setApplicationName(QStringLiteral("FlywheelUiTest-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    // GUI tests never time thread counts (seconds of CPU each): the count is given as measured.
    ui::AppSettings().setMeasuredThreads(1, QStringLiteral("Given by the test."));
    ui::initResources();
}

void answerNextModal(std::function<void(QWidget* dialog)> answer)
{
    // Polls because the dialog appears only once exec() has started its own event loop.
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

std::unique_ptr<store::Workspace> createWorkspace(const QString& dir, const QByteArray& passphrase,
                                                  const QString& identity)
{
    store::CreateOptions options;
    options.kdf = crypto::KdfParams::interactive();
    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::create(dir, passphrase, options);
    if (!ws)
        qFatal("cannot create test workspace: %s", qPrintable(ws.error().message));
    if (!wallet::WalletService(**ws).createIdentity(identity))
        qFatal("cannot create test identity");
    return std::move(ws).value();
}

} // namespace fw::uitest
