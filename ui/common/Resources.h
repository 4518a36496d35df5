// Makes the icons and translations compiled into static libraries available at run time.
#pragma once

namespace fw::ui {

// Call once after creating the QApplication (main() and every GUI test do).
void initResources();

} // namespace fw::ui
