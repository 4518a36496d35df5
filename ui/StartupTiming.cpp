// Cold-start measurement: from process start (not main(): loading libtorch comes before it).
#include "ui/StartupTiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace fw::ui {

namespace {
QElapsedTimer g_sinceMain; // set once in install(), read once when the first window shows
}

qint64 millisecondsSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (start time in clock ticks since boot) comes after the ")" that ends the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64((double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000.0);
#else
    return -1;
#endif
}

namespace {
bool enabled()
{
    return qEnvironmentVariable("FLYWHEEL_STARTUP_TIMING") == QLatin1String("1");
}
} // namespace

void StartupTiming::markMain()
{
    if (enabled())
        g_sinceMain.start();
}

void StartupTiming::install()
{
    if (QCoreApplication* app = QCoreApplication::instance(); app && enabled())
        app->installEventFilter(new StartupTiming(app));
}

bool StartupTiming::eventFilter(QObject* watched, QEvent* event)
{
    // The first expose of a window: the moment it is on screen (or the offscreen surface).
    auto* window = qobject_cast<QWindow*>(watched);
    if (event->type() == QEvent::Expose && window && window->isExposed()) {
        std::fprintf(stderr, "flywheel: first window (\"%s\") shown %lld ms after process start, %lld ms after main()\n",
                     qPrintable(window->title()), static_cast<long long>(millisecondsSinceProcessStart()),
                     static_cast<long long>(g_sinceMain.elapsed()));
        QCoreApplication::instance()->removeEventFilter(this);
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fw::ui
