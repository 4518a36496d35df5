// Texts that follow the language: `apply` (holding the tr() calls) runs now and again each time
// the language changes, for widgets built once whose texts must not stay in the old language.
// The alternative, a retranslateUi() per class with every text moved into it, scatters the
// widget's construction over two places.
#pragma once

#include <QWidget>

#include <functional>

namespace fw::ui {

void retranslated(QWidget* owner, std::function<void()> apply);

} // namespace fw::ui
