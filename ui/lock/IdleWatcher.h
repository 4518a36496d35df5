// Notices when nobody has touched the application for a while (for auto-lock).
#pragma once

#include <QObject>
#include <QTimer>

namespace fw::ui {

class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches every input event of the application through an event filter on qApp.
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setIdleMinutes(int minutes); // 0: never report idle
    void setIdleMilliseconds(int ms); // for tests

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace fw::ui
