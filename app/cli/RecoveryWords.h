// Reading a 24-word recovery phrase from standard input, checked before anything is written.
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace fw::cli {

class CliContext;

// Checks count, every word and the checksum, so a typo is reported before a workspace or
// identity is created.
Result<QStringList> readRecoveryWords(const CliContext& context);

} // namespace fw::cli
