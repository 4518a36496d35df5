// Applies a theme to the whole application: the Fusion style with a light or dark palette.
#pragma once

#include "ui/settings/AppSettings.h"

namespace fw::ui {

void applyTheme(Theme theme);

} // namespace fw::ui
