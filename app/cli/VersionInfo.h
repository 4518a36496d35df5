// The text of `flywheel-cli --version`: our version and the libraries that do the real work.
#pragma once

#include <QString>

namespace fw::cli {

QString versionText();

} // namespace fw::cli
