// Applies the stored preferences now and again whenever one changes.
#pragma once

namespace fw::ui {

class AppSettings;
class MlEngine;

// Language, theme and training threads follow `settings` for the life of the application.
void applySettingsLive(AppSettings* settings, MlEngine* engine);

} // namespace fw::ui
