// The user's preferences (language, theme, threads, auto-lock), kept in QSettings; signals on change.
#pragma once

#include <QObject>
#include <QString>

namespace fw::ui {

enum class Theme { System, Light, Dark };

class AppSettings : public QObject
{
    Q_OBJECT
public:
    explicit AppSettings(QObject* parent = nullptr);

    QString language() const; // "en" or "es"
    Theme theme() const;
    // The user's choice, else the count measured fastest here, else 1 (safe until measured).
    int trainingThreads() const; // 1..QThread::idealThreadCount()
    bool threadsAutomatic() const; // no explicit choice: the measured count applies
    int measuredThreads() const;   // 0 until measured on this machine
    QString threadTimings() const; // what the measurement found, for people ("1 thread: 90 ms a step, …")
    int autoLockMinutes() const; // 0: never

    void setLanguage(const QString& code);
    void setTheme(Theme theme);
    void setTrainingThreads(int threads); // 0: automatic (the measured count)
    void setMeasuredThreads(int threads, const QString& timings);
    void setAutoLockMinutes(int minutes);

    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("es")}; }
    static int maxThreads();

signals:
    void languageChanged(const QString& code);
    void themeChanged(fw::ui::Theme theme);
    void trainingThreadsChanged(int threads);
    void autoLockMinutesChanged(int minutes);
};

} // namespace fw::ui
