// The main window's pages in navigation order; adding a page is one line in PageRegistry.cpp.
#pragma once

#include "ui/Page.h"

#include <functional>
#include <vector>

namespace fw::ui {

using PageFactory = std::function<Page*(const PageContext& context, QWidget* parent)>;

// Each page type has a constructor (const PageContext&, QWidget* parent).
std::vector<PageFactory> registeredPages();

} // namespace fw::ui
