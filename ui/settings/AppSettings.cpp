// Preferences in QSettings (organisation "Flywheel", application "Flywheel").
#include "ui/settings/AppSettings.h"

#include <QSettings>
#include <QThread>

namespace fw::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kThreads = QStringLiteral("ml/trainingThreads");
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
    return std::clamp(QSettings().value(kThreads, maxThreads()).toInt(), 1, maxThreads());
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
    threads = std::clamp(threads, 1, maxThreads());
    if (threads == trainingThreads())
        return;
    QSettings().setValue(kThreads, threads);
    emit trainingThreadsChanged(threads);
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
