// FLYWHEEL_STARTUP_TIMING=1: prints to stderr how long the process took to show its first window.
#pragma once

#include <QObject>

namespace fw::ui {

class StartupTiming : public QObject
{
    Q_OBJECT
public:
    // markMain() first thing in main(), install() once the QApplication exists.
    // Both do nothing unless the environment variable is set.
    static void markMain();
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

// Milliseconds since the process started (from /proc on Linux), or -1 when unknown.
qint64 millisecondsSinceProcessStart();

} // namespace fw::ui
