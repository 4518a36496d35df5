// Shared set-up for GUI tests: isolated settings and paths, resources, and a modal-dialog answerer.
#pragma once

#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <memory>

namespace fw::uitest {

// Test-mode standard paths (so QSettings and AppDataLocation are private to tests), names, resources.
void initGuiTest();

// When the next modal dialog opens, `answer` receives it (e.g. fills it in and accepts it).
void answerNextModal(std::function<void(QWidget* dialog)> answer);

// A fresh workspace with fast key derivation and one identity named `identity`.
std::unique_ptr<store::Workspace> createWorkspace(const QString& dir, const QByteArray& passphrase,
                                                  const QString& identity);

// The longest the event loop goes without turning while something runs, measured by a 5 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setInterval(5);
        QObject::connect(&m_ticker, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_ticker.start();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace fw::uitest
