// Wires preference changes to the application: translator, palette, torch threads.
#include "ui/settings/LiveSettings.h"

#include "ui/common/MlEngine.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/settings/ThemePalette.h"

namespace fw::ui {

void applySettingsLive(AppSettings* settings, MlEngine* engine)
{
    auto* switcher = new LanguageSwitcher(settings);
    switcher->setLanguage(settings->language());
    applyTheme(settings->theme());
    engine->setThreadCount(settings->trainingThreads());
    QObject::connect(settings, &AppSettings::languageChanged, switcher, &LanguageSwitcher::setLanguage);
    QObject::connect(settings, &AppSettings::themeChanged, settings, &applyTheme);
    QObject::connect(settings, &AppSettings::trainingThreadsChanged, engine, &MlEngine::setThreadCount);
}

} // namespace fw::ui
