// Preferences in QSettings (organisation "Flywheel", application "Flywheel").
#include "ui/settings/AppSettings.h"

#include <QSettings>
#include <QThread>

namespace fw::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kThreads = QStringLiteral("ml/trainingThreads");
const QString kMeasuredThreads = QStringLiteral("ml/measuredThreads");
const QString kThreadTimings = QStringLiteral("ml/threadTimings");
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
constexpr int kDefaultAutoLockMinutes = 15;
} // namespace

AppSettings::AppSettings(QObject* parent) : QObject(parent) {}

int AppSettings::maxThreads()
{
    return std::max(1, QThread::idealThreadCount());
}

QString AppSettings::language() const
{
    const QString code = QSettings().value(kLanguage, QStringLiteral("en")).toString();
    return languages().contains(code) ? code : QStringLiteral("en");
}

Theme AppSettings::theme() const
{
    const int value = QSettings().value(kTheme, int(Theme::System)).toInt();
    return value >= int(Theme::System) && value <= int(Theme::Dark) ? Theme(value) : Theme::System;
}

int AppSettings::trainingThreads() const
{
    // Not all cores by default: on shared or hyper-threaded cores a second thread made the demo's
    // training 2.3 times slower. One thread is the safe guess until this machine is measured.
    const int fallback = measuredThreads() > 0 ? measuredThreads() : 1;
    return std::clamp(QSettings().value(kThreads, fallback).toInt(), 1, maxThreads());
}

bool AppSettings::threadsAutomatic() const
{
    return !QSettings().contains(kThreads);
}

int AppSettings::measuredThreads() const
{
    return std::clamp(QSettings().value(kMeasuredThreads, 0).toInt(), 0, maxThreads());
}

QString AppSettings::threadTimings() const
{
    return QSettings().value(kThreadTimings).toString();
}

int AppSettings::autoLockMinutes() const
{
    return std::max(0, QSettings().value(kAutoLock, kDefaultAutoLockMinutes).toInt());
}

void AppSettings::setLanguage(const QString& code)
{
    if (code == language() || !languages().contains(code))
        return;
    QSettings().setValue(kLanguage, code);
    emit languageChanged(code);
}

void AppSettings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    QSettings().setValue(kTheme, int(theme));
    emit themeChanged(theme);
}

void AppSettings::setTrainingThreads(int threads)
{
    if (threads <= 0) {
        if (threadsAutomatic())
            return;
        QSettings().remove(kThreads);
    } else {
        threads = std::clamp(threads, 1, maxThreads());
        if (!threadsAutomatic() && threads == trainingThreads())
            return;
        QSettings().setValue(kThreads, threads);
    }
    emit trainingThreadsChanged(trainingThreads());
}

void AppSettings::setMeasuredThreads(int threads, const QString& timings)
{
    QSettings settings;
    settings.setValue(kMeasuredThreads, std::clamp(threads, 1, maxThreads()));
    settings.setValue(kThreadTimings, timings);
    // Always told: the status bar says where the count came from even when it stays the same.
    emit trainingThreadsChanged(trainingThreads());
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    minutes = std::max(0, minutes);
    if (minutes == autoLockMinutes())
        return;
    QSettings().setValue(kAutoLock, minutes);
    emit autoLockMinutesChanged(minutes);
}

} // namespace fw::ui
