// Wires preference changes to the application: translator, palette, torch threads.
#include "ui/settings/LiveSettings.h"

#include "ui/common/MlEngine.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/LanguageSwitcher.h"
#include "ui/settings/ThemePalette.h"

namespace fw::ui {

namespace {
void applyThreads(AppSettings* settings, MlEngine* engine)
{
    const bool measured = settings->threadsAutomatic() && settings->measuredThreads() > 0;
    const QString detail = !settings->threadsAutomatic() ? MlEngine::tr("Chosen in Settings.")
                           : measured                    ? settings->threadTimings()
                                                         : MlEngine::tr("One thread until this machine is measured.");
    engine->setThreadCount(settings->trainingThreads(), measured, detail);
}
} // namespace

void applySettingsLive(AppSettings* settings, MlEngine* engine)
{
    auto* switcher = new LanguageSwitcher(settings);
    switcher->setLanguage(settings->language());
    applyTheme(settings->theme());
    applyThreads(settings, engine);
    // Measured once per machine, the first time the engine loads without a choice in Settings.
    engine->setMeasureThreads(settings->threadsAutomatic() && settings->measuredThreads() == 0);
    QObject::connect(settings, &AppSettings::languageChanged, switcher, &LanguageSwitcher::setLanguage);
    QObject::connect(settings, &AppSettings::themeChanged, settings, &applyTheme);
    QObject::connect(settings, &AppSettings::trainingThreadsChanged, engine,
                     [settings, engine] { applyThreads(settings, engine); });
    QObject::connect(engine, &MlEngine::threadsMeasured, settings,
                     [settings](int best, const QString& detail, bool trusted) {
                         if (trusted && settings->threadsAutomatic())
                             settings->setMeasuredThreads(best, detail);
                     });
}

} // namespace fw::ui
